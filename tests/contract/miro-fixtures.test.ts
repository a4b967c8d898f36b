// The Miro fixtures are what their generator writes, and each sidecar covers every sticky.
import { readdirSync, readFileSync } from 'node:fs';
import { fromRestItems, RestItemsPage } from '@throughline/miro';
import { describe, expect, it } from 'vitest';
import {
  buildFixtures,
  everySticky,
  FIXTURE_DIR,
  fixtureFiles,
  mapsOf,
} from '../fixtures/miro/build-fixtures';
import { largeBoard } from '../fixtures/miro/large-board';

const files = fixtureFiles();
const fixtures = buildFixtures();

describe('Miro fixtures', () => {
  it('are exactly what build-fixtures.ts writes (run it after changing a design)', () => {
    const committed = readdirSync(FIXTURE_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(committed).toEqual([...files.keys()].sort());
    for (const [name, text] of files) {
      expect(readFileSync(`${FIXTURE_DIR}/${name}`, 'utf8'), name).toBe(text);
    }
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture]))(
    '%s: the sidecar names every sticky once, and only stickies, with known stages, lanes and phases',
    (_name, fixture) => {
      const items = fixture.pages.flatMap((page) => RestItemsPage.parse(page).data);
      const stickyIds = items.filter((item) => item.type === 'sticky_note').map((item) => item.id);
      const maps = mapsOf(fixture.expected);
      const named = maps.flatMap((map) => Object.keys(map.stickies));
      expect([...named].sort()).toEqual([...stickyIds].sort());
      for (const map of maps) {
        // Phases hold known stages, each stage in one phase at most, in stage order.
        const phases = map.phases ?? {};
        const inPhases = Object.values(phases).flat();
        expect(inPhases).toEqual(map.stages.filter((stage) => inPhases.includes(stage)));
        for (const expectation of Object.values(map.stickies)) {
          if ('stage' in expectation) {
            expect(map.stages).toContain(expectation.stage);
            expect(map.lanes).toContain(expectation.lane);
            if (expectation.phase !== undefined) {
              expect(phases[expectation.phase]).toContain(expectation.stage);
            }
          } else if ('header' in expectation) {
            const names = { stage: map.stages, lane: map.lanes, phase: Object.keys(phases) };
            expect(names[expectation.header]).toContain(expectation.name);
          }
        }
      }
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    },
  );

  it.each(fixtures.map((fixture) => [fixture.name, fixture]))(
    '%s: every sticky reads as the text its design says',
    (_name, fixture) => {
      const read = fromRestItems(fixture.pages.flatMap((page) => RestItemsPage.parse(page).data));
      expect(read.warnings).toEqual([]);
      const texts = Object.fromEntries(
        read.items.filter((item) => item.kind === 'sticky').map((item) => [item.id, item.text]),
      );
      const designed = Object.fromEntries(
        Object.entries(everySticky(fixture.expected)).map(([id, expectation]) => [
          id,
          expectation.text,
        ]),
      );
      expect(texts).toEqual(designed);
    },
  );

  it('cover every layout the brief lists', () => {
    const layouts = fixtures.flatMap((fixture) => fixture.expected.layouts).join(' | ');
    for (const layout of [
      'stage headers as shapes',
      'stage headers as text',
      'one frame per stage',
      'one frame around the grid',
      'nested frames',
      'no frames',
      'uneven stage widths',
      'several stickies per cell',
      'empty cells',
      'stickies over a frame but not its children',
      'square and rectangle stickies',
      'HTML entities',
      'line breaks',
      'parking lot',
      'script and event-handler HTML',
      'colour legend, no lane labels',
      'stage headers as stickies',
      'lane labels as stickies',
      'phases as wider shapes',
      'lane labels as text turned 270°',
      'lane labels as text turned 90°',
      'two journeys in two frames',
      'stickies straddling a stage or lane border',
      'a sticky exactly on a border',
      'a sticky on a four-cell corner',
      'numbered stage headers',
      'emoji in lane labels',
      'images and cards on the board',
    ]) {
      expect(layouts).toContain(layout);
    }
  });

  it('large board: seeded, so the same seed gives the same board', () => {
    const first = largeBoard({ seed: 3, stickies: 500 });
    expect(largeBoard({ seed: 3, stickies: 500 })).toEqual(first);
    expect(largeBoard({ seed: 4, stickies: 500 }).items).not.toEqual(first.items);
    expect(Object.keys(everySticky(first.expected))).toHaveLength(500);
  });
});
