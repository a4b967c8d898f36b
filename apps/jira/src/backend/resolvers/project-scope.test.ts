// What one project's administrators may change: their own journeys and settings, not another project's.
import { serializeMap } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import { MAX_MAP_TEXT_LENGTH } from '../../contract/resolver-contract';
import { backendHarness, invoker, sampleMap } from '../backend.test-support';
import { resolver } from '../index';
import { MODULE_KEYS } from './module-access';

const SHOP = { id: '10000', key: 'SHOP' };
const SUPPORT = { id: '10100', key: 'SUPP' };
const { kvs } = backendHarness({
  accountId: 'ana',
  projects: [SHOP, SUPPORT],
  // Ana administers both projects: what she may change still depends on where she is.
  users: [{ accountId: 'ana', displayName: 'Ana', canAdminister: ['SHOP', 'SUPP'] }],
  issues: [],
});

const fromShop = invoker(resolver, { moduleKey: MODULE_KEYS.settings, project: SHOP });
const fromSupport = invoker(resolver, { moduleKey: MODULE_KEYS.settings, project: SUPPORT });
const mapTitle = async () =>
  (
    (await fromShop('listJourneys', { scope: 'all' })) as {
      data: { journeys: { title: string }[] };
    }
  ).data.journeys[0]?.title;

describe('a map belongs to the project that stored it', () => {
  it('lets the owning project edit it and refuses another project, changing nothing', async () => {
    await fromShop('importMap', { text: serializeMap(sampleMap()), addToProject: true });
    // Support shows the Checkout journey too, which is allowed.
    expect(await fromSupport('setProjectJourneys', { mapIds: ['map-checkout'] })).toMatchObject({
      ok: true,
    });
    const storedBefore = new Map(kvs.store);

    for (const [key, payload] of [
      ['editStage', { mapId: 'map-checkout', stageId: 'st-pay', name: 'Payment' }],
      ['scorePainPoint', { mapId: 'map-checkout', painPointId: 'pp-fees', severity: 1 }],
      ['importMap', { text: serializeMap(sampleMap({ title: 'Support checkout' })) }],
    ] as const) {
      expect(await fromSupport(key, payload)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringMatching(/belongs to another project/) },
      });
    }
    expect(new Map(kvs.store)).toEqual(storedBefore);
    expect(await mapTitle()).toBe('Checkout');

    expect(
      await fromShop('editStage', { mapId: 'map-checkout', stageId: 'st-pay', name: 'Payment' }),
    ).toMatchObject({ ok: true });
    expect(
      await fromShop('importMap', { text: serializeMap(sampleMap({ title: 'Checkout 2' })) }),
    ).toMatchObject({ ok: true, data: { outcome: 'stored', merged: true } });
  });

  it('reports a map stored but not added to the project as a warning, not a failure', async () => {
    // The map saves; adding it to the project's journeys (a plain `set`) fails.
    kvs.failWhen(
      (operation, body) =>
        operation === 'set' &&
        String((body as { key?: unknown }).key).startsWith('project-journeys:'),
    );
    const result = await fromShop('importMap', {
      text: serializeMap(sampleMap()),
      addToProject: true,
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        outcome: 'stored',
        diagnostics: expect.arrayContaining([
          expect.objectContaining({ severity: 'warning', code: 'not-added-to-project' }),
        ]),
      },
    });
    kvs.clearFailures();
    expect(await mapTitle()).toBe('Checkout');
  });
});

describe('settings are each project’s own', () => {
  it('keeps one project’s story points field and resolutions from the other', async () => {
    const shop = { storyPointsField: 'customfield_10016', canceledResolutions: ['Nope'] };
    expect(await fromShop('saveSettings', shop)).toMatchObject({ ok: true, data: shop });
    expect(await fromShop('getSettings', {})).toMatchObject({ ok: true, data: shop });
    expect(await fromSupport('getSettings', {})).toMatchObject({
      ok: true,
      data: { storyPointsField: null },
    });
  });

  it('reads the settings saved before they were per project where a project has none', async () => {
    const legacy = { storyPointsField: 'customfield_10026', canceledResolutions: [] };
    kvs.store.set('settings', { value: legacy, createdAt: 0, updatedAt: 0 });
    expect(await fromSupport('getSettings', {})).toMatchObject({ ok: true, data: legacy });
  });
});

describe('the payload size guard', () => {
  it('passes a map file at the size limit however much JSON escaping adds to it', async () => {
    // 4 MiB of quotes doubles once the payload is JSON: the guard must still let zod and the map
    // parser see it (and the parser says what is wrong), not refuse it as too large.
    const text = `"${'"'.repeat(MAX_MAP_TEXT_LENGTH - 2)}"`;
    expect(await fromShop('importMap', { text })).toMatchObject({
      ok: true,
      data: { outcome: 'invalid' },
    });
  });
});
