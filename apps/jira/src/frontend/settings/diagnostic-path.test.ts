import { describe, expect, it } from 'vitest';
import { pathText } from './diagnostic-path';

describe('a diagnostic path as a person reads it', () => {
  it.each([
    [[], '(the whole map)'],
    [['title'], 'title'],
    [['stages', 2, 'name'], 'stages[2].name'],
    [['painPoints', 0, 'stageId'], 'painPoints[0].stageId'],
    [[3], '[3]'],
  ])('%j → %s', (path, text) => {
    expect(pathText(path)).toBe(text);
  });
});
