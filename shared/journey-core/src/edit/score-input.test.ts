import { describe, expect, it } from 'vitest';
import { formatScore, parseScore, type ScoreField } from './score-input';

describe('parseScore', () => {
  it.each<[ScoreField, string, number]>([
    ['severity', '1', 1],
    ['severity', ' 5 ', 5],
    ['reach', '40', 0.4],
    ['reach', '40 %', 0.4],
    ['reach', '0', 0],
    ['reach', '100', 1],
    ['reach', '12,5', 0.125],
    ['impact', '2.5', 2.5],
    ['confidence', '80', 0.8],
    ['effort', '0.5', 0.5],
  ])('reads %s "%s" as %d', (field, text, value) => {
    expect(parseScore(field, text)).toEqual({ kind: 'value', value });
  });

  it.each<[ScoreField, string]>([
    ['severity', '0'],
    ['severity', '6'],
    ['severity', '2.5'],
    ['severity', 'high'],
    ['reach', '101'],
    ['reach', '-5'],
    ['impact', '0.5'],
    ['impact', '1e1'],
    ['confidence', 'Infinity'],
    ['effort', '0'],
    ['effort', '0x10'],
  ])('refuses %s "%s", saying what is valid', (field, text) => {
    const parsed = parseScore(field, text);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.message).toMatch(/ must be .*; ".*" is not\.$/);
  });

  it('reads nothing typed as no change', () => {
    expect(parseScore('severity', '  ')).toEqual({ kind: 'empty' });
  });
});

describe('formatScore', () => {
  it('shows shares as percentages and unscored as empty', () => {
    expect(formatScore('reach', 0.4)).toBe('40');
    expect(formatScore('confidence', 0.125)).toBe('12.5');
    expect(formatScore('severity', 3)).toBe('3');
    expect(formatScore('effort', undefined)).toBe('');
  });

  it('round-trips through parseScore', () => {
    for (const value of [0, 0.07, 0.333333, 0.5, 1]) {
      const parsed = parseScore('reach', formatScore('reach', value));
      expect(parsed).toEqual({ kind: 'value', value });
    }
  });
});
