import { describe, expect, it } from 'vitest';
import { MODULE_KEYS } from '../../backend/resolvers/module-access';
import { issueViewFor } from './issue-view';

describe('issueViewFor', () => {
  it.each([
    [MODULE_KEYS.issueContext, 'context'],
    [MODULE_KEYS.issuePanel, 'panel'],
    [MODULE_KEYS.settings, 'panel'],
    ['throughline-issue-context-old', 'panel'],
    [undefined, 'panel'],
    [42, 'panel'],
  ])('shows %j the %s view', (moduleKey, view) => {
    expect(issueViewFor(moduleKey)).toBe(view);
  });
});
