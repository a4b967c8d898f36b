import { describe, expect, it } from 'vitest';
import { WorkLink } from './work-link';

const link = {
  provider: 'jira',
  id: '10001',
  key: 'SHOP-1',
  title: 'Autosave the order form',
  status: 'in-progress',
  mapId: 'm1',
  stageId: 's1',
};

describe('WorkLink', () => {
  it.each(['https://acme.atlassian.net/browse/SHOP-1', 'http://localhost:8080/x'])(
    'accepts the web address %s',
    (url) => {
      expect(WorkLink.safeParse({ ...link, url }).success).toBe(true);
    },
  );

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'not a url'])(
    'refuses %s as an address to link to',
    (url) => {
      const parsed = WorkLink.safeParse({ ...link, url });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['url']);
    },
  );

  it.each([
    ['an unknown status', { status: 'blocked' }, 'status'],
    ['progress over 1', { progress: 1.5 }, 'progress'],
    ['a negative scope', { scope: -1 }, 'scope'],
    ['a due date that is not a date', { dueDate: '23/11/2026' }, 'dueDate'],
  ])('refuses %s', (_, change, field) => {
    const parsed = WorkLink.safeParse({ ...link, ...change });
    expect(parsed.error?.issues[0]?.path).toEqual([field]);
  });
});
