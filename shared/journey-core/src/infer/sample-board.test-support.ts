// The sample Miro board (fixtures/miro/sample-board.rest.json) converted by hand to board items:
// a 3000 × 2000 frame centred on the canvas origin, so its top-left is (-1500, -1000); children's
// x/y are centres relative to that corner. Sticky 105 sits on the frame without being its child;
// 106 is a parking-lot sticky far away.

import {
  box,
  centred,
  frame,
  shape,
  squareSticky,
  sticky,
  textItem,
} from './board-builder.test-support';
import type { BoardItem } from './board-item';

const FRAME = '3458764600000000001';
const [frameLeft, frameTop] = [-1500, -1000];
/** A child's centre, made board-absolute. */
const inFrame = (x: number, y: number) => [frameLeft + x, frameTop + y] as const;

function child(item: BoardItem): BoardItem {
  return { ...item, parentId: FRAME };
}

export const SAMPLE_BOARD_ID = 'uXjVFAKE=';

export const sampleBoardItems: BoardItem[] = [
  frame(FRAME, 'Journey – Onboarding', box(frameLeft, frameTop, 3000, 2000)),
  child(shape('3458764600000000010', 'Discover', centred(...inFrame(900, 100), 800, 120))),
  child(shape('3458764600000000011', 'Sign\u00a0up', centred(...inFrame(1750, 100), 800, 120))),
  child(shape('3458764600000000012', 'Use & renew', centred(...inFrame(2600, 100), 800, 120))),
  child(textItem('3458764600000000020', 'Actions', centred(...inFrame(200, 400), 300, 50))),
  child(textItem('3458764600000000021', 'Pain points', centred(...inFrame(200, 900), 300, 50))),
  child(textItem('3458764600000000022', 'Opportunities', centred(...inFrame(200, 1400), 300, 50))),
  child(
    squareSticky('3458764600000000100', 'Googles "budget app"', ...inFrame(820, 410), 199, {
      color: 'light_yellow',
    }),
  ),
  child(
    squareSticky('3458764600000000101', 'Reads reviews\non app store', ...inFrame(1040, 395), 199, {
      color: 'light_yellow',
    }),
  ),
  child(
    squareSticky('3458764600000000102', "Can't find pricing", ...inFrame(1700, 920), 199, {
      color: 'light_pink',
    }),
  ),
  child(
    squareSticky('3458764600000000103', 'SMS code never arrives', ...inFrame(2180, 880), 199, {
      color: 'red',
    }),
  ),
  child(
    sticky('3458764600000000104', 'Show price on landing', ...inFrame(1760, 1420), {
      width: 350,
      height: 228,
      shape: 'rectangle',
      color: 'light_green',
    }),
  ),
  squareSticky('3458764600000000105', 'Renewal reminder', 1100, 400, 199, { color: 'light_green' }),
  squareSticky('3458764600000000106', 'Parking lot: ask legal', 5000, 5000, 199, { color: 'gray' }),
];
