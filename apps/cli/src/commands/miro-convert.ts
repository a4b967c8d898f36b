// `throughline miro convert FILE | --board ID`: a workshop board turned into a journey map.
import {
  type BoardItem,
  exportMap,
  inferMapFromBoard,
  type JourneyMap,
  mergeMaps,
  parseJson,
  sourceBoardIds,
} from '@throughline/journey-core';
import {
  BoardScopeError,
  fetchBoardItems,
  fromRestItems,
  journeyFrames,
  MiroRestError,
  parseRestItemsDocument,
  scopeBoardRead,
} from '@throughline/miro';
import { CliError, ExitCode } from '../cli-error';
import type { Io } from '../io';
import { LIMIT_FLAGS, limitsFrom, progressReporter } from '../live-read';
import { ConvertOptions, type LiveReadOptions, parseOptions } from '../options';
import { term } from '../render/terminal-text';
import {
  describeFailure,
  readLegendFile,
  readMapFile,
  readTextFile,
  writeOutput,
} from '../user-files';
import { requireValidMap } from '../valid-map';

interface BoardRead {
  boardId: string;
  items: BoardItem[];
  warnings: string[];
  /** The title of the frame read with `--frame`. */
  title?: string;
}

async function readBoardFile(io: Io, path: string): Promise<BoardRead> {
  const document = parseJson(await readTextFile(io, path));
  const parsed = document.ok ? parseRestItemsDocument(document.value) : document;
  if (!parsed.ok) throw new CliError(describeFailure(path, parsed.diagnostics));
  const { items, warnings } = fromRestItems(parsed.value.items);
  // Saved pages name their board in `links.self`; a bare item list gets the file's name.
  return {
    boardId: parsed.value.boardId ?? `file:${path}`,
    items,
    warnings: warnings.map((warning) => warning.message),
  };
}

async function readLiveBoard(io: Io, boardId: string, limits: LiveReadOptions): Promise<BoardRead> {
  const token = io.env.MIRO_TOKEN;
  if (!token) throw new CliError('--board: set MIRO_TOKEN to a Miro access token with boards:read');
  const progress = progressReporter(io, `board ${boardId}`);
  try {
    const restItems = await fetchBoardItems({
      boardId,
      token,
      ...(io.env.MIRO_API_URL ? { baseUrl: io.env.MIRO_API_URL } : {}),
      limits: limitsFrom(limits),
      limitFlags: LIMIT_FLAGS,
      onEvent: progress.onEvent,
    });
    const { items, warnings } = fromRestItems(restItems);
    return { boardId, items, warnings: warnings.map((warning) => warning.message) };
  } catch (error) {
    if (!(error instanceof MiroRestError)) throw error;
    // A wrong token, id or URL is the user's to fix; a server that fails or stalls is not.
    const exitCode = error.isUserFixable ? ExitCode.badInput : ExitCode.unexpected;
    throw new CliError(`--board ${boardId}: ${error.message}`, exitCode);
  } finally {
    progress.done();
  }
}

export async function miroConvert(
  io: Io,
  file: string | undefined,
  rawOptions: unknown,
): Promise<void> {
  const options = parseOptions(ConvertOptions, rawOptions);
  if ((file === undefined) === (options.board === undefined)) {
    throw new CliError('give either a FILE of Miro REST items or --board ID');
  }
  // Everything the user named is read before the board, so a typo costs no API calls.
  const legend =
    options.legend === undefined ? undefined : await readLegendFile(io, options.legend);
  const previous =
    options.previous === undefined
      ? undefined
      : requireValidMap(io, options.previous, await readMapFile(io, options.previous)).map;
  const sameBoard = (boardId: string) => {
    if (previous !== undefined && options.previous !== undefined && !options.allowOtherBoard) {
      refuseOtherBoard(options.previous, previous, boardId);
    }
  };
  // A live board is known by its id before it is read: a mismatch costs no API calls.
  if (options.board !== undefined) sameBoard(options.board);
  const board =
    file !== undefined
      ? await readBoardFile(io, file)
      : await readLiveBoard(io, options.board ?? '', options);
  sameBoard(board.boardId);
  const scoped = options.frame === undefined ? board : inFrame(board, options.frame);
  const title = options.title ?? scoped.title;
  const { map: inferred, summary } = inferMapFromBoard(scoped.items, {
    boardId: board.boardId,
    ...(title === undefined ? {} : { title }),
    ...(legend === undefined ? {} : { legend }),
  });
  const map = previous === undefined ? inferred : mergeMaps(previous, inferred).map;
  const text = exportMap(map, options.format);
  for (const warning of scoped.warnings) io.err(term`warning: ${warning}\n`);
  io.err(
    `${summary.stickies} stickies: ${summary.placed} placed (${summary.unsure} unsure), ${summary.unplaced} unplaced${ignoredText(summary.ignored)}\n`,
  );
  if (options.frame === undefined && summary.unplaced > 0) framesHint(io, board.items, inferred);
  await writeOutput(io, options.out, text);
}

/**
 * A board of several journeys read whole puts one grid's stickies in another's margins: name the
 * frames, so the user converts one at a time.
 */
function framesHint(io: Io, items: readonly BoardItem[], map: JourneyMap): void {
  const stageFrames = new Set(map.stages.flatMap((stage) => stage.source?.itemId ?? []));
  const frames = journeyFrames(items, stageFrames);
  if (frames.length < 2) return;
  const shown = frames.slice(0, 5).map((frame) => term`${frame.id} "${frame.title}"`);
  const more = frames.length > 5 ? ` and ${frames.length - 5} more` : '';
  io.err(
    `hint: the board has ${frames.length} frames holding stickies (${shown.join(', ')}${more}); convert one journey at a time with --frame ID\n`,
  );
}

/** Connectors, images and other items a map does not hold: "; ignored 2 card, 1 image". */
function ignoredText(ignored: Readonly<Record<string, number>>): string {
  const counts = Object.entries(ignored).map(([type, count]) => term`${count} ${type}`);
  return counts.length === 0 ? '' : `; ignored ${counts.join(', ')}`;
}

/** One frame of the board and what lies on it: a board holding two journeys converts one at a time. */
function inFrame(board: BoardRead, frameId: string): BoardRead {
  try {
    const read = scopeBoardRead({ items: board.items, warnings: [] }, { kind: 'frame', frameId });
    return {
      ...board,
      items: read.items,
      ...(read.title === undefined ? {} : { title: read.title }),
    };
  } catch (error) {
    if (error instanceof BoardScopeError) {
      throw new CliError(`--frame ${frameId}: there is no frame with this id on the board`);
    }
    throw error;
  }
}

/** Merging another board's map would flag every sticky of it as removed: a mistake, usually. */
function refuseOtherBoard(path: string, previous: JourneyMap, boardId: string): void {
  const boards = sourceBoardIds(previous);
  if (boards.size === 0 || boards.has(boardId)) return;
  const [other] = boards;
  throw new CliError(
    `--previous ${path}: was converted from board ${other}, not ${boardId}; pass --allow-other-board to merge it anyway`,
  );
}
