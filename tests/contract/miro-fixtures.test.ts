// The Miro fixtures are what their generator writes, and each sidecar covers every sticky.
import { readdirSync, readFileSync } from 'node:fs';
import { fromRestItems, RestItemsPage } from '@throughline/miro';
import { describe, expect, it } from 'vitest';
import { buildFixtures, FIXTURE_DIR, fixtureFiles } from '../fixtures/miro/build-fixtures';
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
    '%s: the sidecar names every sticky, and only stickies, with a known stage and lane',
    (_name, fixture) => {
      const items = fixture.pages.flatMap((page) => RestItemsPage.parse(page).data);
      const stickyIds = items.filter((item) => item.type === 'sticky_note').map((item) => item.id);
      expect(Object.keys(fixture.expected.stickies).sort()).toEqual([...stickyIds].sort());
      for (const expectation of Object.values(fixture.expected.stickies)) {
        if ('stage' in expectation) {
          expect(fixture.expected.stages).toContain(expectation.stage);
          expect(fixture.expected.lanes).toContain(expectation.lane);
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
        Object.entries(fixture.expected.stickies).map(([id, expectation]) => [
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
    ]) {
      expect(layouts).toContain(layout);
    }
  });

  it('large board: seeded, so the same seed gives the same board', () => {
    const first = largeBoard({ seed: 3, stickies: 500 });
    expect(largeBoard({ seed: 3, stickies: 500 })).toEqual(first);
    expect(largeBoard({ seed: 4, stickies: 500 }).items).not.toEqual(first.items);
    expect(Object.keys(first.expected.stickies)).toHaveLength(500);
  });
});
