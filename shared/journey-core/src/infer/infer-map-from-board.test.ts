import { describe, expect, it } from 'vitest';
import { JourneyMap } from '../model/journey-map';
import { validateMap } from '../validate/validate-map';
import {
  box,
  frame,
  type InferenceView,
  shape,
  squareSticky,
  sticky,
  textItem,
  viewOf,
} from './board-builder.test-support';
import {
  type BoardItem,
  type ColourLegend,
  type InferOptions,
  isUnsurePlacement,
} from './board-item';
import { inferMapFromBoard } from './infer-map-from-board';
import { SAMPLE_BOARD_ID, sampleBoardItems } from './sample-board.test-support';

interface Layout {
  name: string;
  items: BoardItem[];
  legend?: ColourLegend;
  expected: InferenceView;
}

// Columns 300–900, 900–1800, 1800–2300 (uneven); rows 120–520, 520–920, 920–1320: the first
// layout's grid, which the layouts with grouping frames draw their frames on.
const headerRow = [
  shape('h-discover', 'Discover', box(310, 0, 580, 100)),
  shape('h-sign-up', 'Sign up', box(910, 0, 880, 100)),
  shape('h-use', 'Use & renew', box(1810, 0, 480, 100)),
];
const labelColumn = [
  textItem('l-actions', 'Actions', box(20, 300, 200, 40)),
  textItem('l-pain', 'Pain points', box(20, 700, 200, 40)),
  textItem('l-ideas', 'Opportunities', box(20, 1100, 200, 40)),
];
const gridStages = ['Discover', 'Sign up', 'Use & renew'];
const gridLanes = [
  'Actions (actions)',
  'Pain points (pain-points)',
  'Opportunities (opportunities)',
];
/** A sticky in every stage; the first two in Actions and Pain points, the last in Opportunities. */
const spreadStickies = [
  sticky('s1', 'Searches', 500, 250),
  sticky('s2', 'Asks a friend', 700, 400),
  sticky('s3', "Can't find the price", 1300, 700),
  sticky('s4', 'Form too long', 1600, 800),
  sticky('s5', 'Reminder emails', 2000, 1100),
  sticky('s6', 'Creates account', 1300, 300),
];
const spreadCells = {
  s1: 'Discover × Actions',
  s2: 'Discover × Actions',
  s3: 'Sign up × Pain points',
  s4: 'Sign up × Pain points',
  s5: 'Use & renew × Opportunities',
  s6: 'Sign up × Actions',
};

const layouts: Layout[] = [
  {
    // Columns 300–900, 900–1800, 1800–2300 (uneven); rows 120–520, 520–920, 920–1320.
    name: 'shape headers and text labels, no frames, with a parking lot',
    items: [
      shape('h-discover', 'Discover', box(310, 0, 580, 100)),
      shape('h-sign-up', ' Sign \n up ', box(910, 0, 880, 100)),
      shape('h-use', 'Use & renew', box(1810, 0, 480, 100)),
      textItem('l-actions', 'Actions', box(20, 300, 200, 40)),
      textItem('l-pain', 'Pain points', box(20, 700, 200, 40)),
      textItem('l-ideas', 'Opportunities', box(20, 1100, 200, 40)),
      sticky('s1', 'Searches', 500, 250),
      sticky('s2', 'Asks a friend', 700, 400),
      sticky('s3', "Can't find the price", 1300, 700),
      sticky('s4', 'Form too long', 1600, 800),
      sticky('s5', 'Reminder emails', 2000, 1100),
      // Reported box 150 × 172 straddles the 520 border; the visible square (365–515) does not.
      squareSticky('s6', 'Creates account', 1000, 440, 150),
      // Straddles the 900 border: more of it in Sign up.
      sticky('s7', 'Compare plans', 905, 1100),
      // Centre on the 520 lane border, equal halves above and below.
      sticky('s8', 'Which lane?', 600, 520),
      sticky('s9', 'Parking: ask legal', 5000, 5000),
      sticky('s10', 'Far below the grid', 600, 3000),
    ],
    expected: {
      title: 'Untitled journey',
      stages: ['Discover', 'Sign up', 'Use & renew'],
      lanes: ['Actions (actions)', 'Pain points (pain-points)', 'Opportunities (opportunities)'],
      cells: {
        s1: 'Discover × Actions',
        s2: 'Discover × Actions',
        s3: 'Sign up × Pain points',
        s4: 'Sign up × Pain points',
        s5: 'Use & renew × Opportunities',
        s6: 'Sign up × Actions',
        s7: 'Sign up × Opportunities',
      },
      unplaced: { s8: 'ambiguous-cell', s9: 'outside-grid', s10: 'outside-grid' },
    },
  },
  {
    // Columns 300–900, 900–1500, 1500–2700; rows 120–420, 420–1020, 1020–1220 (label shapes).
    name: 'text headers under a title, a corner label, shape labels of uneven heights',
    items: [
      textItem('title', 'Onboarding journey map', box(0, -300, 1500, 80)),
      textItem('corner', 'Stage →', box(20, 20, 200, 60)),
      textItem('h-discover', 'Discover', box(400, 30, 400, 50)),
      textItem('h-buy', 'Buy', box(1000, 30, 400, 50)),
      textItem('h-use', 'Use', box(1600, 30, 1000, 50)),
      shape('l-doing', 'What are they doing?', box(20, 125, 260, 290)),
      shape('l-feel', 'Feelings', box(20, 425, 260, 590)),
      shape('l-back', 'Backstage systems', box(20, 1025, 260, 190)),
      sticky('a1', 'Signs up', 600, 270),
      sticky('e1', 'Excited', 600, 520),
      sticky('e2', 'Confused by the bill', 1200, 920),
      sticky('e3', 'Fine', 2000, 720),
      sticky('b1', 'CRM sync', 2000, 1120),
    ],
    expected: {
      title: 'Untitled journey',
      stages: ['Discover', 'Buy', 'Use'],
      lanes: [
        'What are they doing? (actions)',
        'Feelings (emotions)',
        'Backstage systems (backstage)',
      ],
      cells: {
        a1: 'Discover × What are they doing?',
        e1: 'Discover × Feelings',
        e2: 'Buy × Feelings',
        e3: 'Use × Feelings',
        b1: 'Use × Backstage systems',
      },
      unplaced: {},
    },
  },
  {
    name: 'one frame around the grid (the sample board)',
    items: sampleBoardItems,
    expected: {
      title: 'Journey – Onboarding',
      stages: ['Discover', 'Sign up', 'Use & renew'],
      lanes: ['Actions (actions)', 'Pain points (pain-points)', 'Opportunities (opportunities)'],
      cells: {
        '3458764600000000100': 'Discover × Actions',
        '3458764600000000101': 'Discover × Actions',
        '3458764600000000102': 'Sign up × Pain points',
        '3458764600000000103': 'Use & renew × Pain points',
        '3458764600000000104': 'Sign up × Opportunities',
        '3458764600000000105': 'Use & renew × Opportunities',
      },
      unplaced: { '3458764600000000106': 'outside-grid' },
    },
  },
  {
    // Frames 300–900, 950–1450 (a 50 gap), 1450–2150; lane borders at 350 and 650.
    name: 'one frame per stage, side by side, text labels left of them',
    items: [
      frame('f-discover', 'Discover', box(300, 0, 600, 1000)),
      frame('f-sign-up', 'Sign up', box(950, 0, 500, 1000)),
      frame('f-third', '  ', box(1450, 0, 700, 1000)),
      textItem('l-doing', 'Doing', box(50, 180, 200, 40)),
      textItem('l-thinking', 'Thinking', box(50, 480, 200, 40)),
      textItem('l-pain', 'Pain points', box(50, 780, 200, 40)),
      sticky('d1', 'Browses', 600, 200, { parentId: 'f-discover' }),
      // On the Sign up frame without being its child: the box decides.
      sticky('d2', 'Is this safe?', 1200, 500),
      // A child of Discover by parent, but its box lies on Sign up.
      sticky('d3', 'Moved later', 1200, 220, { parentId: 'f-discover' }),
      sticky('d4', 'In the gap between frames', 925, 500, { width: 30 }),
      sticky('d5', 'Slow delivery', 1800, 850, { parentId: 'f-third' }),
      sticky('d6', 'Parking lot', 3000, 500),
    ],
    expected: {
      title: 'Untitled journey',
      stages: ['Discover', 'Sign up', 'Stage 3'],
      lanes: ['Doing (actions)', 'Thinking (thoughts)', 'Pain points (pain-points)'],
      cells: {
        d1: 'Discover × Doing',
        d2: 'Sign up × Thinking',
        d3: 'Sign up × Doing',
        d5: 'Stage 3 × Pain points',
      },
      unplaced: { d4: 'outside-grid', d6: 'outside-grid' },
    },
  },
  {
    // Stage frames 400–1000, 1000–1600, 1600–2300 inside a grid frame; lane borders 525 and 925.
    name: 'nested frames: a grid frame holding stage frames and shape labels',
    items: [
      frame('outer', 'Checkout journey', box(0, 0, 2400, 1400)),
      frame('f-browse', 'Browse', box(400, 100, 600, 1200), 'outer'),
      frame('f-pay', 'Pay', box(1000, 100, 600, 1200), 'outer'),
      frame('f-receive', 'Receive', box(1600, 100, 700, 1200), 'outer'),
      shape('l-touch', 'Touchpoints', box(50, 150, 300, 350), 'outer'),
      shape('l-mood', 'Emotions', box(50, 550, 300, 350), 'outer'),
      shape('l-ideas', 'Ideas', box(50, 950, 300, 300), 'outer'),
      sticky('n1', 'Web shop', 700, 300, { parentId: 'f-browse' }),
      sticky('n2', 'Relieved', 1300, 625, { parentId: 'f-pay' }),
      sticky('n3', 'Track parcel in app', 1900, 1100, { parentId: 'f-receive' }),
      sticky('n4', 'Beside the stage frames', 2350, 700, { width: 40, parentId: 'outer' }),
    ],
    expected: {
      title: 'Checkout journey',
      stages: ['Browse', 'Pay', 'Receive'],
      lanes: ['Touchpoints (touchpoints)', 'Emotions (emotions)', 'Ideas (opportunities)'],
      cells: {
        n1: 'Browse × Touchpoints',
        n2: 'Pay × Emotions',
        n3: 'Receive × Ideas',
      },
      unplaced: { n4: 'outside-grid' },
    },
  },
  {
    // Stage frames 300–1100 and 1150–1850, no grid frame; lane border at 500. In Notice, a frame
    // groups two stickies and holds a smaller frame around one of them.
    name: 'a frame grouping stickies, and one inside it, in one of only two stage frames',
    items: [
      frame('f-notice', 'Notice', box(300, 0, 800, 1000)),
      frame('f-renew', 'Renew', box(1150, 0, 700, 1000)),
      frame('g-emails', 'Emails', box(350, 60, 700, 400), 'f-notice'),
      frame('g-first', 'First email', box(380, 100, 300, 300), 'g-emails'),
      textItem('l-doing', 'Doing', box(50, 230, 200, 40)),
      textItem('l-thinking', 'Thinking', box(50, 730, 200, 40)),
      sticky('e1', 'Opens the email', 530, 250, { parentId: 'g-first' }),
      sticky('e2', 'Clicks renew', 860, 250, { parentId: 'g-emails' }),
      sticky('e3', 'Already a year?', 700, 750, { parentId: 'f-notice' }),
      sticky('r1', 'Pays by card', 1500, 250, { parentId: 'f-renew' }),
    ],
    expected: {
      title: 'Untitled journey',
      stages: ['Notice', 'Renew'],
      lanes: ['Doing (actions)', 'Thinking (thoughts)'],
      cells: {
        e1: 'Notice × Doing',
        e2: 'Notice × Doing',
        e3: 'Notice × Thinking',
        r1: 'Renew × Doing',
      },
      unplaced: {},
    },
  },
  {
    // The nested layout above, with two side-by-side frames grouping stickies in Browse.
    name: 'a grid frame whose stage frame holds two side-by-side grouping frames',
    items: [
      frame('outer', 'Checkout journey', box(0, 0, 2400, 1400)),
      frame('f-browse', 'Browse', box(400, 100, 600, 1200), 'outer'),
      frame('f-pay', 'Pay', box(1000, 100, 600, 1200), 'outer'),
      frame('f-receive', 'Receive', box(1600, 100, 700, 1200), 'outer'),
      frame('g-web', 'Web', box(420, 150, 270, 350), 'f-browse'),
      frame('g-app', 'App', box(710, 150, 270, 350), 'f-browse'),
      shape('l-touch', 'Touchpoints', box(50, 150, 300, 350), 'outer'),
      shape('l-mood', 'Emotions', box(50, 550, 300, 350), 'outer'),
      shape('l-ideas', 'Ideas', box(50, 950, 300, 300), 'outer'),
      sticky('n1', 'Web shop', 555, 300, { parentId: 'g-web' }),
      sticky('n2', 'Shop app', 845, 300, { parentId: 'g-app' }),
      sticky('n3', 'Relieved', 1300, 625, { parentId: 'f-pay' }),
      sticky('n4', 'Track parcel in app', 1900, 1100, { parentId: 'f-receive' }),
    ],
    expected: {
      title: 'Checkout journey',
      stages: ['Browse', 'Pay', 'Receive'],
      lanes: ['Touchpoints (touchpoints)', 'Emotions (emotions)', 'Ideas (opportunities)'],
      cells: {
        n1: 'Browse × Touchpoints',
        n2: 'Browse × Touchpoints',
        n3: 'Pay × Emotions',
        n4: 'Receive × Ideas',
      },
      unplaced: {},
    },
  },
  {
    // A grouping frame over the middle of the only stage frame neither names the stage nor the map.
    name: 'a lone stage frame whose grouping frame holds its centre',
    items: [
      frame('f-onboard', 'Onboard', box(300, 0, 800, 1000)),
      frame('g-setup', 'Set-up', box(400, 300, 600, 400), 'f-onboard'),
      textItem('l-doing', 'Doing', box(50, 230, 200, 40)),
      textItem('l-pains', 'Pains', box(50, 730, 200, 40)),
      sticky('o1', 'Creates a project', 700, 400, { parentId: 'g-setup' }),
      sticky('o2', 'Too many fields', 700, 850, { parentId: 'f-onboard' }),
    ],
    expected: {
      title: 'Untitled journey',
      stages: ['Onboard'],
      lanes: ['Doing (actions)', 'Pains (pain-points)'],
      cells: { o1: 'Onboard × Doing', o2: 'Onboard × Pains' },
      unplaced: {},
    },
  },
  {
    // Frames drawn loosely around two clusters cross the lane border: they share a row band.
    name: 'grouping frames in cells of a header grid, one in Actions, one in Pain points',
    items: [
      ...headerRow,
      ...labelColumn,
      frame('g-search', 'Search', box(340, 140, 520, 400)),
      frame('g-form', 'Form', box(1150, 500, 600, 400)),
      ...spreadStickies,
    ],
    expected: {
      title: 'Untitled journey',
      stages: gridStages,
      lanes: gridLanes,
      cells: spreadCells,
      unplaced: {},
    },
  },
  {
    name: 'the same grouping frames in a frame around the grid',
    items: [
      frame('grid', 'Onboarding', box(0, -100, 2400, 1500)),
      ...headerRow,
      ...labelColumn,
      frame('g-search', 'Search', box(340, 140, 520, 400), 'grid'),
      frame('g-form', 'Form', box(1150, 500, 600, 400), 'grid'),
      ...spreadStickies,
    ],
    expected: {
      title: 'Onboarding',
      stages: gridStages,
      lanes: gridLanes,
      cells: spreadCells,
      unplaced: {},
    },
  },
  {
    name: 'grouping frames in one lane across two stages of a header grid',
    items: [
      ...headerRow,
      ...labelColumn,
      frame('g-search', 'Search', box(340, 140, 520, 360)),
      frame('g-account', 'Account', box(950, 140, 800, 360)),
      ...spreadStickies,
    ],
    expected: {
      title: 'Untitled journey',
      stages: gridStages,
      lanes: gridLanes,
      cells: spreadCells,
      unplaced: {},
    },
  },
  {
    name: 'a grouping frame spanning two cells across, beside another',
    items: [
      ...headerRow,
      ...labelColumn,
      frame('g-first', 'First visit', box(340, 140, 1400, 360)),
      frame('g-later', 'Later', box(1830, 140, 440, 360)),
      ...spreadStickies,
    ],
    expected: {
      title: 'Untitled journey',
      stages: gridStages,
      lanes: gridLanes,
      cells: spreadCells,
      unplaced: {},
    },
  },
  {
    name: 'a grouping frame spanning two cells down, beside another',
    items: [
      ...headerRow,
      ...labelColumn,
      frame('g-discover', 'Discover notes', box(340, 140, 520, 760)),
      frame('g-account', 'Account', box(950, 140, 800, 360)),
      ...spreadStickies,
    ],
    expected: {
      title: 'Untitled journey',
      stages: gridStages,
      lanes: gridLanes,
      cells: spreadCells,
      unplaced: {},
    },
  },
  {
    // The frames win, as without headers: their titles name the stages.
    name: 'one frame per stage with its header shape inside it',
    items: [
      frame('f-discover', '1 Discover', box(300, -50, 600, 1370)),
      frame('f-sign-up', '2 Sign up', box(900, -50, 900, 1370)),
      frame('f-use', '3 Use & renew', box(1800, -50, 500, 1370)),
      ...headerRow,
      ...labelColumn,
      ...spreadStickies,
    ],
    expected: {
      title: 'Untitled journey',
      stages: ['1 Discover', '2 Sign up', '3 Use & renew'],
      lanes: gridLanes,
      cells: {
        s1: '1 Discover × Actions',
        s2: '1 Discover × Actions',
        s3: '2 Sign up × Pain points',
        s4: '2 Sign up × Pain points',
        s5: '3 Use & renew × Opportunities',
        s6: '2 Sign up × Actions',
      },
      unplaced: {},
    },
  },
  {
    name: 'one frame per stage under a header row, each spanning the lanes',
    items: [
      ...headerRow,
      frame('f-discover', 'Discover frame', box(300, 120, 600, 1200)),
      frame('f-sign-up', 'Sign up frame', box(900, 120, 900, 1200)),
      frame('f-use', 'Use frame', box(1800, 120, 500, 1200)),
      ...labelColumn,
      ...spreadStickies,
      // Above the frames, under a header: a stage frame's grid ends at the frame.
      sticky('s7', 'Above the frames', 600, 110, { width: 10, height: 10 }),
    ],
    expected: {
      title: 'Untitled journey',
      stages: ['Discover frame', 'Sign up frame', 'Use frame'],
      lanes: gridLanes,
      cells: {
        s1: 'Discover frame × Actions',
        s2: 'Discover frame × Actions',
        s3: 'Sign up frame × Pain points',
        s4: 'Sign up frame × Pain points',
        s5: 'Use frame × Opportunities',
        s6: 'Sign up frame × Actions',
      },
      unplaced: { s7: 'outside-grid' },
    },
  },
  {
    // Frames under two of the three headers are not the header row's columns.
    name: 'frames spanning the lanes under only some of the headers',
    items: [
      ...headerRow,
      frame('f-discover', 'Discover frame', box(300, 120, 600, 1200)),
      frame('f-sign-up', 'Sign up frame', box(900, 120, 900, 1200)),
      ...labelColumn,
      ...spreadStickies,
    ],
    expected: {
      title: 'Untitled journey',
      stages: gridStages,
      lanes: gridLanes,
      cells: spreadCells,
      unplaced: {},
    },
  },
  {
    name: 'a header row but no lane labels and no legend',
    items: [
      shape('h1', 'Discover', box(0, 0, 400, 100)),
      shape('h2', 'Decide', box(420, 0, 400, 100)),
      sticky('x1', 'Reads a blog', 200, 300),
      sticky('x2', 'Books a demo', 600, 500),
      sticky('x3', 'Way off to the right', 4000, 300),
    ],
    expected: {
      title: 'Untitled journey',
      stages: ['Discover', 'Decide'],
      lanes: [],
      cells: {},
      unplaced: { x1: 'no-lane', x2: 'no-lane', x3: 'outside-grid' },
    },
  },
  {
    name: 'lane labels but no stage headers, under a wide title',
    items: [
      textItem('title', 'Workshop board', box(0, -200, 2000, 80)),
      textItem('l1', 'Actions', box(0, 100, 250, 40)),
      textItem('l2', 'Pains', box(0, 500, 250, 40)),
      sticky('y1', 'Calls support', 600, 120),
      sticky('y2', 'Waits on hold', 900, 520),
      sticky('y3', 'Parking lot', 5000, 5000),
    ],
    expected: {
      title: 'Untitled journey',
      stages: [],
      lanes: ['Actions (actions)', 'Pains (pain-points)'],
      cells: {},
      unplaced: { y1: 'no-stage', y2: 'no-stage', y3: 'no-stage' },
    },
  },
  {
    name: 'lanes from the colour legend when the board has no lane labels',
    legend: [
      { color: 'light_pink', kind: 'pain-points' },
      { color: '#FFD02F', kind: 'actions', label: 'Customer steps' },
      { color: 'light_green', kind: 'opportunities' },
      { color: 'blue', kind: 'thoughts' },
    ],
    items: [
      frame('grid', 'Renewal', box(-100, -100, 1200, 1200)),
      shape('h1', 'Notice', box(0, 0, 500, 100)),
      shape('h2', 'Renew', box(500, 0, 500, 100)),
      sticky('c1', 'Opens the email', 200, 250, { color: '#ffd02f' }),
      sticky('c2', 'Clicks renew', 700, 300, { color: '#ffd02f' }),
      sticky('c3', 'Price went up', 300, 600, { color: 'light_pink' }),
      sticky('c4', 'Offer a discount', 800, 900, { color: 'LIGHT_GREEN' }),
      sticky('c5', 'Grey note', 400, 900, { color: 'gray' }),
      sticky('c6', 'No colour at all', 600, 900),
      sticky('c7', 'Below the frame', 400, 1500, { color: 'light_pink' }),
    ],
    expected: {
      title: 'Renewal',
      stages: ['Notice', 'Renew'],
      lanes: [
        'Customer steps (actions)',
        'Pain points (pain-points)',
        'Opportunities (opportunities)',
        'Thoughts (thoughts)',
      ],
      cells: {
        c1: 'Notice × Customer steps',
        c2: 'Renew × Customer steps',
        c3: 'Notice × Pain points',
        c4: 'Renew × Opportunities',
      },
      unplaced: { c5: 'no-lane', c6: 'no-lane', c7: 'outside-grid' },
    },
  },
  {
    name: 'a lone lane label, an empty sticky, a sticky on a stage border',
    items: [
      shape('h1', 'Before', box(100, 0, 400, 100)),
      shape('h2', 'After', box(500, 0, 400, 100)),
      shape('l1', 'Steps', box(0, 120, 90, 400)),
      sticky('z1', 'Does the thing', 300, 300),
      sticky('z2', '   \n ', 700, 300),
      sticky('z3', 'Half and half', 500, 300),
    ],
    expected: {
      title: 'Untitled journey',
      stages: ['Before', 'After'],
      lanes: ['Steps (actions)'],
      cells: { z1: 'Before × Steps' },
      unplaced: { z2: 'empty-text', z3: 'ambiguous-cell' },
    },
  },
];

const options = (legend?: ColourLegend): InferOptions => ({
  boardId: SAMPLE_BOARD_ID,
  ...(legend ? { legend } : {}),
});

describe('inferMapFromBoard on facilitators’ layouts', () => {
  it.each(layouts)('$name', ({ items, legend, expected }) => {
    const result = inferMapFromBoard(items, options(legend));
    expect(viewOf(result)).toEqual(expected);
    const stickies = items.filter((item) => item.kind === 'sticky').length;
    expect(result.summary.stickies).toBe(stickies);
    expect(result.summary.placed + result.summary.unplaced).toBe(stickies);
    expect(JourneyMap.parse(result.map)).toEqual(result.map);
    expect(validateMap(result.map).filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('inferMapFromBoard on stickies straddling borders', () => {
  // The first layout's grid: the stage border at 900, the lane border at 520.
  const items = [
    ...headerRow,
    ...labelColumn,
    // 70 % in Sign up, wholly in Actions: most of it is in one cell.
    sticky('most', 'Mostly sign up', 930, 300),
    // On the corner of four cells, 63 % × 63 % = 40 % in the largest: no cell holds most of it.
    sticky('corner', 'On the corner', 920, 540),
  ];
  const { map } = inferMapFromBoard(items, options());

  it('puts a sticky in the cell holding most of its area, marked unsure', () => {
    const item = map.items.find((entry) => entry.source?.itemId === 'most');
    expect(viewOf(inferMapFromBoard(items, options())).cells).toEqual({
      most: 'Sign up × Actions',
    });
    expect(isUnsurePlacement(item ?? {})).toBe(true);
    expect(item?.placement).toEqual({ method: 'grid', confidence: 0.7 });
  });

  it('reports a sticky no cell holds most of as ambiguous, naming its largest share', () => {
    expect(map.unplaced).toEqual([
      {
        source: { provider: 'miro', boardId: SAMPLE_BOARD_ID, itemId: 'corner' },
        text: 'On the corner',
        reason: 'ambiguous-cell',
        detail:
          'no cell holds most of it: 40% lies in "Sign up" × "Pain points", the rest across its neighbours',
      },
    ]);
  });
});

describe('inferMapFromBoard on one stage frame with sticky lane labels outside it', () => {
  // Found by the property test: the larger of two content stickies looked like a header row.
  const items: BoardItem[] = [
    frame('h0', 'Stage 0', box(300, 0, 300, 620)),
    { ...sticky('l0', 'Lane 0', 125, 245, { width: 250, height: 248 }), color: 'gray' },
    { ...sticky('l1', 'Lane 1', 125, 495, { width: 250, height: 248 }), color: 'gray' },
    sticky('s0', 'note 0', 331, 139, { width: 60, height: 36 }),
    sticky('s1', 'note 1', 321, 383, { width: 40, height: 24 }),
  ];

  it.each([
    ['alone', items],
    [
      'inside a frame around the grid',
      [...items, frame('grid', 'Journey', box(-50, -50, 650, 670))],
    ],
  ])('reads the frame as the stage and every sticky inside it as content (%s)', (_, board) => {
    const result = inferMapFromBoard(board, options());
    expect(viewOf(result)).toMatchObject({
      stages: ['Stage 0'],
      cells: { s0: 'Stage 0 × Lane 0', s1: 'Stage 0 × Lane 1' },
    });
    expect(result.summary.headers.stages?.from).toBe('frames');
    expect(result.summary.headers.lanes?.from).toBe('stickies');
  });
});

describe('inferMapFromBoard on the sample board', () => {
  const { map, summary } = inferMapFromBoard(sampleBoardItems, { boardId: SAMPLE_BOARD_ID });

  it('derives ids from the board item ids and keys from the names', () => {
    expect(map.id).toBe('miro-uXjVFAKE=');
    expect(map.key).toBe('journey-onboarding');
    expect(map.stages.map((stage) => [stage.id, stage.key])).toEqual([
      ['stage-3458764600000000010', 'discover'],
      ['stage-3458764600000000011', 'sign-up'],
      ['stage-3458764600000000012', 'use-renew'],
    ]);
    expect(map.lanes.map((lane) => lane.id)).toEqual([
      'lane-3458764600000000020',
      'lane-3458764600000000021',
      'lane-3458764600000000022',
    ]);
    expect(map.stages[0]?.source).toEqual({
      provider: 'miro',
      boardId: SAMPLE_BOARD_ID,
      itemId: '3458764600000000010',
    });
  });

  it('records each placement with its method, confidence and source', () => {
    const item = map.items.find((entry) => entry.source?.itemId === '3458764600000000105');
    expect(item).toEqual({
      id: 'item-3458764600000000105',
      stageId: 'stage-3458764600000000012',
      laneId: 'lane-3458764600000000022',
      text: 'Renewal reminder',
      placement: { method: 'grid', confidence: 1 },
      source: { provider: 'miro', boardId: SAMPLE_BOARD_ID, itemId: '3458764600000000105' },
    });
    // Sticky 103's square (2080.5–2279.5 across) crosses the 2175 border: 104.5 of 199 is in Use & renew.
    const straddling = map.items.find((entry) => entry.source?.itemId === '3458764600000000103');
    expect(straddling?.placement).toEqual({ method: 'grid', confidence: 0.5251 });
    expect(summary).toMatchObject({ stickies: 7, placed: 6, unsure: 1, unplaced: 1 });
  });

  it('says why the parking-lot sticky found no cell', () => {
    expect(map.unplaced).toEqual([
      {
        source: { provider: 'miro', boardId: SAMPLE_BOARD_ID, itemId: '3458764600000000106' },
        text: 'Parking lot: ask legal',
        reason: 'outside-grid',
        detail: 'the sticky lies right of the last stage',
      },
    ]);
  });

  it('orders items by cell, then as a person reads the board', () => {
    expect(map.items.map((item) => item.source?.itemId.slice(-3))).toEqual([
      '101',
      '100',
      '102',
      '104',
      '103',
      '105',
    ]);
  });
});

describe('inferMapFromBoard options and naming', () => {
  const grid = [
    frame('frame 1', 'Board title', box(-350, -50, 1300, 700)),
    shape('h 1', 'Same name', box(0, 0, 400, 100)),
    shape('h 2', 'Same name', box(450, 0, 400, 100)),
    textItem('l 1', 'Mood', box(-300, 150, 250, 40)),
    sticky('s 1', 'Great', 300, 170),
    sticky('s 2', 'Awful', 600, 600),
  ];

  it('takes the title and map id from the options over the frame', () => {
    const { map } = inferMapFromBoard(grid, {
      boardId: 'b',
      mapId: 'my-map',
      title: ' Own title ',
    });
    expect([map.id, map.title, map.key]).toEqual(['my-map', 'Own title', 'own-title']);
  });

  it('makes ids safe and keys unique', () => {
    const { map } = inferMapFromBoard(grid, { boardId: 'board with spaces' });
    expect(map.id).toBe('miro-board_with_spaces');
    expect(map.stages.map((stage) => [stage.id, stage.key])).toEqual([
      ['stage-h_1', 'same-name'],
      ['stage-h_2', 'same-name-2'],
    ]);
    expect(map.items.map((item) => item.id)).toEqual(['item-s_1', 'item-s_2']);
  });

  it('scores emotions by height in the lane', () => {
    const { map } = inferMapFromBoard(grid, { boardId: 'b' });
    // The lane runs from the headers' bottom (100) to the frame's bottom (650).
    expect(map.items.map((item) => item.emotion)).toEqual([0.75, -0.82]);
  });

  it('falls back to "Untitled journey" for an untitled frame', () => {
    const untitled = grid.map((item) => (item.kind === 'frame' ? { ...item, text: ' ' } : item));
    expect(inferMapFromBoard(untitled, { boardId: 'b', title: '  ' }).map.title).toBe(
      'Untitled journey',
    );
  });

  it('reads an empty board as an empty map', () => {
    const { map, summary } = inferMapFromBoard([], { boardId: 'b' });
    expect([map.stages, map.lanes, map.items, map.unplaced]).toEqual([[], [], [], []]);
    expect(summary).toEqual({
      stickies: 0,
      placed: 0,
      unsure: 0,
      unplaced: 0,
      headers: {},
      ignored: {},
    });
  });

  it('reads an item listed twice once', () => {
    const twice = [...grid, sticky('s 1', 'Great', 300, 170)];
    expect(inferMapFromBoard(twice, { boardId: 'b' }).summary.stickies).toBe(2);
  });
});

describe('inferMapFromBoard reading order', () => {
  it('reports stickies top to bottom, left to right on one top, by id on one box', () => {
    // No headers: every sticky is unplaced, and the unplaced come in reading order.
    const items = [
      sticky('d', 'Lower', 100, 500),
      sticky('c', 'Right', 400, 100),
      sticky('b 2', 'Same box, later id', 100, 100),
      sticky('a', 'Higher', 900, -300),
      sticky('b 1', 'Same box, earlier id', 100, 100),
      sticky('e', 'Lower, left', -200, 500),
    ];
    const { map } = inferMapFromBoard(items, { boardId: 'b' });
    expect(map.unplaced.map((entry) => entry.source.itemId)).toEqual([
      'a',
      'b 1',
      'b 2',
      'c',
      'e',
      'd',
    ]);
    const reversed = inferMapFromBoard([...items].reverse(), { boardId: 'b' });
    expect(reversed.map).toEqual(map);
  });
});

describe('inferMapFromBoard on a phase row above the stage headers', () => {
  // Five stages 380 wide on a 400 pitch from x = 300, headers 100 to 200 down; two lanes.
  const stageNames = ['Search', 'Compare', 'Book', 'Travel', 'Review'];
  const stageHeaders = (kind: 'shape' | 'text' | 'sticky') =>
    stageNames.map((name, index) => {
      const left = 300 + index * 400;
      if (kind === 'shape') return shape(`h${index}`, name, box(left, 100, 380, 100));
      if (kind === 'text') return textItem(`h${index}`, name, box(left + 40, 130, 300, 40));
      return sticky(`h${index}`, name, left + 190, 150, { width: 380, height: 100, color: 'gray' });
    });
  const laneLabels = (kind: 'text' | 'sticky') =>
    ['Actions', 'Thoughts'].map((name, index) =>
      kind === 'text'
        ? textItem(`l${index}`, name, box(20, 300 + index * 400, 200, 40))
        : sticky(`l${index}`, name, 120, 320 + index * 400, { width: 200, color: 'gray' }),
    );
  const content = Array.from({ length: 10 }, (_, index) =>
    sticky(
      `s${index}`,
      `Note ${index}`,
      490 + (index % 5) * 400,
      350 + Math.floor(index / 5) * 400,
      {
        color: 'yellow',
      },
    ),
  );
  /** "Before" over three stages, "During" over one, "After" over the last. */
  const phaseRow = [
    shape('p-before', 'Before', box(300, 0, 1180, 80)),
    shape('p-during', 'During', box(1500, 0, 380, 80)),
    shape('p-after', 'After', box(1900, 0, 380, 80)),
  ];
  const phasesOf = ({ map }: ReturnType<typeof inferMapFromBoard>) => {
    const names = new Map(map.stages.map((stage) => [stage.id, stage.name]));
    return Object.fromEntries(
      map.phases.map((phase) => [phase.name, phase.stageIds.map((id) => names.get(id))]),
    );
  };
  const sound = (result: ReturnType<typeof inferMapFromBoard>) => {
    expect(validateMap(result.map).filter((found) => found.severity === 'error')).toEqual([]);
    expect(JourneyMap.parse(result.map)).toEqual(result.map);
    expect(result.map.unplaced).toEqual([]);
    expect(result.summary.placed).toBe(content.length);
  };

  it.each([
    ['shape', 'text'],
    ['text', 'text'],
    ['sticky', 'text'],
    ['sticky', 'sticky'],
    ['shape', 'sticky'],
  ] as const)('groups %s stage headers (lane labels: %s) into phases', (stages, labels) => {
    const items = [...phaseRow, ...stageHeaders(stages), ...laneLabels(labels), ...content];
    const result = inferMapFromBoard(items, { boardId: 'b' });
    expect(result.map.stages.map((stage) => stage.name)).toEqual(stageNames);
    expect(result.map.lanes).toHaveLength(2);
    expect(phasesOf(result)).toEqual({
      Before: ['Search', 'Compare', 'Book'],
      During: ['Travel'],
      After: ['Review'],
    });
    expect(result.map.phases[0]).toMatchObject({
      id: 'phase-p-before',
      key: 'before',
      source: { provider: 'miro', boardId: 'b', itemId: 'p-before' },
    });
    expect(result.summary.headers.phases).toEqual({
      from: 'shapes',
      itemIds: ['p-before', 'p-during', 'p-after'],
      why: 'a row of 3 shapes above the stage headers, each spanning stages',
    });
    sound(result);
  });

  it('groups stage frames under the phase row above them', () => {
    const frames = stageNames.map((name, index) =>
      frame(`f${index}`, name, box(300 + index * 400, 100, 380, 900)),
    );
    const items = [...phaseRow, ...frames, ...laneLabels('text'), ...content];
    const result = inferMapFromBoard(items, { boardId: 'b' });
    expect(result.map.stages.map((stage) => stage.name)).toEqual(stageNames);
    expect(phasesOf(result)).toEqual({
      Before: ['Search', 'Compare', 'Book'],
      During: ['Travel'],
      After: ['Review'],
    });
    expect(result.summary.headers.phases?.why).toBe(
      'a row of 3 shapes above the stage frames, each spanning stages',
    );
    sound(result);
  });

  it('leaves a stage under no phase in none', () => {
    const items = [
      ...phaseRow.slice(0, 2),
      ...stageHeaders('shape'),
      ...laneLabels('text'),
      ...content,
    ];
    const result = inferMapFromBoard(items, { boardId: 'b' });
    expect(phasesOf(result)).toEqual({ Before: ['Search', 'Compare', 'Book'], During: ['Travel'] });
    sound(result);
  });

  it.each([
    ['a journey title over the whole grid', [shape('title', 'Trip', box(300, 0, 1980, 80))]],
    [
      'a row of step numbers over each stage',
      stageNames.map((_, index) =>
        shape(`n${index}`, `${index + 1}`, box(460 + index * 400, 10, 60, 60)),
      ),
    ],
  ])('takes %s for no phases', (_, above) => {
    const items = [...above, ...stageHeaders('shape'), ...laneLabels('text'), ...content];
    const result = inferMapFromBoard(items, { boardId: 'b' });
    expect(result.map.stages.map((stage) => stage.name)).toEqual(stageNames);
    expect(result.map.phases).toEqual([]);
    expect(result.summary.headers.phases).toBeUndefined();
    sound(result);
  });
});
