import { describe, expect, it } from 'vitest';
import { box, shape, sticky, textItem, viewOf } from './board-builder.test-support';
import type { ColourLegend } from './board-item';
import {
  DEFAULT_LANE_NAMES,
  indexLegend,
  kindOfColour,
  legendKinds,
  legendLaneName,
  mostCommonKind,
} from './colour-legend';
import { inferMapFromBoard } from './infer-map-from-board';

const legend: ColourLegend = [
  { color: 'Light_Pink', kind: 'pain-points', label: '  Ouch  ' },
  { color: '#FFD02F', kind: 'actions' },
  { color: 'light_green', kind: 'opportunities' },
  { color: 'red', kind: 'pain-points', label: 'Second label' },
  { color: 'light_pink', kind: 'thoughts' },
];

describe('the colour legend', () => {
  it.each([
    ['light_pink', 'pain-points'],
    ['LIGHT_PINK', 'pain-points'],
    [' #ffd02f ', 'actions'],
    ['red', 'pain-points'],
    ['gray', undefined],
    [undefined, undefined],
  ] as const)('%j is %s', (colour, kind) => {
    expect(kindOfColour(indexLegend(legend), colour)).toBe(kind);
  });

  it('lists each kind once, in legend order', () => {
    expect(legendKinds(legend)).toEqual(['pain-points', 'actions', 'opportunities', 'thoughts']);
  });

  it('names a lane by its first label, else by default', () => {
    expect(legendLaneName(legend, 'pain-points')).toBe('Ouch');
    expect(legendLaneName(legend, 'actions')).toBe(DEFAULT_LANE_NAMES.actions);
    expect(legendLaneName([{ color: 'x', kind: 'custom', label: '  ' }], 'custom')).toBe('Notes');
  });

  it.each([
    [['light_pink', 'red', '#ffd02f'], 'pain-points'],
    [['#ffd02f', 'light_green', 'gray', 'gray'], 'actions'],
    [['light_green', '#ffd02f'], 'actions'],
    [['gray', undefined], undefined],
    [[], undefined],
  ] as const)('most of %j map to %s', (colours, kind) => {
    expect(mostCommonKind(indexLegend(legend), colours)).toBe(kind);
  });
});

describe('inference with a colour legend', () => {
  const headers = [
    shape('h1', 'Discover', box(300, 0, 400, 100)),
    shape('h2', 'Join', box(700, 0, 400, 100)),
  ];

  it('gives an unrecognised lane label the kind most of its stickies’ colours map to', () => {
    const items = [
      ...headers,
      textItem('l1', 'Lane A', box(0, 200, 250, 40)),
      textItem('l2', 'Row two', box(0, 600, 250, 40)),
      textItem('l3', 'Steps', box(0, 1000, 250, 40)),
      sticky('a', 'One', 500, 220, { color: 'light_pink' }),
      sticky('b', 'Two', 900, 220, { color: 'red' }),
      sticky('c', 'Three', 900, 240, { color: '#ffd02f' }),
      sticky('d', 'Four', 500, 620, { color: 'gray' }),
      sticky('e', 'Five', 500, 1020, { color: 'light_pink' }),
    ];
    const view = viewOf(inferMapFromBoard(items, { boardId: 'b', legend }));
    // A named kind beats the legend; a lane no colour votes for stays custom.
    expect(view.lanes).toEqual(['Lane A (pain-points)', 'Row two (custom)', 'Steps (actions)']);
  });

  it('makes legend lanes, ordered by their stickies’ mean height, empty ones last', () => {
    const items = [
      ...headers,
      sticky('a', 'Plan', 500, 900, { color: 'light_green' }),
      sticky('b', 'Do', 500, 200, { color: '#FFD02F' }),
      sticky('c', 'Hurts', 900, 300, { color: 'red' }),
      sticky('d', 'Hurts more', 900, 700, { color: 'light_pink' }),
    ];
    const { map } = inferMapFromBoard(items, { boardId: 'b', legend });
    expect(map.lanes.map((lane) => [lane.id, lane.name, lane.kind])).toEqual([
      ['lane-legend-actions', 'Actions', 'actions'],
      ['lane-legend-pain-points', 'Ouch', 'pain-points'],
      ['lane-legend-opportunities', 'Opportunities', 'opportunities'],
      ['lane-legend-thoughts', 'Thoughts', 'thoughts'],
    ]);
    expect(map.items.map((item) => [item.source?.itemId, item.placement?.method])).toEqual([
      ['b', 'colour-legend'],
      ['a', 'colour-legend'],
      ['c', 'colour-legend'],
      ['d', 'colour-legend'],
    ]);
  });

  it('reports stickies without a colour or with one the legend lacks', () => {
    const items = [
      ...headers,
      sticky('a', 'No colour', 500, 300),
      sticky('b', 'Odd colour', 900, 300, { color: 'cyan' }),
    ];
    const { map } = inferMapFromBoard(items, { boardId: 'b', legend });
    expect(map.unplaced.map((entry) => [entry.reason, entry.detail])).toEqual([
      ['no-lane', 'the sticky has no colour, and the lanes come from the colour legend'],
      ['no-lane', 'its colour "cyan" is not in the colour legend'],
    ]);
  });

  it('scores emotions in a legend lane by height among its own stickies', () => {
    const items = [
      ...headers,
      sticky('up', 'Delighted', 500, 200, { color: 'yellow' }),
      sticky('mid', 'Meh', 900, 400, { color: 'yellow' }),
      sticky('down', 'Angry', 900, 600, { color: 'yellow' }),
      sticky('lone', 'Alone', 500, 300, { color: 'blue' }),
    ];
    const moods: ColourLegend = [
      { color: 'yellow', kind: 'emotions' },
      { color: 'blue', kind: 'emotions' },
    ];
    const { map } = inferMapFromBoard(items, { boardId: 'b', legend: moods });
    expect(map.items.map((item) => [item.source?.itemId, item.emotion])).toEqual([
      ['up', 1],
      ['lone', 0.5],
      ['mid', 0],
      ['down', -1],
    ]);
  });
});
