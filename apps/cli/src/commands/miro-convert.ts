// `throughline miro convert FILE | --board ID`: a workshop board turned into a journey map.
import {
  type BoardItem,
  exportMap,
  inferMapFromBoard,
  type JourneyMap,
  mergeMaps,
  parseJson,
} from '@throughline/journey-core';
import {
  fetchBoardItems,
  fromRestItems,
  MiroRestError,
  parseRestItemsDocument,
} from '@throughline/miro';
import { CliError } from '../cli-error';
import type { Io } from '../io';
import { ConvertOptions, parseOptions } from '../options';
import {
  describeFailure,
  readLegendFile,
  readMapFile,
  readTextFile,
  writeTextFile,
} from '../user-files';

interface BoardRead {
  boardId: string;
  items: BoardItem[];
  warnings: string[];
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

async function readLiveBoard(io: Io, boardId: string): Promise<BoardRead> {
  const token = io.env.MIRO_TOKEN;
  if (!token) throw new CliError('--board: set MIRO_TOKEN to a Miro access token with boards:read');
  try {
    const restItems = await fetchBoardItems({
      boardId,
      token,
      ...(io.env.MIRO_API_URL ? { baseUrl: io.env.MIRO_API_URL } : {}),
    });
    const { items, warnings } = fromRestItems(restItems);
    return { boardId, items, warnings: warnings.map((warning) => warning.message) };
  } catch (error) {
    if (error instanceof MiroRestError) throw new CliError(`--board ${boardId}: ${error.message}`);
    throw error;
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
  const board =
    file !== undefined
      ? await readBoardFile(io, file)
      : await readLiveBoard(io, options.board ?? '');
  const legend =
    options.legend === undefined ? undefined : await readLegendFile(io, options.legend);
  const { map: inferred, summary } = inferMapFromBoard(board.items, {
    boardId: board.boardId,
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(legend === undefined ? {} : { legend }),
  });
  const map =
    options.previous === undefined ? inferred : await mergeInto(io, options.previous, inferred);
  const text = exportMap(map, options.format);
  for (const warning of board.warnings) io.err(`warning: ${warning}\n`);
  io.err(
    `${summary.stickies} stickies: ${summary.placed} placed (${summary.unsure} unsure), ${summary.unplaced} unplaced\n`,
  );
  if (options.out === undefined) io.out(text);
  else {
    await writeTextFile(io, options.out, text);
    io.err(`wrote ${options.out}\n`);
  }
}

/** Re-converting keeps the ids, links and hand edits of the map saved last time. */
async function mergeInto(io: Io, previousPath: string, inferred: JourneyMap): Promise<JourneyMap> {
  const previous = await readMapFile(io, previousPath);
  const { map } = mergeMaps(previous, inferred);
  return map;
}
