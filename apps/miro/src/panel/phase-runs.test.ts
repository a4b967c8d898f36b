import { JourneyMap, renamePhase } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import { moveStageToPhase, neighbourPhase, phaseRuns } from './phase-runs';

const stage = (id: string) => ({ id, key: id, name: id.toUpperCase() });

function map(phases: { id: string; stageIds: string[] }[]): JourneyMap {
  return JourneyMap.parse({
    schemaVersion: 4,
    id: 'm',
    key: 'm',
    title: 'Map',
    stages: ['a', 'b', 'c', 'd'].map(stage),
    lanes: [{ id: 'l', key: 'l', name: 'Actions', kind: 'actions' }],
    phases: phases.map((phase) => ({ ...phase, key: phase.id, name: `Phase ${phase.id}` })),
  });
}

const runs = (value: JourneyMap) =>
  phaseRuns(value).map((run) => [run.phase?.id ?? null, run.start, run.span]);

describe('phaseRuns', () => {
  it('spans each phase over its stages, stages in no phase on their own', () => {
    expect(runs(map([{ id: 'p1', stageIds: ['a', 'b'] }]))).toEqual([
      ['p1', 0, 2],
      [null, 2, 2],
    ]);
  });

  it('gives a phase split by regrouping two runs', () => {
    const split = map([
      { id: 'p1', stageIds: ['a', 'c'] },
      { id: 'p2', stageIds: ['b'] },
    ]);
    expect(runs(split)).toEqual([
      ['p1', 0, 1],
      ['p2', 1, 1],
      ['p1', 2, 1],
      [null, 3, 1],
    ]);
  });
});

describe('regrouping', () => {
  const before = () =>
    map([
      { id: 'p1', stageIds: ['a', 'b'] },
      { id: 'p2', stageIds: ['c', 'd'] },
    ]);

  it('moves a stage to the neighbouring phase, keeping every stage', () => {
    const value = before();
    expect(neighbourPhase(value, 'b', 1)?.id).toBe('p2');
    expect(neighbourPhase(value, 'b', -1)).toBeNull();
    const moved = moveStageToPhase(value, 'b', 'p2');
    expect(moved.phases.map((phase) => phase.stageIds)).toEqual([['a'], ['b', 'c', 'd']]);
    expect(moved.stages).toEqual(value.stages);
    expect(moved.phases[1]?.edited).toEqual(['stages']);
  });

  it('takes a stage out of every phase, and changes nothing for a no-op', () => {
    const value = before();
    expect(moveStageToPhase(value, 'd', null).phases[1]?.stageIds).toEqual(['c']);
    expect(moveStageToPhase(value, 'a', 'p1')).toBe(value);
    expect(moveStageToPhase(value, 'a', 'gone')).toBe(value);
  });

  it('keeps a renamed phase through a regroup', () => {
    const renamed = renamePhase(before(), 'p2', 'After');
    expect(moveStageToPhase(renamed, 'b', 'p2').phases[1]?.name).toBe('After');
  });
});
