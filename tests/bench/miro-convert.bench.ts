// How long turning a workshop board into a map takes, and how many SDK calls a conversion makes.
import { type BoardItem, inferMapFromBoard } from '@throughline/journey-core';
import { fromRestItems, readBoard, textToBoardHtml } from '@throughline/miro';
import {
  type BoardSeed,
  InMemoryBoard,
  installFakeMiro,
  seedFromBoard,
} from '@throughline/platform-fakes';
import { bench, describe } from 'vitest';
import { type LargeBoardOptions, largeBoard } from '../fixtures/miro/large-board';

/** A board as REST pages would give it, and the same board behind the fake `miro` global. */
function boardOf(stickies: number, headers: LargeBoardOptions['headers'] = 'shapes') {
  const board = largeBoard({ stickies, seed: 20261123, headers });
  const { items } = fromRestItems(board.items);
  return { boardId: board.boardId, restItems: board.items, items };
}

function seedsOf(items: readonly BoardItem[]): BoardSeed[] {
  return items.map((item) => ({
    id: item.id,
    kind: item.kind,
    box: item.box,
    content: item.kind === 'frame' ? item.text : textToBoardHtml(item.text),
    ...(item.color === undefined ? {} : { color: item.color }),
    ...(item.shape === undefined ? {} : { shape: item.shape }),
    ...(item.parentId === undefined ? {} : { parentId: item.parentId }),
  }));
}

const tenThousand = boardOf(10_000);
// Stage headers and lane labels drawn as stickies: the grid is read twice, the second time with
// the header stickies found among the content.
const stickyHeaded = boardOf(10_000, 'stickies');
const stickyHeadedCheck = inferMapFromBoard(stickyHeaded.items, { boardId: stickyHeaded.boardId });
const stickyHeadedLabel = `inferMapFromBoard, 10,000 stickies under sticky-note headers: ${stickyHeadedCheck.summary.placed} placed, stages from ${stickyHeadedCheck.summary.headers.stages?.from}, lanes from ${stickyHeadedCheck.summary.headers.lanes?.from}`;
const hundredThousand = boardOf(100_000);

// The panel's conversion through the Web SDK: one read of the board, then inference. The fake
// board copies every item it returns, as the SDK hands out fresh objects; that copy is timed too.
const installed = installFakeMiro(
  {},
  new InMemoryBoard({ boardId: tenThousand.boardId, ...seedFromBoard(seedsOf(tenThousand.items)) }),
);
async function convertThroughSdk() {
  const { items } = await readBoard(installed.miro.board, { kind: 'board' });
  return inferMapFromBoard(items, { boardId: tenThousand.boardId });
}
installed.calls.clear();
const checked = await convertThroughSdk();
const tally = Object.entries(installed.calls.tally())
  .map(([name, count]) => `${count} × ${name}`)
  .join(', ');
const sdkLabel = `Web SDK read + inference, 10,000 stickies: ${installed.calls.calls.length} SDK call(s) per conversion (${tally}); ${checked.summary.placed} placed`;

// The same conversion with `board.get` answered from memory: the part that runs in our code.
const boardItems = await installed.miro.board.get();
const answered = { get: async () => boardItems };

/** The last result, kept where the engine can see it is used, so that it cannot skip the work. */
export let lastResult: unknown;

describe('convert a workshop board', () => {
  bench(
    'inferMapFromBoard, 10,000 stickies',
    () => {
      lastResult = inferMapFromBoard(tenThousand.items, { boardId: tenThousand.boardId });
    },
    { time: 2000, warmupTime: 200 },
  );
  bench(
    stickyHeadedLabel,
    () => {
      lastResult = inferMapFromBoard(stickyHeaded.items, { boardId: stickyHeaded.boardId });
    },
    { time: 2000, warmupTime: 200 },
  );
  bench(
    'REST items → board items → map, 10,000 stickies',
    () => {
      const { items } = fromRestItems(tenThousand.restItems);
      lastResult = inferMapFromBoard(items, { boardId: tenThousand.boardId });
    },
    { time: 2000, warmupTime: 200 },
  );
  bench(
    'inferMapFromBoard, 100,000 stickies',
    () => {
      lastResult = inferMapFromBoard(hundredThousand.items, { boardId: hundredThousand.boardId });
    },
    { time: 4000, warmupTime: 500, iterations: 5 },
  );
  bench(
    'Web SDK items → board items, 10,000 stickies: the adapter alone (board.get answered from memory)',
    async () => {
      lastResult = await readBoard(answered, { kind: 'board' });
    },
    { time: 2000, warmupTime: 200 },
  );
  bench(
    'Web SDK items → board items → map, 10,000 stickies (board.get answered from memory)',
    async () => {
      const { items } = await readBoard(answered, { kind: 'board' });
      lastResult = inferMapFromBoard(items, { boardId: tenThousand.boardId });
    },
    { time: 2000, warmupTime: 200 },
  );
  bench(
    sdkLabel,
    async () => {
      lastResult = await convertThroughSdk();
    },
    { time: 2000, warmupTime: 200 },
  );
});
