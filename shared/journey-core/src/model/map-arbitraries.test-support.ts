// fast-check arbitraries for valid journey maps: unique ids and keys, sound references, unique stickies.
import fc from 'fast-check';
import {
  CURRENT_SCHEMA_VERSION,
  type JourneyMap,
  type Kpi,
  LaneKind,
  type MapItem,
  type Opportunity,
  type PainPoint,
  type UnplacedItem,
  UnplacedReason,
} from './journey-map';
import { keyAllocator } from './key-allocator';
import { type ItemSource, slugify } from './primitives';
import type { WorkLink } from './work-link';

/** Text people put on stickies that must never turn into markup or a formula downstream. */
export const hostileTexts = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'a | b || c',
  'first line\nsecond line\r\nthird',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\tTabbed',
  '\rcarriage return first',
  '"quoted", with comma',
  '**bold** [link](javascript:alert(1)) `code`',
  '# heading',
  'ends in a backslash \\',
  // Terminal escapes (ESC, the one-character CSI) and a right-to-left override, which reading
  // cleans or flags; a map made in code may still hold them, and no writer may act on them.
  '\u001b[31mred\u001b[0m \u009b2J',
  'invoice\u202efdp.exe \u2028 separated',
];

const token = fc.stringMatching(/^[A-Za-z0-9_.:~-]{1,8}$/);

/** Any text, now and then one of the hostile ones. */
export const textArbitrary = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 24 }), weight: 3 },
  { arbitrary: fc.constantFrom(...hostileTexts), weight: 1 },
);

/** A name as the schema stores it: trimmed and not empty. */
export const nameArbitrary = textArbitrary
  .map((text) => text.trim())
  .filter((name) => name.length > 0 && name.length <= 500);

/** A finite number in [min, max], never -0 (JSON cannot tell it from 0). */
const numberIn = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true }).map((n) => (n === 0 ? 0 : n));

const fraction = numberIn(0, 1);

const isoDate = fc
  .tuple(
    fc.integer({ min: 2000, max: 2040 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(
    ([year, month, day]) =>
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );

/** An index into a list of `length` entries. */
const indexBelow = (length: number) => fc.integer({ min: 0, max: Math.max(0, length - 1) });

/** True about one time in `n`. */
const oneIn = (n: number) => fc.integer({ min: 1, max: n }).map((draw) => draw === 1);

/** A plain record whose fields outside `required` are now there, now left out (never undefined). */
function someOf<T, K extends keyof T>(
  model: { [P in keyof T]: fc.Arbitrary<T[P]> },
  required: K[],
) {
  return fc.record(model, { requiredKeys: required, noNullPrototype: true });
}

interface Shape {
  stages: number;
  lanes: number;
  items: number;
  painPoints: number;
}

const shapeArbitrary: fc.Arbitrary<Shape> = fc
  .record({
    stages: fc.integer({ min: 0, max: 5 }),
    lanes: fc.integer({ min: 0, max: 4 }),
    items: fc.integer({ min: 0, max: 14 }),
    painPoints: fc.integer({ min: 0, max: 3 }),
  })
  .map((shape) => {
    const grid = shape.stages > 0 && shape.lanes > 0;
    return {
      ...shape,
      items: grid ? shape.items : 0,
      painPoints: shape.stages > 0 ? shape.painPoints : 0,
    };
  });

const stageDraft = someOf(
  {
    name: nameArbitrary,
    description: textArbitrary,
    owner: token,
    childMapId: token,
    sourced: fc.boolean(),
    gone: oneIn(8),
    edited: fc.subarray<'name'>(['name']),
  },
  ['name', 'sourced', 'gone'],
);

const laneDraft = someOf(
  {
    name: nameArbitrary,
    kind: fc.constantFrom(...LaneKind.options),
    sourced: fc.boolean(),
    gone: oneIn(8),
    edited: fc.subarray<'name' | 'kind'>(['name', 'kind']),
  },
  ['name', 'kind', 'sourced', 'gone'],
);

const itemDraft = (shape: Shape) =>
  someOf(
    {
      stage: indexBelow(shape.stages),
      lane: indexBelow(shape.lanes),
      text: textArbitrary,
      emotion: numberIn(-1, 1),
      sourced: oneIn(5).map((handMade) => !handMade),
      gone: oneIn(8),
      edited: fc.subarray<'text' | 'cell'>(['text', 'cell']),
    },
    ['stage', 'lane', 'text', 'sourced', 'gone'],
  );

const unplacedDraft = someOf(
  {
    text: textArbitrary,
    reason: fc.constantFrom(...UnplacedReason.options),
    detail: textArbitrary,
  },
  ['text', 'reason'],
);

const painDraft = (shape: Shape) =>
  someOf(
    {
      title: nameArbitrary,
      description: textArbitrary,
      stage: indexBelow(shape.stages),
      item: indexBelow(shape.items),
      severity: fc.integer({ min: 1, max: 5 }),
      reach: fraction,
      evidence: fc.array(textArbitrary, { maxLength: 2 }),
      status: fc.constantFrom('open', 'resolved', 'accepted'),
    },
    ['title', 'stage', 'severity', 'reach', 'evidence', 'status'],
  );

const opportunityDraft = (shape: Shape) =>
  fc.record({
    title: nameArbitrary,
    stage: indexBelow(shape.stages),
    painPoints: fc.uniqueArray(indexBelow(shape.painPoints), { maxLength: shape.painPoints }),
    reach: fraction,
    impact: numberIn(1, 5),
    confidence: fraction,
    effort: numberIn(0.1, 100),
  });

const kpiDraft = (shape: Shape) =>
  someOf(
    {
      name: nameArbitrary,
      unit: fc.constantFrom('', '%', 'days', 'points'),
      direction: fc.constantFrom('increase', 'decrease'),
      target: numberIn(-1000, 1000),
      baseline: numberIn(-1000, 1000),
      current: numberIn(-1000, 1000),
      history: fc.array(
        fc.record({ at: isoDate, value: numberIn(-1000, 1000) }, { noNullPrototype: true }),
        { maxLength: 3 },
      ),
      stage: indexBelow(shape.stages),
    },
    ['name', 'unit', 'direction', 'target', 'history'],
  );

const headDraft = someOf(
  {
    idToken: token,
    boardId: token,
    title: nameArbitrary,
    persona: textArbitrary,
    goal: textArbitrary,
    owner: token,
    state: fc.constantFrom('current', 'future'),
    zoom: fc.constantFrom('overview', 'journey', 'detail'),
    parent: fc.record({ mapId: token, stageId: token }),
  },
  ['idToken', 'boardId', 'title', 'state', 'zoom'],
);

const draftsArbitrary = (shape: Shape) =>
  fc.record({
    head: headDraft,
    stages: fc.array(stageDraft, { minLength: shape.stages, maxLength: shape.stages }),
    lanes: fc.array(laneDraft, { minLength: shape.lanes, maxLength: shape.lanes }),
    items: fc.array(itemDraft(shape), { minLength: shape.items, maxLength: shape.items }),
    unplaced: fc.array(unplacedDraft, { maxLength: 3 }),
    painPoints: fc.array(painDraft(shape), {
      minLength: shape.painPoints,
      maxLength: shape.painPoints,
    }),
    opportunities: fc.array(opportunityDraft(shape), { maxLength: shape.stages > 0 ? 2 : 0 }),
    kpis: fc.array(kpiDraft(shape), { maxLength: 2 }),
  });

type Drafts = ReturnType<typeof draftsArbitrary> extends fc.Arbitrary<infer T> ? T : never;

/** Turns drafts into a map: ids from positions, keys from names, sources unique per sticky. */
function assemble({ head: { idToken, boardId, parent, ...head }, ...drafts }: Drafts): JourneyMap {
  const sticky = (itemId: string): ItemSource => ({ provider: 'miro', boardId, itemId });
  const sourced = (has: boolean, itemId: string) => (has ? { source: sticky(itemId) } : {});
  const flagged = (gone: boolean) => (gone ? { removedAtSource: true } : {});
  const keys = () => keyAllocator();
  const [stageKey, laneKey, painKey, opportunityKey, kpiKey] = [
    keys(),
    keys(),
    keys(),
    keys(),
    keys(),
  ];
  const stageId = (index: number) => `${idToken}-s${index}`;
  const laneId = (index: number) => `${idToken}-l${index}`;
  const itemId = (index: number) => `${idToken}-i${index}`;
  const painId = (index: number) => `${idToken}-p${index}`;

  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    // Prefixes keep the map's id apart from parent and child map ids, which must differ from it.
    id: `map-${idToken}`,
    key: slugify(head.title),
    ...head,
    ...(parent ? { parent: { mapId: `parent-${parent.mapId}`, stageId: parent.stageId } } : {}),
    phases: [],
    stages: drafts.stages.map(({ sourced: has, gone, childMapId, ...stage }, index) => ({
      id: stageId(index),
      key: stageKey(stage.name),
      ...stage,
      ...(childMapId === undefined ? {} : { childMapId: `child-${childMapId}` }),
      ...sourced(has, `frame-${index}`),
      ...flagged(gone),
    })),
    lanes: drafts.lanes.map(({ sourced: has, gone, ...lane }, index) => ({
      id: laneId(index),
      key: laneKey(lane.name),
      ...lane,
      ...sourced(has, `label-${index}`),
      ...flagged(gone),
    })),
    items: drafts.items.map(
      ({ stage, lane, sourced: has, gone, ...item }, index): MapItem => ({
        id: itemId(index),
        stageId: stageId(stage),
        laneId: laneId(lane),
        ...item,
        ...sourced(has, `sticky-${index}`),
        ...flagged(gone),
      }),
    ),
    unplaced: drafts.unplaced.map(
      (entry, index): UnplacedItem => ({ source: sticky(`parked-${index}`), ...entry }),
    ),
    painPoints: drafts.painPoints.map(
      ({ stage, item, ...pain }, index): PainPoint => ({
        id: painId(index),
        key: painKey(pain.title),
        stageId: stageId(stage),
        // Drafts of a map without items still carry an index: only a real item is referred to.
        ...(item === undefined || item >= drafts.items.length ? {} : { itemId: itemId(item) }),
        ...pain,
      }),
    ),
    opportunities: drafts.opportunities.map(
      ({ stage, painPoints, ...opportunity }, index): Opportunity => ({
        id: `${idToken}-o${index}`,
        key: opportunityKey(opportunity.title),
        stageId: stageId(stage),
        painPointIds: painPoints.map(painId),
        ...opportunity,
      }),
    ),
    kpis: drafts.kpis.map(
      ({ stage, ...kpi }, index): Kpi => ({
        id: `${idToken}-k${index}`,
        key: kpiKey(kpi.name),
        ...kpi,
        ...(stage === undefined || stage >= drafts.stages.length
          ? {}
          : { stageId: stageId(stage) }),
      }),
    ),
  };
}

/** A valid journey map of up to 5 stages, 4 lanes and 14 items, with every optional part now and then. */
export function journeyMapArbitrary(): fc.Arbitrary<JourneyMap> {
  return shapeArbitrary.chain(draftsArbitrary).map(assemble);
}

/** Work items linked to stages and pain points of `map` (none when it has no stages). */
export function workLinksArbitrary(map: JourneyMap): fc.Arbitrary<WorkLink[]> {
  if (map.stages.length === 0) return fc.constant([]);
  const stageIds = map.stages.map((stage) => stage.id);
  const painIds = map.painPoints.map((pain) => pain.id);
  const painPointId =
    painIds.length > 0
      ? fc.option(fc.constantFrom(...painIds), { nil: undefined })
      : fc.constant(undefined);
  const link = fc
    .record({
      provider: fc.constantFrom('jira', 'linear'),
      id: token,
      title: textArbitrary,
      status: fc.constantFrom('todo', 'in-progress', 'done', 'canceled'),
      stageId: fc.constantFrom(...stageIds),
      painPointId,
    })
    .map(
      ({ painPointId: painId, ...link }): WorkLink => ({
        ...link,
        mapId: map.id,
        ...(painId === undefined ? {} : { painPointId: painId }),
      }),
    );
  return fc.array(link, { maxLength: 6 });
}
