import { describe, expect, it } from 'vitest';
import { type Diagnostic, failure, formatDiagnostic, formatPath } from './diagnostic';

describe('formatPath', () => {
  it.each<[(string | number)[], string]>([
    [[], '(document)'],
    [['title'], 'title'],
    [['items', 3, 'stageId'], 'items[3].stageId'],
    [['painPoints', 0, 'evidence', 1], 'painPoints[0].evidence[1]'],
  ])('%j is %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('formatDiagnostic', () => {
  const diagnostic = (message: string): Diagnostic => ({
    severity: 'warning',
    code: 'empty-stage',
    path: ['stages', 2],
    message,
  });

  it('says severity, where and what on one line', () => {
    expect(formatDiagnostic(diagnostic('stage "Pay\r\n  now" has no items'))).toBe(
      'warning stages[2]: stage "Pay now" has no items',
    );
  });
});

describe('failure', () => {
  it('is one error, then the detail', () => {
    const detail: Diagnostic = { severity: 'error', code: 'x', path: ['a'], message: 'm' };
    expect(failure('bad', [], 'no', [detail])).toEqual({
      ok: false,
      diagnostics: [{ severity: 'error', code: 'bad', path: [], message: 'no' }, detail],
    });
  });
});
