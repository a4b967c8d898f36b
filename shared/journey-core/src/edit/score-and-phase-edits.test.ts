import { describe, expect, it } from 'vitest';
import { JourneyMap } from '../model/journey-map';
import { validateMap } from '../validate/validate-map';
import {
  renamePhase,
  scoreOpportunity,
  scorePainPoint,
  setPhaseStages,
} from './score-and-phase-edits';

function sampleMap(): JourneyMap {
  return JourneyMap.parse({
    schemaVersion: 4,
    id: 'm',
    key: 'm',
    title: 'Workshop',
    phases: [
      { id: 'ph-1', key: 'before', name: 'Before', stageIds: ['st-a'] },
      { id: 'ph-2', key: 'during', name: 'During', stageIds: ['st-b', 'st-c'] },
    ],
    stages: [
      { id: 'st-a', key: 'a', name: 'Discover' },
      { id: 'st-b', key: 'b', name: 'Sign up' },
      { id: 'st-c', key: 'c', name: 'First use' },
    ],
    lanes: [{ id: 'ln-y', key: 'y', name: 'Pain points', kind: 'pain-points' }],
    items: [
      { id: 'it-1', stageId: 'st-a', laneId: 'ln-y', text: 'Ad is vague' },
      { id: 'it-2', stageId: 'st-b', laneId: 'ln-y', text: 'Form fails' },
      { id: 'it-3', stageId: 'st-c', laneId: 'ln-y', text: 'Slow' },
    ],
    painPoints: [{ id: 'p-1', key: 'form-fails', title: 'Form fails', stageId: 'st-b' }],
    opportunities: [{ id: 'o-1', key: 'short-form', title: 'Short form', stageId: 'st-b' }],
  });
}

describe('renamePhase', () => {
  it.each([
    ['a new name', '  Joining ', 'Joining', ['name']],
    ['an empty name', '  ', 'During', undefined],
    ['the same name', 'During', 'During', undefined],
  ])('given %s', (_case, typed, name, edited) => {
    const map = sampleMap();
    const next = renamePhase(map, 'ph-2', typed);
    expect(next.phases[1]).toMatchObject({ name, key: 'during' });
    expect(next.phases[1]?.edited).toEqual(edited);
    if (edited === undefined) expect(next).toBe(map);
  });

  it('leaves the map as it is for an unknown phase', () => {
    const map = sampleMap();
    expect(renamePhase(map, 'nope', 'X')).toBe(map);
  });
});

describe('setPhaseStages', () => {
  it.each<[string, string[], string[][], boolean]>([
    ['takes a stage from its neighbour', ['st-a', 'st-b'], [['st-a', 'st-b'], ['st-c']], true],
    ['keeps stage order', ['st-b', 'st-a'], [['st-a', 'st-b'], ['st-c']], true],
    ['ignores unknown stages', ['st-a', 'gone'], [['st-a'], ['st-b', 'st-c']], false],
    ['can empty a phase', [], [[], ['st-b', 'st-c']], true],
  ])('%s', (_case, stageIds, expected, changed) => {
    const map = sampleMap();
    const next = setPhaseStages(map, 'ph-1', stageIds);
    expect(next.phases.map((phase) => phase.stageIds)).toEqual(expected);
    if (!changed) expect(next).toBe(map);
    else expect(next.phases[0]?.edited).toEqual(['stages']);
    expect(validateMap(next).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('marks the phase that lost a stage, and leaves others alone', () => {
    const next = setPhaseStages(sampleMap(), 'ph-1', ['st-a', 'st-b']);
    expect(next.phases[1]?.edited).toEqual(['stages']);
    const untouched = setPhaseStages(sampleMap(), 'ph-2', ['st-b']);
    expect(untouched.phases[0]?.edited).toBeUndefined();
    expect(setPhaseStages(sampleMap(), 'nope', ['st-a']).phases).toEqual(sampleMap().phases);
  });
});

describe('scorePainPoint', () => {
  it.each<[string, { severity?: number; reach?: number }, object | undefined]>([
    [
      'both scores',
      { severity: 4, reach: 0.3 },
      { severity: 4, reach: 0.3, edited: ['severity', 'reach'] },
    ],
    ['severity alone', { severity: 2 }, { severity: 2, edited: ['severity'] }],
    ['reach alone', { reach: 1 }, { reach: 1, edited: ['reach'] }],
    ['a severity over 5', { severity: 6 }, undefined],
    ['a fractional severity', { severity: 2.5 }, undefined],
    ['a reach over 1', { reach: 1.2 }, undefined],
    ['nothing', {}, undefined],
  ])('given %s', (_case, score, expected) => {
    const map = sampleMap();
    const next = scorePainPoint(map, 'p-1', score);
    if (expected === undefined) expect(next).toBe(map);
    else expect(next.painPoints[0]).toMatchObject(expected);
  });

  it('returns the same map when the score is already set by a person, or for an unknown one', () => {
    const once = scorePainPoint(sampleMap(), 'p-1', { severity: 3 });
    expect(scorePainPoint(once, 'p-1', { severity: 3 })).toBe(once);
    expect(scorePainPoint(once, 'nope', { severity: 3 })).toBe(once);
  });
});

describe('scoreOpportunity', () => {
  it.each<[string, Record<string, number>, object | undefined]>([
    [
      'every score',
      { reach: 0.5, impact: 3, confidence: 0.8, effort: 2 },
      { reach: 0.5, impact: 3, confidence: 0.8, effort: 2 },
    ],
    ['impact alone', { impact: 5 }, { impact: 5, edited: ['impact'] }],
    ['an effort of 0', { effort: 0 }, undefined],
    ['an impact over 5', { impact: 9 }, undefined],
  ])('given %s', (_case, score, expected) => {
    const map = sampleMap();
    const next = scoreOpportunity(map, 'o-1', score);
    if (expected === undefined) expect(next).toBe(map);
    else expect(next.opportunities[0]).toMatchObject(expected);
  });

  it('returns the same map for a repeated score or an unknown opportunity', () => {
    const once = scoreOpportunity(sampleMap(), 'o-1', { effort: 1 });
    expect(once.opportunities[0]?.edited).toEqual(['effort']);
    expect(scoreOpportunity(once, 'o-1', { effort: 1 })).toBe(once);
    expect(scoreOpportunity(once, 'nope', { effort: 1 })).toBe(once);
    expect(scoreOpportunity(once, 'o-1', {})).toBe(once);
  });
});
