// Boards the panel tests open: a workshop grid, the same grid with hostile sticky text, a board
// with no stickies, and a wide workshop (seven stages, six lanes) that needs the larger view. Written in board coordinates (top-left corners), as a person lays them out.
import type { BoardSeed } from '@throughline/platform-fakes';
import { escapeHtml } from '../../fixtures/miro/board-builder';

export const WORKSHOP_FRAME_ID = 'frame-workshop';

export const STAGES = ['Discover', 'Sign up', 'First use'] as const;
export const LANES = ['Actions', 'Thoughts', 'Pain points'] as const;

const COLUMN = { left: 260, width: 300, gap: 20 };
const ROW = { top: 160, height: 260, gap: 20 };
const STICKY = { width: 199, height: 228 };
const LANE_COLOURS = [
  'light_yellow',
  'light_blue',
  'pink',
  'light_green',
  'orange',
  'cyan',
] as const;

function column(stage: number) {
  return COLUMN.left + stage * (COLUMN.width + COLUMN.gap);
}

function row(lane: number) {
  return ROW.top + lane * (ROW.height + ROW.gap);
}

/** A sticky well inside the cell of `stage` × `lane`. */
function sticky(id: string, stage: number, lane: number, text: string, nudge = 0): BoardSeed {
  return {
    id,
    kind: 'sticky',
    parentId: WORKSHOP_FRAME_ID,
    content: `<p>${text}</p>`,
    color: LANE_COLOURS[lane] ?? 'light_yellow',
    box: {
      left: column(stage) + (COLUMN.width - STICKY.width) / 2 + nudge,
      top: row(lane) + (ROW.height - STICKY.height) / 2,
      ...STICKY,
    },
  };
}

function grid(
  stages: readonly string[] = STAGES,
  lanes: readonly string[] = LANES,
  title = 'Broadband onboarding',
): BoardSeed[] {
  const width = column(stages.length) + 40;
  const height = row(lanes.length) + 400;
  return [
    {
      id: WORKSHOP_FRAME_ID,
      kind: 'frame',
      content: title,
      box: { left: 0, top: 0, width, height },
    },
    ...stages.map(
      (name, index): BoardSeed => ({
        id: `stage-${index + 1}`,
        kind: 'shape',
        parentId: WORKSHOP_FRAME_ID,
        content: `<p><strong>${name}</strong></p>`,
        box: { left: column(index), top: 40, width: COLUMN.width, height: 100 },
      }),
    ),
    ...lanes.map(
      (name, index): BoardSeed => ({
        id: `lane-${index + 1}`,
        kind: 'text',
        parentId: WORKSHOP_FRAME_ID,
        content: `<p>${name}</p>`,
        box: { left: 40, top: row(index), width: 200, height: ROW.height },
      }),
    ),
  ];
}

/** Cards the workshop board holds, by cell, as the panel should show them. */
export const WORKSHOP_CARDS = [
  { id: 's-ad', stage: 0, lane: 0, text: 'Sees an ad for fibre' },
  { id: 's-faster', stage: 0, lane: 1, text: 'Is it faster than mine?' },
  { id: 's-prices', stage: 0, lane: 2, text: 'Prices are confusing' },
  { id: 's-form', stage: 1, lane: 0, text: 'Fills in the address form' },
  { id: 's-lookup', stage: 1, lane: 2, text: 'Address lookup fails' },
  { id: 's-router', stage: 2, lane: 0, text: 'Plugs in the router' },
  { id: 's-password', stage: 2, lane: 1, text: 'Where is the Wi-Fi password?' },
] as const;

/** Straddles the Sign up / First use border in the Thoughts lane: placed, but unsure. */
export const UNSURE_CARD = { id: 's-engineer', text: 'When will the engineer come?' } as const;
/** Centred on the border between Discover and Sign up: found no cell. */
export const UNPLACED_CARD = { id: 's-border', text: 'Compares three providers' } as const;

export function workshopBoard(): BoardSeed[] {
  return [
    ...grid(),
    ...WORKSHOP_CARDS.map((card) => sticky(card.id, card.stage, card.lane, card.text)),
    sticky(UNSURE_CARD.id, 1, 1, UNSURE_CARD.text, 130),
    onBorder(UNPLACED_CARD.id, UNPLACED_CARD.text),
  ];
}

/** A sticky centred on the border between the first two stages, in the Thoughts lane. */
function onBorder(id: string, text: string): BoardSeed {
  const border = (column(0) + COLUMN.width + column(1)) / 2;
  return {
    id,
    kind: 'sticky',
    parentId: WORKSHOP_FRAME_ID,
    content: `<p>${text}</p>`,
    color: 'gray',
    box: { left: border - STICKY.width / 2, top: row(1) + 16, ...STICKY },
  };
}

/** Text a person typed on a sticky: Miro stores it escaped, so it reaches us as these words. */
export const HOSTILE_TEXTS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
] as const;

/** The workshop grid with hostile stickies: typed markup, and raw markup in the sticky HTML itself. */
export function hostileBoard(): BoardSeed[] {
  return [
    ...grid(),
    sticky('h-typed-img', 0, 0, escapeHtml(HOSTILE_TEXTS[0])),
    sticky('h-typed-script', 1, 0, escapeHtml(HOSTILE_TEXTS[1])),
    sticky('h-raw-img', 2, 0, 'Raw <img src=x onerror="window.__pwned=2"> markup'),
    sticky('h-raw-script', 0, 1, 'Raw <script>window.__pwned=3</script> script'),
    onBorder('h-border', escapeHtml('<b onmouseover="window.__pwned=4">unplaced</b>')),
  ];
}

/** A board with a frame and a shape but not one sticky. */
export function emptyBoard(): BoardSeed[] {
  return grid();
}

export const WIDE_STAGES = [
  'Aware',
  'Compare',
  'Sign up',
  'Install',
  'First use',
  'Support',
  'Renew',
] as const;
export const WIDE_LANES = [
  'Actions',
  'Touchpoints',
  'Thoughts',
  'Emotions',
  'Pain points',
  'Opportunities',
] as const;

/** Pain points (lane 4) and opportunities (lane 5) of the wide workshop, raised unscored. */
export const WIDE_PAIN_POINTS = ['Plans are hard to compare', 'Router will not pair'] as const;
export const WIDE_OPPORTUNITIES = ['Side-by-side plan table'] as const;

/** Seven stages and six lanes: more than the panel has room for. */
export function wideBoard(): BoardSeed[] {
  return [
    ...grid(WIDE_STAGES, WIDE_LANES, 'Broadband, end to end'),
    sticky('w-ad', 0, 0, 'Sees an ad'),
    sticky('w-site', 1, 1, 'Comparison site'),
    sticky('w-doubt', 2, 2, 'Is this the right plan?'),
    sticky('w-happy', 4, 3, 'Relieved it works'),
    sticky('w-compare', 1, 4, WIDE_PAIN_POINTS[0]),
    sticky('w-pair', 3, 4, WIDE_PAIN_POINTS[1]),
    sticky('w-table', 1, 5, WIDE_OPPORTUNITIES[0]),
    sticky('w-renew', 6, 0, 'Gets a renewal offer'),
  ];
}

export const BOARDS = {
  workshop: workshopBoard,
  hostile: hostileBoard,
  empty: emptyBoard,
  wide: wideBoard,
} as const;

export type BoardName = keyof typeof BOARDS;
