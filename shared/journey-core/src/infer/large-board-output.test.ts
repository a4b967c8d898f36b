// The whole output of inference on large seeded boards, pinned by a hash of its JSON: the map is
// stored and diffed by users, so a faster inference must give it byte for byte, key order included.
import { describe, expect, it } from 'vitest';
import { box, shape, squareSticky, sticky, textItem } from './board-builder.test-support';
import type { BoardItem, ColourLegend } from './board-item';
import { inferMapFromBoard } from './infer-map-from-board';

/** A seeded generator (an LCG), so each board is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** FNV-1a over the UTF-16 code units, as hex: enough to tell two outputs apart. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const CELL = 2_000;
const LANES = [
  'Actions',
  'Touchpoints',
  'Thoughts',
  'Emotions',
  'Pain points',
  'Opportunities',
  'Backstage',
  'Notes',
];
const COLOURS = ['light_yellow', 'light_pink', 'light_green', 'light_blue', 'yellow'];
const LEGEND: ColourLegend = [
  { color: 'light_yellow', kind: 'actions' },
  { color: 'light_pink', kind: 'pain-points' },
  { color: 'light_green', kind: 'opportunities' },
  { color: 'light_blue', kind: 'emotions', label: 'Feelings' },
];

interface BoardShape {
  count: number;
  seed: number;
  /** Sticky ids that do not stand as map ids: spaces, clashes once made safe (`a b`, `a_b`), length. */
  oddIds: boolean;
  labels: boolean;
}

/**
 * A 10 × 8 grid headed by shapes (lane labels as texts, or none), with stickies of every kind:
 * wholly inside a cell, straddling a border or a corner, outside the grid, empty, on two lines,
 * with accents, square, and listed out of id order.
 */
function board({ count, seed, oddIds, labels }: BoardShape): BoardItem[] {
  const random = seeded(seed);
  const items: BoardItem[] = [];
  for (let stage = 0; stage < 10; stage++) {
    items.push(
      shape(`h${stage}`, `Stage ${stage + 1}`, box(500 + stage * CELL, 0, CELL - 100, 150)),
    );
  }
  if (labels) {
    LANES.forEach((name, lane) => {
      items.push(textItem(`l${lane}`, name, box(0, 1270 + lane * CELL, 400, 60)));
    });
  }
  for (let index = 0; index < count; index++) {
    const roll = random();
    const stage = Math.floor(random() * 10);
    const lane = Math.floor(random() * 8);
    let x = 1450 + stage * CELL + (random() - 0.5) * (CELL - 600);
    let y = 1300 + lane * CELL + (random() - 0.5) * (CELL - 600);
    // Some on a border or a corner, some far outside.
    if (roll < 0.03) x = 450 + stage * CELL;
    else if (roll < 0.05) y = 300 + lane * CELL + (random() - 0.5) * 200;
    else if (roll < 0.06) [x, y] = [450 + stage * CELL, 300 + lane * CELL];
    else if (roll < 0.07) x = -5_000 - random() * 1_000;
    const plain = `s${String(index).padStart(6, '0')}`;
    const kind = index % 9;
    const id = !oddIds
      ? plain
      : kind === 0
        ? `${plain} x`
        : kind === 1
          ? `s${String(index - 1).padStart(6, '0')}_x`
          : kind === 2
            ? `${plain}${'y'.repeat(130)}`
            : plain;
    const text =
      index % 17 === 0
        ? ''
        : index % 5 === 0
          ? `  Note ${index}\n  and a second line `
          : index % 23 === 0
            ? `Café ${index} — résumé`
            : `Note ${index}`;
    const color = COLOURS[Math.floor(random() * COLOURS.length)];
    const extras = color === undefined ? {} : { color };
    items.push(
      index % 3 === 0
        ? squareSticky(id, text, x, y, 199, extras)
        : sticky(id, text, x, y, { width: 150, ...extras }),
    );
  }
  // Listed newest first for part of the board: inference must not depend on the order.
  return [...items.slice(0, count / 2).reverse(), ...items.slice(count / 2)];
}

describe('inference on large seeded boards, byte for byte', { timeout: 60_000 }, () => {
  const cases: [string, BoardShape, ColourLegend | undefined, string][] = [
    [
      'lanes by labels',
      { count: 10_000, seed: 20261123, oddIds: false, labels: true },
      undefined,
      'f6d14b5c',
    ],
    [
      'odd sticky ids',
      { count: 10_000, seed: 7, oddIds: true, labels: true },
      undefined,
      '4495b3ef',
    ],
    [
      'lanes by legend',
      { count: 10_000, seed: 11, oddIds: false, labels: false },
      LEGEND,
      '89afbae2',
    ],
    [
      'legend, odd ids',
      { count: 4_000, seed: 13, oddIds: true, labels: false },
      LEGEND,
      'd2016573',
    ],
  ];
  it.each(cases)('gives the same map and summary: %s', (_, shapeOf, legend, expected) => {
    const options = legend === undefined ? { boardId: 'b' } : { boardId: 'b', legend };
    const inference = inferMapFromBoard(board(shapeOf), options);
    const { map, summary } = inference;
    // Every path of placement is taken: placed, unsure (in label rows), unplaced, emotions,
    // raised entries.
    expect([summary.placed, summary.unplaced]).not.toContain(0);
    if (shapeOf.labels) expect(summary.unsure).toBeGreaterThan(0);
    // Odd ids clash once made safe, and the allocator numbers them.
    expect(map.items.some((item) => /-\d+$/.test(item.id))).toBe(shapeOf.oddIds);
    expect(map.items.some((item) => item.emotion !== undefined)).toBe(true);
    expect([map.painPoints.length, map.opportunities.length]).not.toContain(0);
    expect(hashOf(JSON.stringify(inference))).toBe(expected);
  });
});
