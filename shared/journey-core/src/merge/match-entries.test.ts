import { describe, expect, it } from 'vitest';
import { matchEntries } from './match-entries';

const stage = (name: string, key: string, itemId?: string) => ({
  name,
  key,
  ...(itemId ? { source: { provider: 'miro' as const, boardId: 'b', itemId } } : {}),
});

describe('matchEntries', () => {
  it.each([
    [
      'by source, whatever the name',
      [stage('Pay', 'pay', 'f1')],
      [stage('Checkout', 'checkout', 'f1')],
      [0],
    ],
    [
      'by name, ignoring case and spaces',
      [stage('Sign up', 'sign-up')],
      [stage('SIGN  UP', 'x')],
      [0],
    ],
    [
      'by key when the name changed',
      [stage('Sign up', 'sign-up')],
      [stage('Register', 'sign-up')],
      [0],
    ],
    ['nothing for a new entry', [stage('Pay', 'pay')], [stage('Refund', 'refund')], [undefined]],
  ])('matches %s', (_, previous, next, expected) => {
    expect(matchEntries(previous, next)).toEqual(expected);
  });

  it('tells entries with one name apart by their keys, so a re-merge is stable', () => {
    const previous = [stage('Renamed by hand', 'untitled'), stage('Pay', 'pay')];
    const next = [stage('Pay', 'untitled'), stage('Pay', 'pay')];
    expect(matchEntries(previous, next)).toEqual([0, 1]);
  });

  it('matches each previous entry at most once', () => {
    expect(
      matchEntries([stage('Pay', 'pay')], [stage('Pay', 'pay'), stage('Pay', 'pay-2')]),
    ).toEqual([0, undefined]);
  });
});
