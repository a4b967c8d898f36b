// fast-check arbitraries for journey maps and the work linked to them, for property tests.
import fc from 'fast-check';
import type { JourneyMap, Kpi, PainPoint } from '../model/journey-map';
import type { WorkLink } from '../model/work-link';

/** Few distinct dates, so that due dates often fall before, on and after `asOf`. */
export const isoDateArb = fc.constantFrom('2025-01-15', '2025-03-01', '2025-06-30', '2025-12-31');

/** References to things the map does not have: rollups must cope with them. */
const GONE_STAGE = 's-gone';
const GONE_PAIN = 'p-gone';
const ELSEWHERE_MAP = 'm-elsewhere';

const fractionArb = fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100);

function painPointsArb(stageIds: readonly string[]): fc.Arbitrary<PainPoint[]> {
  const fields = fc.record({
    stageId: fc.constantFrom(...stageIds, GONE_STAGE),
    severity: fc.integer({ min: 1, max: 5 }),
    reach: fractionArb,
    status: fc.constantFrom('open', 'resolved', 'accepted'),
  });
  return fc.array(fields, { maxLength: 6 }).map((list) =>
    list.map((pain, index) => ({
      id: `p-${index}`,
      key: `pain-${index}`,
      title: `Pain ${index}`,
      evidence: [],
      ...pain,
    })),
  );
}

function kpisArb(stageIds: readonly string[]): fc.Arbitrary<Kpi[]> {
  const reading = fc.record({ at: isoDateArb, value: fc.integer({ min: -50, max: 200 }) });
  const fields = fc.record(
    {
      stageId: fc.constantFrom(...stageIds, GONE_STAGE),
      direction: fc.constantFrom('increase', 'decrease'),
      target: fc.integer({ min: -50, max: 200 }),
      baseline: fc.integer({ min: -50, max: 200 }),
      current: fc.integer({ min: -50, max: 200 }),
      history: fc.array(reading, { maxLength: 3 }),
    },
    { requiredKeys: ['direction', 'target', 'history'] },
  );
  return fc.array(fields, { maxLength: 5 }).map((list) =>
    list.map((kpi, index) => ({
      id: `k-${index}`,
      key: `kpi-${index}`,
      name: `KPI ${index}`,
      unit: '%',
      ...kpi,
    })),
  );
}

/** A map with 0–6 stages, pain points and KPIs, some pointing at stages it does not have. */
export function journeyMapArb(mapId = 'm-1'): fc.Arbitrary<JourneyMap> {
  return fc.integer({ min: 0, max: 6 }).chain((stageCount) => {
    const stageIds = Array.from({ length: stageCount }, (_, index) => `s-${index}`);
    return fc
      .record({
        title: fc.constantFrom('Onboarding', 'Checkout', 'Support'),
        painPoints: painPointsArb(stageIds),
        kpis: kpisArb(stageIds),
      })
      .map(({ title, painPoints, kpis }) => ({
        schemaVersion: 4 as const,
        id: mapId,
        key: mapId,
        title,
        state: 'current' as const,
        zoom: 'journey' as const,
        phases: [],
        stages: stageIds.map((id, index) => ({
          id,
          key: `stage-${index}`,
          name: `Stage ${index}`,
        })),
        lanes: [{ id: 'l-0', key: 'doing', name: 'Doing', kind: 'actions' as const }],
        items: [],
        unplaced: [],
        painPoints,
        opportunities: [],
        kpis,
      }));
  });
}

/** Work on any of these maps, on another map, or on a stage none of them has. */
export function workLinkArb(maps: readonly JourneyMap[]): fc.Arbitrary<WorkLink> {
  const mapIds = [...maps.map((map) => map.id), ELSEWHERE_MAP];
  const stageIds = [...maps.flatMap((map) => map.stages.map((stage) => stage.id)), GONE_STAGE];
  const painIds = [...maps.flatMap((map) => map.painPoints.map((pain) => pain.id)), GONE_PAIN];
  return fc.record(
    {
      provider: fc.constantFrom('jira', 'linear'),
      id: fc.integer({ min: 1, max: 9999 }).map((n) => `w-${n}`),
      key: fc.constantFrom('SHOP-1', 'SHOP-2', 'onboarding-revamp'),
      title: fc.constantFrom('Fix the form', 'New pricing page'),
      status: fc.constantFrom('todo', 'in-progress', 'done', 'canceled'),
      health: fc.constantFrom('on-track', 'at-risk', 'off-track'),
      progress: fractionArb,
      scope: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
      dueDate: isoDateArb,
      mapId: fc.constantFrom(...mapIds),
      stageId: fc.constantFrom(...stageIds),
      painPointId: fc.constantFrom(...painIds),
    },
    { requiredKeys: ['provider', 'id', 'title', 'status', 'mapId', 'stageId'] },
  );
}

/** One map and up to 40 links, most of them on it. */
export const mapWithLinksArb: fc.Arbitrary<[JourneyMap, WorkLink[]]> = journeyMapArb().chain(
  (map) => fc.tuple(fc.constant(map), fc.array(workLinkArb([map]), { maxLength: 40 })),
);

/** 1–4 maps with distinct ids, and up to 60 links over them. */
export const mapsWithLinksArb: fc.Arbitrary<[JourneyMap[], WorkLink[]]> = fc
  .integer({ min: 1, max: 4 })
  .chain((count) =>
    fc.tuple(...Array.from({ length: count }, (_, index) => journeyMapArb(`m-${index}`))),
  )
  .chain((maps) => fc.tuple(fc.constant(maps), fc.array(workLinkArb(maps), { maxLength: 60 })));

/** Finite numbers from the whole range, the edges often: 0, ±MIN_VALUE, ±MAX_VALUE, ±1e308. */
const extremeNumberArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    0,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    1e308,
    -1e308,
  ),
);
/** A share from the schema's [0, 1], subnormal ones included. */
const extremeFractionArb = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, Number.MIN_VALUE, 1),
);

/** A map whose KPIs and pain points carry extreme figures the schemas allow. */
function extremeMapArb(mapId: string): fc.Arbitrary<JourneyMap> {
  return journeyMapArb(mapId).chain((map) =>
    fc
      .record({
        kpis: fc.array(
          fc.record(
            {
              target: extremeNumberArb,
              baseline: extremeNumberArb,
              current: extremeNumberArb,
              history: fc.array(fc.record({ at: isoDateArb, value: extremeNumberArb }), {
                maxLength: 2,
              }),
            },
            { requiredKeys: ['target', 'history'] },
          ),
          { minLength: map.kpis.length, maxLength: map.kpis.length },
        ),
        reaches: fc.array(extremeFractionArb, {
          minLength: map.painPoints.length,
          maxLength: map.painPoints.length,
        }),
      })
      .map(({ kpis, reaches }) => ({
        ...map,
        kpis: map.kpis.map(({ baseline: _b, current: _c, ...kpi }, index) => ({
          ...kpi,
          ...kpis[index],
        })),
        painPoints: map.painPoints.map((pain, index) => ({
          ...pain,
          reach: reaches[index] ?? pain.reach,
        })),
      })),
  );
}

/** 1–3 maps with extreme figures, and links to them of extreme scope and any progress. */
export const extremeMapsWithLinksArb: fc.Arbitrary<[JourneyMap[], WorkLink[]]> = fc
  .integer({ min: 1, max: 3 })
  .chain((count) =>
    fc.tuple(...Array.from({ length: count }, (_, index) => extremeMapArb(`m-${index}`))),
  )
  .chain((maps) => {
    const link = fc
      .tuple(
        workLinkArb(maps),
        fc.oneof(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), fc.constant(1e308)),
        extremeFractionArb,
      )
      .map(([work, scope, progress]) => ({ ...work, scope, progress }));
    return fc.tuple(fc.constant(maps), fc.array(link, { maxLength: 30 }));
  });
