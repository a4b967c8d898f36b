// Draws a laid-out map (the core's BoardPlan) on a Miro board: the frame, then the headers and
// stickies in paced batches, each put in the frame and each sticky linked to its map item.
import type { Frame, Miro, Shape, StickyNote } from '@mirohq/websdk-types';
import type { BoardPlan, PlannedHeader, PlannedSticky } from '@throughline/journey-core';
import { textToBoardHtml } from './board-html';
import { LANE_COLOURS, STAGE_HEADER_FILL } from './lane-colours';
import {
  fitsItemMetadata,
  ITEM_METADATA_LIMIT_BYTES,
  STICKY_LINK_KEY,
  type StickyLink,
  stickyLinkBytes,
} from './sticky-link';
import {
  DEFAULT_PACE,
  isAbortError,
  isRateLimitError,
  type PaceOptions,
  WritePacer,
} from './write-pacer';

/** The part of `miro.board` the writer uses. */
export type DrawingBoard = Pick<Miro['board'], 'createFrame' | 'createShape' | 'createStickyNote'>;

/** One thing the plan asks for, named the way the map names it. */
export type PlannedPart =
  | { role: 'frame'; title: string }
  | { role: 'phase' | 'stage' | 'lane'; refId: string; text: string }
  | { role: 'sticky'; itemId: string; text: string };

export interface DrawnPart {
  part: PlannedPart;
  boardItemId: string;
}

/** On the board, but a later step failed: not in the frame, or not linked to its map item. */
export interface PartlyDrawnPart extends DrawnPart {
  missing: 'frame' | 'metadata';
}

export type DrawErrorCode = 'aborted' | 'rate-limited' | 'sdk-error' | 'metadata-too-large';

export interface DrawError {
  code: DrawErrorCode;
  message: string;
}

/** What the writer did, in full: a drawing that stops part way says exactly where. */
export interface DrawReport {
  status: 'complete' | 'aborted' | 'failed';
  frameId: string | null;
  drawn: DrawnPart[];
  partlyDrawn: PartlyDrawnPart[];
  notDrawn: PlannedPart[];
  /** Map items the plan could not place (from the plan). */
  skipped: string[];
  error?: DrawError;
}

export interface DrawProgress {
  done: number;
  total: number;
}

export interface DrawOptions {
  /** The map the plan was laid out from; each sticky's metadata names it. */
  mapId: string;
  /** Called after the frame and after each batch; `done` only grows, and reaches `total`. */
  onProgress?: (progress: DrawProgress) => void;
  signal?: AbortSignal;
  pace?: Partial<PaceOptions>;
}

type ContentItem = StickyNote | Shape;

interface Task {
  part: PlannedPart;
  create(): Promise<ContentItem>;
  link?: StickyLink;
}

type Outcome =
  | { kind: 'drawn'; drawn: DrawnPart }
  | { kind: 'partly'; drawn: PartlyDrawnPart; error: unknown }
  | { kind: 'not-drawn'; part: PlannedPart; error: unknown };

function centre(box: PlannedSticky['box']): { x: number; y: number } {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

function headerPart(header: PlannedHeader): PlannedPart {
  return { role: header.role, refId: header.refId, text: header.text };
}

function stickyPart(sticky: PlannedSticky): PlannedPart {
  return { role: 'sticky', itemId: sticky.itemId, text: sticky.text };
}

/** A phase groups stages: a darker neutral than theirs, so the two header rows read apart. */
export const PHASE_HEADER_FILL = '#d4d4d4';

/** The fill and type size of each header role; lane labels take their lane's colour. */
function headerLook(header: PlannedHeader): { fill: string; fontSize: number } {
  switch (header.role) {
    case 'phase':
      return { fill: PHASE_HEADER_FILL, fontSize: 28 };
    case 'stage':
      return { fill: STAGE_HEADER_FILL, fontSize: 24 };
    case 'lane':
      return {
        fill: header.kind ? LANE_COLOURS[header.kind].hex : STAGE_HEADER_FILL,
        fontSize: 20,
      };
  }
}

function headerTask(board: DrawingBoard, header: PlannedHeader): Task {
  const { fill, fontSize } = headerLook(header);
  return {
    part: headerPart(header),
    create: () =>
      board.createShape({
        shape: 'rectangle',
        content: textToBoardHtml(header.text),
        ...centre(header.box),
        width: header.box.width,
        height: header.box.height,
        style: {
          fillColor: fill,
          color: '#1a1a1a',
          fontSize,
          textAlign: 'center',
          textAlignVertical: 'middle',
        },
      }),
  };
}

function stickyTask(board: DrawingBoard, sticky: PlannedSticky, mapId: string): Task {
  return {
    part: stickyPart(sticky),
    // A square sticky is sized by its width alone; Miro refuses a width and a height together.
    create: () =>
      board.createStickyNote({
        content: textToBoardHtml(sticky.text),
        ...centre(sticky.box),
        width: sticky.box.width,
        shape: 'square',
        style: { fillColor: LANE_COLOURS[sticky.kind].sticky },
      }),
    link: { m: mapId, i: sticky.itemId },
  };
}

function errorOf(error: unknown): DrawError {
  const message = error instanceof Error ? error.message : String(error);
  if (isAbortError(error)) return { code: 'aborted', message };
  if (isRateLimitError(error)) {
    return {
      code: 'rate-limited',
      message: `Miro kept refusing writes for its rate limit: ${message}`,
    };
  }
  return { code: 'sdk-error', message };
}

function allParts(plan: BoardPlan): PlannedPart[] {
  return [
    { role: 'frame', title: plan.frame.title },
    ...plan.headers.map(headerPart),
    ...plan.stickies.map(stickyPart),
  ];
}

/** Draw `plan` on the board. Never throws for a failed write: the report says what happened. */
export async function drawPlan(
  board: DrawingBoard,
  plan: BoardPlan,
  options: DrawOptions,
): Promise<DrawReport> {
  const pace: PaceOptions = { ...DEFAULT_PACE, ...options.pace };
  const pacer = new WritePacer(pace);
  const { signal, mapId } = options;
  const report: DrawReport = {
    status: 'complete',
    frameId: null,
    drawn: [],
    partlyDrawn: [],
    notDrawn: [],
    skipped: [...plan.skipped],
  };

  // Every write is checked before the first one is made: a link that cannot fit fails it all.
  const tooLarge = plan.stickies.filter(
    (sticky) => !fitsItemMetadata({ m: mapId, i: sticky.itemId }),
  );
  const first = tooLarge[0];
  if (first) {
    const bytes = stickyLinkBytes({ m: mapId, i: first.itemId });
    return {
      ...report,
      status: 'failed',
      notDrawn: allParts(plan),
      error: {
        code: 'metadata-too-large',
        message: `${tooLarge.length} item ids are too long to link their stickies to the map (${bytes} bytes; Miro keeps at most ${ITEM_METADATA_LIMIT_BYTES} per item)`,
      },
    };
  }

  let done = 0;
  const progress = () => options.onProgress?.({ done, total: plan.total });

  let frame: Frame;
  try {
    const { box, title } = plan.frame;
    frame = await pacer.call(
      () =>
        board.createFrame({
          title,
          ...centre(box),
          width: box.width,
          height: box.height,
          style: { fillColor: '#ffffff' },
        }),
      signal,
    );
  } catch (error) {
    const failure = errorOf(error);
    return {
      ...report,
      status: failure.code === 'aborted' ? 'aborted' : 'failed',
      notDrawn: allParts(plan),
      error: failure,
    };
  }
  report.frameId = frame.id;
  report.drawn.push({ part: { role: 'frame', title: plan.frame.title }, boardItemId: frame.id });
  done = 1;
  progress();

  const run = async (task: Task): Promise<Outcome> => {
    let item: ContentItem;
    try {
      item = await pacer.call(task.create, signal);
    } catch (error) {
      return { kind: 'not-drawn', part: task.part, error };
    }
    const boardItemId = item.id;
    try {
      await pacer.call(() => frame.add(item), signal);
    } catch (error) {
      return { kind: 'partly', drawn: { part: task.part, boardItemId, missing: 'frame' }, error };
    }
    const link = task.link;
    if (link) {
      try {
        await pacer.call(() => item.setMetadata(STICKY_LINK_KEY, link), signal);
      } catch (error) {
        return {
          kind: 'partly',
          drawn: { part: task.part, boardItemId, missing: 'metadata' },
          error,
        };
      }
    }
    return { kind: 'drawn', drawn: { part: task.part, boardItemId } };
  };

  const tasks = [
    ...plan.headers.map((header) => headerTask(board, header)),
    ...plan.stickies.map((sticky) => stickyTask(board, sticky, mapId)),
  ];
  const concurrency = Math.max(1, Math.floor(pace.concurrency));
  // A loop, not push(...rest): a plan of 160,000 stickies would overflow the call stack.
  const notDrawn = (from: number) => {
    for (const task of tasks.slice(from)) report.notDrawn.push(task.part);
  };
  for (let start = 0; start < tasks.length; start += concurrency) {
    if (signal?.aborted) {
      report.status = 'aborted';
      report.error = { code: 'aborted', message: 'The drawing was cancelled' };
      notDrawn(start);
      break;
    }
    const outcomes = await Promise.all(tasks.slice(start, start + concurrency).map(run));
    let failure: DrawError | undefined;
    for (const outcome of outcomes) {
      if (outcome.kind === 'drawn') report.drawn.push(outcome.drawn);
      else if (outcome.kind === 'partly') report.partlyDrawn.push(outcome.drawn);
      else report.notDrawn.push(outcome.part);
      if (outcome.kind !== 'drawn') failure ??= errorOf(outcome.error);
      if (outcome.kind !== 'not-drawn') done += 1;
    }
    progress();
    if (failure) {
      report.status = failure.code === 'aborted' ? 'aborted' : 'failed';
      report.error = failure;
      notDrawn(start + concurrency);
      break;
    }
  }
  return report;
}

/** One line for a person: what was drawn, what was not, and why. */
export function describeReport(report: DrawReport): string {
  const drawn = report.drawn.length;
  if (report.status === 'complete') return `Drew ${drawn} items on the board.`;
  const partly = report.partlyDrawn.length;
  const parts = [
    `${report.status === 'aborted' ? 'Stopped' : 'Failed'} after drawing ${drawn} items`,
    partly > 0 ? `${partly} more only in part` : '',
    `${report.notDrawn.length} not drawn`,
  ].filter((part) => part !== '');
  const reason = report.error ? ` (${report.error.message})` : '';
  return `${parts.join('; ')}${reason}.`;
}
