// Phases over the stage columns: runs of neighbouring stages in one phase, and the regroup moves.
import type { JourneyMap, Phase } from '@throughline/journey-core';
import { setPhaseStages } from '@throughline/journey-core';

/** A header cell over `span` stage columns: a phase, or stages in no phase (`phase` null). */
export interface PhaseRun {
  phase: Phase | null;
  /** Index of the run's first stage. */
  start: number;
  span: number;
}

/** The phase of each stage, by stage id. */
export function phaseOfStage(map: JourneyMap): Map<string, Phase> {
  const phases = new Map<string, Phase>();
  for (const phase of map.phases) {
    for (const stageId of phase.stageIds) if (!phases.has(stageId)) phases.set(stageId, phase);
  }
  return phases;
}

/** Stage columns grouped into runs, left to right; a phase split by regrouping gets two runs. */
export function phaseRuns(map: JourneyMap): PhaseRun[] {
  const phases = phaseOfStage(map);
  const runs: PhaseRun[] = [];
  map.stages.forEach((stage, index) => {
    const phase = phases.get(stage.id) ?? null;
    const last = runs.at(-1);
    if (last && last.phase?.id === phase?.id) last.span += 1;
    else runs.push({ phase, start: index, span: 1 });
  });
  return runs;
}

/** Puts a stage in a phase (null: in none), taking it out of the phase it was in. */
export function moveStageToPhase(
  map: JourneyMap,
  stageId: string,
  phaseId: string | null,
): JourneyMap {
  const current = phaseOfStage(map).get(stageId);
  if ((current?.id ?? null) === phaseId) return map;
  if (phaseId === null) {
    if (!current) return map;
    return setPhaseStages(
      map,
      current.id,
      current.stageIds.filter((id) => id !== stageId),
    );
  }
  const target = map.phases.find((phase) => phase.id === phaseId);
  if (!target) return map;
  return setPhaseStages(map, target.id, [...target.stageIds, stageId]);
}

/** The phase of the stage's neighbour on that side, when it is another phase than the stage's. */
export function neighbourPhase(map: JourneyMap, stageId: string, side: -1 | 1): Phase | null {
  const index = map.stages.findIndex((stage) => stage.id === stageId);
  const neighbour = map.stages[index + side];
  if (index < 0 || !neighbour) return null;
  const phases = phaseOfStage(map);
  const next = phases.get(neighbour.id) ?? null;
  return next !== null && next.id !== phases.get(stageId)?.id ? next : null;
}
