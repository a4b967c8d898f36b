import { describe, expect, it } from 'vitest';
import { box, centred } from './board-builder.test-support';
import type { Box } from './board-item';
import type { Candidate } from './candidate-bands';
import { findPhaseRow, topStickiesApart } from './phase-headers';

// Five stage headers 380 wide on a 400 pitch, 100 to 200 down: centres at 490, 890 … 2090.
const stages: Box[] = Array.from({ length: 5 }, (_, index) =>
  box(300 + index * 400, 100, 380, 100),
);

/** A header over stages `first` to `last` (inclusive), in the row just above the stages. */
const over = (id: string, first: number, last: number, top = 10): Candidate => ({
  id,
  name: id,
  box: box(300 + first * 400, top, (last - first) * 400 + 380, 80),
});

const named = (id: string, at: Box): Candidate => ({ id, name: id, box: at });

describe('findPhaseRow', () => {
  it.each<[string, Candidate[], Record<string, number[]>]>([
    [
      'phases over several stages and one over a single stage',
      [over('Before', 0, 2), over('During', 3, 3), over('After', 4, 4)],
      { Before: [0, 1, 2], During: [3], After: [4] },
    ],
    [
      'phases that leave the last stage under none',
      [over('Before', 0, 1), over('During', 2, 3)],
      { Before: [0, 1], During: [2, 3] },
    ],
    [
      'the nearest row, not a title above it',
      [named('Trip', box(300, -200, 1980, 100)), over('Before', 0, 2), over('After', 3, 4)],
      { Before: [0, 1, 2], After: [3, 4] },
    ],
    [
      'hand-drawn phases a little off their stages, touching the stage row',
      [named('Before', box(290, 20, 1170, 80)), named('After', box(1495, 20, 770, 80))],
      { Before: [0, 1, 2], After: [3, 4] },
    ],
    ['a journey title over the whole grid', [over('Trip', 0, 4)], {}],
    [
      'a row of step numbers over each stage',
      stages.map((stage, index) => named(`${index + 1}`, centred(stage.left + 190, 50, 60, 60))),
      {},
    ],
    [
      'a row of one wide header per stage',
      stages.map((_, index) => over(`S${index}`, index, index)),
      {},
    ],
    [
      'headers narrower than the stages they span',
      [named('Before', box(800, 10, 300, 80)), named('After', box(1500, 10, 300, 80))],
      {},
    ],
    ['two headers over one stage', [over('Before', 0, 2), over('Overlap', 2, 4)], {}],
    [
      'a member over no stage centre',
      [over('Before', 0, 2), named('Note', box(2300, 10, 400, 80))],
      {},
    ],
    ['a row far above the stages', [over('Before', 0, 2, -900), over('After', 3, 4, -900)], {}],
    [
      'a nearer row of numbers under the phases',
      [
        over('Before', 0, 2, -100),
        over('After', 3, 4, -100),
        ...stages.map((stage, index) => named(`${index}`, centred(stage.left + 190, 50, 60, 60))),
      ],
      {},
    ],
  ])('reads %s', (_, pool, expected) => {
    const phases = findPhaseRow(stages, pool);
    expect(Object.fromEntries(phases.map((phase) => [phase.name, phase.stages]))).toEqual(expected);
  });

  it('needs two stages to group', () => {
    expect(findPhaseRow(stages.slice(0, 1), [over('A', 0, 0), over('B', 1, 1)])).toEqual([]);
  });

  it('gives the same phases whatever the order of the pool', () => {
    const pool = [over('After', 3, 4), over('Before', 0, 2)];
    expect(findPhaseRow(stages, pool)).toEqual(findPhaseRow(stages, [...pool].reverse()));
    expect(findPhaseRow(stages, pool).map((phase) => phase.itemId)).toEqual(['Before', 'After']);
  });
});

describe('topStickiesApart', () => {
  const at = (id: string, top: number) => ({ id, box: box(0, top, 100, 100) });

  it.each<[string, { id: string; box: Box }[], number | undefined, boolean]>([
    ['a row with a gap below it', [at('a', 0), at('b', 10), at('c', 300)], undefined, true],
    ['a row ending above the limit', [at('a', 0), at('b', 10), at('c', 300)], 150, true],
    ['a row ending below the limit', [at('a', 0), at('b', 10), at('c', 300)], 50, false],
    ['a lone top sticky', [at('a', 0), at('c', 300)], undefined, false],
    ['stickies that are all one band', [at('a', 0), at('b', 10)], undefined, false],
    [
      'content overlapping on down the board',
      Array.from({ length: 20 }, (_, index) => at(`s${index}`, index * 60)),
      undefined,
      false,
    ],
    ['no stickies', [], undefined, false],
  ])('%s', (_, stickies, above, expected) => {
    const boxes = stickies.map((sticky) => sticky.box);
    const columns = {
      count: boxes.length,
      lefts: Float64Array.from(boxes, (b) => b.left),
      tops: Float64Array.from(boxes, (b) => b.top),
      widths: Float64Array.from(boxes, (b) => b.width),
      heights: Float64Array.from(boxes, (b) => b.height),
    };
    expect(topStickiesApart(columns, above)).toBe(expected);
  });
});
