// The core at the scale a hostile review broke it: 200,000 stages through every public step.
import { describe, expect, it } from 'vitest';
import { exportMap } from './export/export-map';
import { layoutMapOnBoard } from './layout/layout-map-on-board';
import { mergeMaps } from './merge/merge-maps';
import { parseMap, parseMapJson, serializeMap } from './migrate/parse-map';
import type { JourneyMap, MapItem } from './model/journey-map';
import type { WorkLink } from './model/work-link';
import { portfolio } from './portfolio/portfolio-rank';
import { rollup } from './rollup/rollup';
import { validateMap } from './validate/validate-map';

/** A generous bound for the large-input tests: linear code takes seconds, quadratic code hours. */
const LARGE_INPUT_MS = 60_000;

const STAGES = 200_000;
const board = (itemId: string) => ({ provider: 'miro' as const, boardId: 'big', itemId });

/** 200,000 stages named alike, one lane, an item on every fourth stage, pain points and KPIs. */
function hugeMap(): JourneyMap {
  const items: MapItem[] = [];
  for (let index = 0; index < STAGES; index += 4) {
    items.push({
      id: `i${index}`,
      stageId: `s${index}`,
      laneId: 'l',
      text: `note ${index}`,
      source: board(`sticky-${index}`),
    });
  }
  return {
    schemaVersion: 4,
    id: 'huge',
    key: 'huge',
    title: 'Huge',
    state: 'current',
    zoom: 'journey',
    phases: [],
    stages: Array.from({ length: STAGES }, (_, index) => ({
      id: `s${index}`,
      key: index === 0 ? 'stage' : `stage-${index + 1}`,
      name: 'Stage',
      source: board(`frame-${index}`),
    })),
    lanes: [{ id: 'l', key: 'doing', name: 'Doing', kind: 'actions', source: board('label') }],
    items,
    unplaced: [],
    painPoints: Array.from({ length: 2_000 }, (_, index) => ({
      id: `p${index}`,
      key: `pain-${index}`,
      title: 'Pain',
      stageId: `s${index * 100}`,
      severity: 5,
      reach: 1,
      evidence: [],
      status: 'open' as const,
    })),
    opportunities: [],
    kpis: Array.from({ length: 1_000 }, (_, index) => ({
      id: `k${index}`,
      key: `kpi-${index}`,
      name: 'KPI',
      unit: '',
      direction: 'increase' as const,
      target: 1e308,
      baseline: -1e308,
      current: index,
      history: [],
      stageId: `s${index * 200}`,
    })),
  };
}

function hugeLinks(): WorkLink[] {
  return Array.from({ length: 50_000 }, (_, index) => ({
    provider: 'jira' as const,
    id: `w${index}`,
    title: 'Work',
    status: index % 3 === 0 ? ('done' as const) : ('in-progress' as const),
    scope: index % 7 === 0 ? 1e308 : 3,
    mapId: 'huge',
    stageId: `s${(index * 4) % STAGES}`,
  }));
}

describe('a map of 200,000 stages', { timeout: LARGE_INPUT_MS }, () => {
  const map = hugeMap();

  it('is parsed, validated and stored', () => {
    const parsed = parseMap(map);
    expect(parsed.ok).toBe(true);
    const text = serializeMap(map);
    expect(parseMapJson(text).ok).toBe(true);
    const diagnostics = validateMap(map);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'empty-stage')).toHaveLength((STAGES * 3) / 4);
  });

  it('is rolled up and ranked, every figure finite', () => {
    const links = hugeLinks();
    const result = rollup(map, links, { asOf: '2025-06-01' });
    expect(result.stages).toHaveLength(STAGES);
    expect(result.counts.total).toBe(links.length);
    expect(result.progress).not.toBeNull();
    expect(Number.isFinite(result.progress)).toBe(true);
    const ranked = portfolio([map], links, { asOf: '2025-06-01' });
    expect(ranked.stages).toHaveLength(STAGES);
    expect(ranked.journeys[0]?.score).toSatisfy(Number.isFinite);
  });

  it('is exported as JSON, CSV and Markdown', () => {
    expect(exportMap(map, 'json').length).toBeGreaterThan(STAGES);
    expect(exportMap(map, 'csv').split('\r\n')).toHaveLength(map.items.length + 2);
    expect(exportMap(map, 'md')).toContain('| **Doing** (actions) |');
  });

  it('is laid out on a board', () => {
    const plan = layoutMapOnBoard(map);
    expect(plan.headers).toHaveLength(STAGES + 1);
    expect(plan.stickies).toHaveLength(map.items.length);
    expect(plan.skipped).toEqual([]);
  });

  it('is merged with a re-import in which half the stages are new and named alike', () => {
    // The board redrawn: the odd stages are new frames, all titled alike and keyed alike.
    const next: JourneyMap = {
      ...map,
      stages: map.stages.map((stage, index) =>
        index % 2 === 0
          ? { ...stage, id: `n${index}` }
          : { id: `n${index}`, key: 'later', name: 'Later', source: board(`new-${index}`) },
      ),
      lanes: map.lanes.map((lane) => ({ ...lane, id: 'nl' })),
      items: map.items.map((item) => ({
        ...item,
        id: `n${item.id}`,
        stageId: `n${item.stageId.slice(1)}`,
        laneId: 'nl',
      })),
    };
    const { map: merged, report } = mergeMaps(map, next);
    expect(report.stages.added).toHaveLength(STAGES / 2);
    expect(report.stages.removed).toHaveLength(STAGES / 2);
    expect(new Set(merged.stages.map((stage) => stage.key)).size).toBe(merged.stages.length);
    expect(validateMap(merged).filter((d) => d.severity === 'error')).toEqual([]);
  });
});
