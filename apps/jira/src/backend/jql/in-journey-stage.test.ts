import { describe, expect, it } from 'vitest';
import { createForgeTransport } from '../../client/forge-transport';
import { createJiraClient } from '../../client/jira-client';
import { addLink, EMPTY_LINKS, LINKS_PROPERTY_KEY } from '../../client/links-property';
import { backendHarness, sampleMap } from '../backend.test-support';
import { inJourneyStage } from '../index';
import { mapStore } from '../storage/map-store';

const linked = (stageId: string) => ({
  [LINKS_PROPERTY_KEY]: addLink(EMPTY_LINKS, { mapId: 'map-checkout', stageId }),
});
const { jira } = backendHarness({
  accountId: 'user-1',
  users: [{ accountId: 'user-1' }],
  issues: [
    { key: 'SHOP-1', properties: linked('st-pay') },
    { key: 'SHOP-2', properties: linked('st-cart') },
    { key: 'SHOP-3' },
  ],
});

const clause = (operator: string, ...values: string[]) => ({
  clause: { field: 'issue', operator, arguments: values },
  context: {},
});

describe('inJourneyStage', () => {
  it('answers a JQL fragment over the indexed property, never a list of issues', async () => {
    await mapStore.save(sampleMap());
    const fragment =
      '(issue.property[throughline-links].mapIds = "map-checkout" AND issue.property[throughline-links].stageIds = "st-pay")';
    expect(await inJourneyStage(clause('in', 'Checkout', 'Pay'))).toEqual({ jql: fragment });
    expect(await inJourneyStage(clause('in', ' checkout ', 'pay'))).toEqual({ jql: fragment });
    expect(await inJourneyStage(clause('not in', 'map-checkout', 'st-pay'))).toEqual({
      jql: `NOT ${fragment}`,
    });
    // Names are read from the app's own maps: Jira is never asked for issues.
    expect(jira.requests).toEqual([]);
  });

  it('answers a fragment Jira can search: it finds the stage’s issues through the index', async () => {
    await mapStore.save(sampleMap());
    const answer = await inJourneyStage(clause('in', 'Checkout', 'Pay'));
    if (!('jql' in answer)) throw new Error(answer.error);
    const client = createJiraClient({ transport: createForgeTransport({ as: 'user' }) });
    const found = await client.searchLinkedIssues('map-checkout', { jql: answer.jql });
    expect(found.map((issue) => issue.key)).toEqual(['SHOP-1']);
    expect(jira.violations).toEqual([]);
  });

  it.each([
    [clause('in', 'Returns', 'Pay'), /No journey is called "Returns"/],
    [clause('in', 'Checkout', 'Ship'), /has no stage called "Ship"/],
    [clause('in', 'Checkout'), /takes two arguments/],
    [clause('=', 'Checkout', 'Pay'), /"in" and "not in"/],
    [{}, /without its clause/],
  ])('answers an error Jira shows the user: %j', async (args, message) => {
    await mapStore.save(sampleMap());
    const answer = await inJourneyStage(args);
    expect(answer).toEqual({ error: expect.stringMatching(message) });
  });

  it('refuses a journey name two maps share', async () => {
    await mapStore.save(sampleMap());
    await mapStore.save(sampleMap({ id: 'map-other', key: 'other' }));
    expect(await inJourneyStage(clause('in', 'Checkout', 'Pay'))).toEqual({
      error: expect.stringMatching(/Several journeys/),
    });
  });

  it('quotes names and ids so they cannot add a clause', async () => {
    await mapStore.save(
      sampleMap({
        id: 'map"OR"1',
        stages: [{ id: 'st\\"x', key: 'pay', name: 'Pay' }],
        phases: [],
        items: [],
        painPoints: [],
        kpis: [],
      }),
    );
    const answer = await inJourneyStage(clause('in', 'map"OR"1', 'Pay'));
    expect(answer).toEqual({
      jql: '(issue.property[throughline-links].mapIds = "map\\"OR\\"1" AND issue.property[throughline-links].stageIds = "st\\\\\\"x")',
    });
  });
});
