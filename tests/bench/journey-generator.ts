// A seeded generator of realistic journey maps and the work linked to them, for benchmarks.
import {
  CURRENT_SCHEMA_VERSION,
  JourneyMap,
  type JourneyMapInput,
  type WorkLink,
} from '@throughline/journey-core';
import { seededRandom } from '../support/seeded-random';

type Random = () => number;

const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

function pick<T>(random: Random, list: readonly [T, ...T[]]): T {
  return list[Math.floor(random() * list.length)] ?? list[0];
}

const JOURNEYS = ['Onboarding', 'Checkout', 'Support', 'Renewal', 'Returns', 'Upgrade'] as const;
const STAGES = [
  'Discover',
  'Consider',
  'Sign up',
  'Set up',
  'First use',
  'Adopt',
  'Pay',
  'Get help',
  'Renew',
  'Recommend',
] as const;
const LANES = [
  ['Doing', 'actions'],
  ['Touchpoints', 'touchpoints'],
  ['Thinking', 'thoughts'],
  ['Feeling', 'emotions'],
  ['Pain points', 'pain-points'],
  ['Ideas', 'opportunities'],
] as const;
const PAINS = [
  'Form too long',
  'Price unclear',
  'Slow page',
  'Confusing error',
  'No reply',
] as const;
const KPIS = ['Conversion', 'Time to value', 'Drop-off', 'CSAT'] as const;

const key = (text: string, n: number) => `${text.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}`;

/** Benchmarks run as of 1 June 2025; about one due date in twelve has passed by then. */
function dueDate(random: Random): string {
  const month = random() < 1 / 12 ? between(random, 1, 5) : between(random, 6, 12);
  const day = between(random, month === 6 ? 2 : 1, 28);
  return `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function stagesOf(random: Random, mapId: string): JourneyMapInput['stages'] {
  const count = between(random, 6, 9);
  return STAGES.slice(0, count).map((name, n) => ({
    id: `${mapId}-s${n}`,
    key: key(name, n),
    name,
  }));
}

function painPointsOf(random: Random, stageIds: readonly string[]): JourneyMapInput['painPoints'] {
  return stageIds.flatMap((stageId, s) =>
    Array.from({ length: between(random, 0, 3) }, (_, n) => {
      const title = pick(random, PAINS);
      return {
        id: `${stageId}-p${n}`,
        key: key(title, s * 10 + n),
        title,
        stageId,
        severity: between(random, 1, 5),
        reach: between(random, 5, 90) / 100,
        status: random() < 0.8 ? ('open' as const) : ('resolved' as const),
      };
    }),
  );
}

/** About half the stages have a KPI, and every journey has two of its own. */
function kpisOf(random: Random, stages: JourneyMapInput['stages']): JourneyMapInput['kpis'] {
  const kpiStages = [...stages.filter(() => random() < 0.5), undefined, undefined];
  return kpiStages.map((stage, n) => {
    const increase = random() < 0.6;
    const baseline = between(random, 10, 50);
    const name = `${pick(random, KPIS)} ${stage === undefined ? `overall ${n}` : `at ${stage.name}`}`;
    // Most measures move the way the team wants, some slip back.
    const drift = (increase ? 1 : -1) * between(random, -5, 30);
    return {
      id: `kpi-${n}`,
      key: key(name, n),
      name,
      unit: '%',
      direction: increase ? ('increase' as const) : ('decrease' as const),
      baseline,
      target: increase
        ? baseline + between(random, 5, 40)
        : Math.max(1, baseline - between(random, 5, 40)),
      history: [1, 2, 3].map((month) => ({
        at: `2025-0${month}-01`,
        value: baseline + Math.round((drift * month) / 3),
      })),
      ...(stage === undefined ? {} : { stageId: stage.id }),
    };
  });
}

function itemsOf(random: Random, stageIds: readonly string[], laneIds: readonly string[]) {
  return stageIds.flatMap((stageId) =>
    laneIds.flatMap((laneId) =>
      Array.from({ length: between(random, 1, 3) }, (_, n) => ({
        id: `${stageId}-${laneId}-i${n}`,
        stageId,
        laneId,
        text: `Note ${n} about ${stageId}`,
        source: {
          provider: 'miro' as const,
          boardId: 'board',
          itemId: `${stageId}-${laneId}-${n}`,
        },
      })),
    ),
  );
}

function journeyMap(random: Random, n: number): JourneyMap {
  const id = `map-${n}`;
  const stages = stagesOf(random, id);
  const stageIds = stages.map((stage) => stage.id);
  const lanes = LANES.slice(0, between(random, 5, 6)).map(([name, kind], l) => ({
    id: `${id}-l${l}`,
    key: key(name, l),
    name,
    kind,
  }));
  return JourneyMap.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    key: `journey-${n}`,
    title: `${pick(random, JOURNEYS)} ${n}`,
    stages,
    lanes,
    items: itemsOf(
      random,
      stageIds,
      lanes.map((lane) => lane.id),
    ),
    painPoints: painPointsOf(random, stageIds),
    kpis: kpisOf(random, stages),
  });
}

const STATUSES = [
  'todo',
  'todo',
  'in-progress',
  'in-progress',
  'done',
  'done',
  'done',
  'canceled',
] as const;
const HEALTHS = [
  'on-track',
  'on-track',
  'on-track',
  'on-track',
  'on-track',
  'on-track',
  'at-risk',
  'at-risk',
  'off-track',
] as const;

function workLink(random: Random, maps: readonly JourneyMap[], n: number): WorkLink {
  const map = maps[Math.floor(random() * maps.length)];
  if (map === undefined) throw new Error('links need at least one map');
  const linear = random() < 0.3;
  const stage = map.stages[Math.floor(random() * map.stages.length)];
  // A few links point at a stage deleted from the map, as happens after a re-import.
  const stageId = stage === undefined || random() < 0.02 ? `${map.id}-gone` : stage.id;
  const stagePains = map.painPoints.filter((pain) => pain.stageId === stageId);
  const pain = random() < 0.4 ? stagePains[Math.floor(random() * stagePains.length)] : undefined;
  return {
    provider: linear ? 'linear' : 'jira',
    id: `work-${n}`,
    key: linear ? `project-${n}` : `SHOP-${n}`,
    title: `Work item ${n}`,
    status: pick(random, STATUSES),
    ...(linear ? { health: pick(random, HEALTHS), progress: between(random, 0, 100) / 100 } : {}),
    scope: between(random, 1, 13),
    ...(random() < 0.6 ? { dueDate: dueDate(random) } : {}),
    mapId: map.id,
    stageId,
    ...(pain === undefined ? {} : { painPointId: pain.id }),
  };
}

/** `mapCount` maps and `linkCount` links spread over them, the same for the same seed. */
export function generatePortfolio(seed: number, mapCount: number, linkCount: number) {
  const random = seededRandom(seed);
  const maps = Array.from({ length: mapCount }, (_, n) => journeyMap(random, n));
  const links = Array.from({ length: linkCount }, (_, n) => workLink(random, maps, n));
  return { maps, links };
}
