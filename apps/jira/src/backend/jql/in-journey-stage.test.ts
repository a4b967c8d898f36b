import { describe, expect, it } from 'vitest';
import { createForgeTransport } from '../../client/forge-transport';
import { createJiraClient } from '../../client/jira-client';
import { jiraPath } from '../../client/jira-transport';
import {
  addLink,
  EMPTY_LINKS,
  type IssueLink,
  LINKS_PROPERTY_KEY,
} from '../../client/links-property';
import { backendHarness, sampleMap } from '../backend.test-support';
import { inJourneyStage } from '../index';
import { mapStore } from '../storage/map-store';

const linked = (...links: IssueLink[]) => ({
  [LINKS_PROPERTY_KEY]: links.reduce(addLink, EMPTY_LINKS),
});
/** As stored before `stageRefs` existed. */
const linkedBefore = (mapId: string, stageId: string) => ({
  [LINKS_PROPERTY_KEY]: {
    links: [{ mapId, stageId }],
    mapIds: [mapId],
    stageIds: [stageId],
    painPointIds: [],
  },
});
const { jira } = backendHarness({
  accountId: 'user-1',
  users: [{ accountId: 'user-1' }],
  issues: [
    { key: 'SHOP-1', properties: linked({ mapId: 'map-checkout', stageId: 'st-pay' }) },
    { key: 'SHOP-2', properties: linked({ mapId: 'map-checkout', stageId: 'st-cart' }) },
    { key: 'SHOP-3' },
    // On Checkout's Cart and on another map's stage that shares Pay's id: not on Checkout/Pay.
    {
      key: 'SHOP-4',
      properties: linked(
        { mapId: 'map-checkout', stageId: 'st-cart' },
        { mapId: 'map-other', stageId: 'st-pay' },
      ),
    },
    { key: 'SHOP-5', properties: linkedBefore('map-checkout', 'st-pay') },
    { key: 'SHOP-6', properties: linkedBefore('map-checkout', 'st-cart') },
  ],
});

/** Every issue the JQL finds, over HTTP through the fake's search (no map filter added). */
async function search(jql: string): Promise<string[]> {
  const answer = await createForgeTransport({ as: 'user' }).send({
    method: 'POST',
    path: jiraPath`/rest/api/3/search/jql`,
    body: { jql, fields: ['summary'], maxResults: 100 },
  });
  const { issues } = answer.body as { issues: { key: string }[] };
  return issues.map((issue) => issue.key);
}

const clause = (operator: string, ...values: string[]) => ({
  clause: { field: 'issue', operator, arguments: values },
  context: {},
});

describe('inJourneyStage', () => {
  it('answers a JQL fragment over the indexed property, never a list of issues', async () => {
    await mapStore.save(sampleMap());
    const property = 'issue.property[throughline-links]';
    const fragment = `(${property}.stageRefs = "map-checkout/st-pay" OR (${property}.stageRefs IS EMPTY AND ${property}.mapIds = "map-checkout" AND ${property}.stageIds = "st-pay"))`;
    expect(await inJourneyStage(clause('in', 'Checkout', 'Pay'))).toEqual({ jql: fragment });
    expect(await inJourneyStage(clause('in', ' checkout ', 'pay'))).toEqual({ jql: fragment });
    expect(await inJourneyStage(clause('not in', 'map-checkout', 'st-pay'))).toEqual({
      jql: expect.stringContaining(`${property}.stageRefs != "map-checkout/st-pay"`),
    });
    // Names are read from the app's own maps: Jira is never asked for issues.
    expect(jira.requests).toEqual([]);
  });

  it('finds the stage’s issues through the index, and only where map and stage are linked together', async () => {
    await mapStore.save(sampleMap());
    const answer = await inJourneyStage(clause('in', 'Checkout', 'Pay'));
    if (!('jql' in answer)) throw new Error(answer.error);
    // SHOP-5 was linked before `stageRefs`; SHOP-4 pairs Checkout with Cart, not with Pay.
    expect(await search(answer.jql)).toEqual(['SHOP-1', 'SHOP-5']);
    const client = createJiraClient({ transport: createForgeTransport({ as: 'user' }) });
    const found = await client.searchLinkedIssues('map-checkout', { jql: answer.jql });
    expect(found.map((issue) => issue.key)).toEqual(['SHOP-1', 'SHOP-5']);
    expect(jira.violations).toEqual([]);
  });

  it('finds every other issue with "not in", those without links included', async () => {
    await mapStore.save(sampleMap());
    const answer = await inJourneyStage(clause('not in', 'Checkout', 'Pay'));
    if (!('jql' in answer)) throw new Error(answer.error);
    expect(await search(answer.jql)).toEqual(['SHOP-2', 'SHOP-3', 'SHOP-4', 'SHOP-6']);
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
    if (!('jql' in answer)) throw new Error(answer.error);
    expect(answer.jql).toContain('.stageRefs = "map\\"OR\\"1/st\\\\\\"x"');
    expect(answer.jql).toContain('.mapIds = "map\\"OR\\"1" AND');
    expect(answer.jql).toContain('.stageIds = "st\\\\\\"x"');
  });
});
