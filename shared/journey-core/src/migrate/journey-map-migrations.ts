// Every change to the stored shape of a journey map, in order, each a small pure `up` step.
// A new schema version adds one entry here and one stored old document to the migration test.
import { z } from 'zod';
import { keyAllocator } from '../model/key-allocator';
import { slugify } from '../model/primitives';

export interface Migration {
  /** `journey-map/<to-version>-<what-changed>`: named so a test can prove each one ran. */
  id: string;
  from: number;
  to: number;
  up(document: Record<string, unknown>): Record<string, unknown>;
}

// Old versions are read loosely: a step touches only what it changes and carries the rest.
const Named = z.looseObject({ name: z.string() });
const Titled = z.looseObject({ title: z.string() });

/** Version 1 had no keys; version 2 derives a unique slug key for the map and each list entry. */
const addKeys: Migration = {
  id: 'journey-map/2-add-keys',
  from: 1,
  to: 2,
  up(document) {
    const v1 = z
      .looseObject({
        title: z.string(),
        stages: z.array(Named).default([]),
        lanes: z.array(Named).default([]),
        painPoints: z.array(Titled).default([]),
        kpis: z.array(Named).default([]),
        opportunities: z.array(Titled).default([]),
      })
      .parse(document);
    const withKeys = <T extends object>(entries: T[], label: (entry: T) => string) => {
      const keyOf = keyAllocator();
      return entries.map((entry) => ({ ...entry, key: keyOf(label(entry)) }));
    };
    return {
      ...v1,
      schemaVersion: 2,
      key: slugify(v1.title),
      stages: withKeys(v1.stages, (stage) => stage.name),
      lanes: withKeys(v1.lanes, (lane) => lane.name),
      painPoints: withKeys(v1.painPoints, (pain) => pain.title),
      kpis: withKeys(v1.kpis, (kpi) => kpi.name),
      opportunities: withKeys(v1.opportunities, (opportunity) => opportunity.title),
    };
  },
};

const V2LaneKindRenames: Record<string, string> = { pains: 'pain-points', ideas: 'opportunities' };

/** Version 3 names lane kinds after what workshops call them and reports unplaced board content. */
const unplacedAndLaneKinds: Migration = {
  id: 'journey-map/3-unplaced-and-lane-kinds',
  from: 2,
  to: 3,
  up(document) {
    const v2 = z
      .looseObject({ lanes: z.array(z.looseObject({ kind: z.string() })).default([]) })
      .parse(document);
    return {
      ...v2,
      schemaVersion: 3,
      lanes: v2.lanes.map((lane) => ({ ...lane, kind: V2LaneKindRenames[lane.kind] ?? lane.kind })),
      unplaced: [],
    };
  },
};

/**
 * Version 4 groups stages into phases and lets pain points and opportunities stay unscored until a
 * person scores them: older documents had no phases, and their scores stay as they were.
 */
const phasesAndUnscoredPains: Migration = {
  id: 'journey-map/4-phases-and-unscored-pains',
  from: 3,
  to: 4,
  up(document) {
    const v3 = z.looseObject({ phases: z.array(z.unknown()).default([]) }).parse(document);
    return { ...v3, schemaVersion: 4 };
  },
};

export const journeyMapMigrations: readonly Migration[] = [
  addKeys,
  unplacedAndLaneKinds,
  phasesAndUnscoredPains,
];
