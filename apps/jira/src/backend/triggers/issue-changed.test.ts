import { describe, expect, it } from 'vitest';
import { addLink, EMPTY_LINKS, LINKS_PROPERTY_KEY } from '../../client/links-property';
import { backendHarness } from '../backend.test-support';
import { forgeDeps } from '../forge-deps';
import { appStore } from '../storage/app-store';
import { onIssueChanged, projectOfEvent } from './issue-changed';

const { jira, forge } = backendHarness({
  accountId: 'user-1',
  users: [],
  issues: [
    {
      id: '10001',
      key: 'SHOP-1',
      properties: { [LINKS_PROPERTY_KEY]: addLink(EMPTY_LINKS, { mapId: 'm', stageId: 's' }) },
    },
    { id: '10002', key: 'SHOP-2' },
  ],
});

const updated = (id: string, fields: string[]) => ({
  eventType: 'avi:jira:updated:issue',
  issue: { id, key: 'X' },
  changelog: { items: fields.map((field) => ({ field, fieldId: field })) },
});

describe('the issue trigger', () => {
  it('notes a linked issue whose board fields changed, reading Jira as the app', async () => {
    const deps = await forgeDeps({ as: 'app' });
    expect(await onIssueChanged(deps, updated('10001', ['status']))).toBe('noted');
    expect(await appStore.recentChanges(Date.now())).toEqual(['10001']);
    const jiraCalls = forge.calls.filter((call) => call.remote === 'jira');
    expect(jiraCalls.map((call) => [call.method, call.provider])).toEqual([['GET', 'app']]);
    expect(jira.violations).toEqual([]);
  });

  it('ignores unlinked issues and changes the board does not show', async () => {
    const deps = await forgeDeps({ as: 'app' });
    expect(await onIssueChanged(deps, updated('10002', ['status']))).toBe('unlinked');
    jira.clearLog();
    expect(await onIssueChanged(deps, updated('10001', ['labels']))).toBe('ignored');
    expect(jira.requests).toEqual([]);
    expect(await onIssueChanged(deps, { nonsense: true })).toBe('ignored');
    expect(await appStore.recentChanges(Date.now())).toEqual([]);
  });

  it('notes a deleted issue without reading it, and keeps the newest 50 for reconcileIssues', async () => {
    const deps = await forgeDeps({ as: 'app' });
    for (let index = 0; index < 55; index++) {
      await onIssueChanged(deps, {
        eventType: 'avi:jira:deleted:issue',
        issue: { id: String(20000 + index) },
      });
    }
    const recent = await appStore.recentChanges(Date.now());
    expect(recent).toHaveLength(50);
    expect(recent.at(-1)).toBe('20054');
    expect(await appStore.recentChanges(Date.now() + 11 * 60 * 1000)).toEqual([]);
  });

  it('reads the story points field from the settings of the issue’s project', async () => {
    await appStore.saveSettings('10000', {
      storyPointsField: 'customfield_10016',
      canceledResolutions: [],
    });
    const estimated = (projectId: string) => ({
      ...updated('10001', ['customfield_10016']),
      issue: { id: '10001', key: 'SHOP-1', fields: { project: { id: projectId } } },
    });
    const inShop = estimated('10000');
    expect(projectOfEvent(inShop)).toBe('10000');
    const shopDeps = await forgeDeps({ as: 'app', projectId: projectOfEvent(inShop) });
    expect(await onIssueChanged(shopDeps, inShop)).toBe('noted');
    // Another project names no story points field: the change is not one its board shows.
    const elsewhere = estimated('10200');
    const otherDeps = await forgeDeps({ as: 'app', projectId: projectOfEvent(elsewhere) });
    expect(await onIssueChanged(otherDeps, elsewhere)).toBe('ignored');
  });
});
