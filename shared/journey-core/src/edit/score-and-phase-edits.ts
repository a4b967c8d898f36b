// A person's phase and score edits, as pure functions: each returns a new map that marks the field
// edited (a re-import keeps it) and returns the very same map when the edit is invalid or no change.
import { type JourneyMap, Opportunity, PainPoint, type Phase } from '../model/journey-map';
import { Name } from '../model/primitives';

function withEdits<Field extends string>(
  edited: readonly Field[] | undefined,
  fields: readonly Field[],
): Field[] {
  const merged = [...(edited ?? [])];
  for (const field of fields) if (!merged.includes(field)) merged.push(field);
  return merged;
}

function updatePhase(
  map: JourneyMap,
  phaseId: string,
  change: (phase: Phase) => Phase | undefined,
): JourneyMap {
  const index = map.phases.findIndex((phase) => phase.id === phaseId);
  const phase = map.phases[index];
  const changed = phase && change(phase);
  if (!changed) return map;
  const phases = [...map.phases];
  phases[index] = changed;
  return { ...map, phases };
}

export function renamePhase(map: JourneyMap, phaseId: string, name: string): JourneyMap {
  return updatePhase(map, phaseId, (phase) => {
    const parsed = Name.safeParse(name);
    if (!parsed.success || parsed.data === phase.name) return undefined;
    return { ...phase, name: parsed.data, edited: withEdits(phase.edited, ['name']) };
  });
}

/**
 * Regroup: `stageIds` become the phase's stages, in stage order. A stage taken from another phase
 * leaves it, so no stage is in two phases; unknown stage ids are ignored.
 */
export function setPhaseStages(
  map: JourneyMap,
  phaseId: string,
  stageIds: readonly string[],
): JourneyMap {
  const wanted = new Set(stageIds);
  const ordered = map.stages.filter((stage) => wanted.has(stage.id)).map((stage) => stage.id);
  const phase = map.phases.find((entry) => entry.id === phaseId);
  if (!phase || ordered.join('\u0000') === phase.stageIds.join('\u0000')) return map;
  const taken = new Set(ordered);
  return {
    ...map,
    phases: map.phases.map((entry) => {
      if (entry.id === phaseId) {
        return { ...entry, stageIds: ordered, edited: withEdits(entry.edited, ['stages']) };
      }
      if (!entry.stageIds.some((id) => taken.has(id))) return entry;
      const stages = entry.stageIds.filter((id) => !taken.has(id));
      return { ...entry, stageIds: stages, edited: withEdits(entry.edited, ['stages']) };
    }),
  };
}

export interface PainScore {
  /** 1 to 5, whole. */
  severity?: number;
  /** 0 to 1. */
  reach?: number;
}

/** Set a pain point's severity and/or reach; out-of-range scores leave the map as it is. */
export function scorePainPoint(map: JourneyMap, painId: string, score: PainScore): JourneyMap {
  const fields = (['severity', 'reach'] as const).filter((field) => score[field] !== undefined);
  const index = map.painPoints.findIndex((pain) => pain.id === painId);
  const pain = map.painPoints[index];
  if (!pain || fields.length === 0) return map;
  if (fields.every((field) => pain[field] === score[field] && pain.edited?.includes(field)))
    return map;
  const scored = PainPoint.safeParse({
    ...pain,
    ...score,
    edited: withEdits(pain.edited, fields),
  });
  if (!scored.success) return map;
  const painPoints = [...map.painPoints];
  painPoints[index] = scored.data;
  return { ...map, painPoints };
}

export interface OpportunityScore {
  reach?: number;
  impact?: number;
  confidence?: number;
  effort?: number;
}

const OPPORTUNITY_SCORES = ['reach', 'impact', 'confidence', 'effort'] as const;

/** Set any of an opportunity's scores; an out-of-range score leaves the map as it is. */
export function scoreOpportunity(
  map: JourneyMap,
  opportunityId: string,
  score: OpportunityScore,
): JourneyMap {
  const fields = OPPORTUNITY_SCORES.filter((field) => score[field] !== undefined);
  const index = map.opportunities.findIndex((entry) => entry.id === opportunityId);
  const opportunity = map.opportunities[index];
  if (!opportunity || fields.length === 0) return map;
  if (
    fields.every(
      (field) => opportunity[field] === score[field] && opportunity.edited?.includes(field),
    )
  )
    return map;
  const scored = Opportunity.safeParse({
    ...opportunity,
    ...score,
    edited: withEdits(opportunity.edited, fields),
  });
  if (!scored.success) return map;
  const opportunities = [...map.opportunities];
  opportunities[index] = scored.data;
  return { ...map, opportunities };
}
