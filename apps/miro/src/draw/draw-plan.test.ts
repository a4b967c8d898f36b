import {
  type BoardPlan,
  CURRENT_SCHEMA_VERSION,
  JourneyMap,
  type JourneyMapInput,
  LaneKind,
  layoutMapOnBoard,
} from '@throughline/journey-core';
import {
  InMemoryBoard,
  installFakeMiro,
  type RateLimitSimulation,
} from '@throughline/platform-fakes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DrawingBoard,
  type DrawReport,
  describeReport,
  drawPlan,
  PHASE_HEADER_FILL,
} from './draw-plan';
import { LANE_COLOURS, STAGE_HEADER_FILL } from './lane-colours';
import { STICKY_LINK_KEY } from './sticky-link';
import { abortError, type Clock } from './write-pacer';

/** A generous bound for the large-input tests: linear code takes seconds, quadratic code hours. */
const LARGE_INPUT_MS = 60_000;

/**
 * Virtual time: a sleep ends when every task has run as far as it can (a macrotask later), and
 * then time jumps to the earliest wake-up. Paced drawings run at once, in the order real time
 * would give them.
 */
function manualClock(start = 0): Clock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  const timers: { at: number; wake: () => void }[] = [];
  let ticking = false;
  const tick = () => {
    ticking = false;
    timers.sort((a, b) => a.at - b.at);
    const next = timers.shift();
    if (!next) return;
    now = Math.max(now, next.at);
    next.wake();
    if (timers.length > 0) schedule();
  };
  const schedule = () => {
    if (ticking) return;
    ticking = true;
    setTimeout(tick, 0);
  };
  return {
    slept,
    now: () => now,
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(abortError());
      slept.push(ms);
      return new Promise((resolve, reject) => {
        const timer = { at: now + ms, wake: () => resolve() };
        timers.push(timer);
        signal?.addEventListener(
          'abort',
          () => {
            const index = timers.indexOf(timer);
            if (index >= 0) timers.splice(index, 1);
            reject(abortError());
          },
          { once: true },
        );
        schedule();
      });
    },
  };
}

function journey(input: Partial<JourneyMapInput> = {}): JourneyMap {
  return JourneyMap.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'map-onboarding',
    key: 'onboarding',
    title: 'Onboarding',
    stages: [
      { id: 'st-discover', key: 'discover', name: 'Discover' },
      { id: 'st-sign-up', key: 'sign-up', name: 'Sign up' },
    ],
    lanes: [
      { id: 'ln-actions', key: 'actions', name: 'Actions', kind: 'actions' },
      { id: 'ln-pain', key: 'pain', name: 'Pain points', kind: 'pain-points' },
    ],
    items: [
      { id: 'it-1', stageId: 'st-discover', laneId: 'ln-actions', text: 'Reads a review' },
      { id: 'it-2', stageId: 'st-discover', laneId: 'ln-actions', text: 'Asks a friend' },
      { id: 'it-3', stageId: 'st-sign-up', laneId: 'ln-actions', text: 'Fills the form' },
      {
        id: 'it-4',
        stageId: 'st-sign-up',
        laneId: 'ln-pain',
        text: 'Too many fields\nand a captcha',
      },
      { id: 'it-5', stageId: 'st-discover', laneId: 'ln-pain', text: '<script>alert(1)</script>' },
      {
        id: 'it-6',
        stageId: 'st-sign-up',
        laneId: 'ln-pain',
        text: '<img src=x onerror="steal()"> & co',
      },
    ],
    ...input,
  });
}

function setup(rateLimit?: RateLimitSimulation) {
  const clock = manualClock(1_000_000);
  const board = new InMemoryBoard({ now: clock.now, ...(rateLimit && { rateLimit }) });
  const { miro } = installFakeMiro({}, board);
  return { board, clock, sdk: miro.board };
}

/** Map item id → the board item drawn for it, found by the link in its metadata. */
function stickiesByItem(board: InMemoryBoard): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const stored of board.items.values()) {
    if (stored.kind !== 'sticky_note') continue;
    const link = stored.metadata[STICKY_LINK_KEY];
    if (typeof link !== 'object' || link === null || Array.isArray(link)) continue;
    const itemId = String(link.i);
    found.set(itemId, [...(found.get(itemId) ?? []), stored.data.id]);
  }
  return found;
}

function partsCount(report: DrawReport): number {
  return report.drawn.length + report.partlyDrawn.length + report.notDrawn.length;
}

describe('drawPlan', () => {
  it('draws every planned item exactly once, in place, coloured by lane, in the frame', async () => {
    const map = journey();
    const plan = layoutMapOnBoard(map, { origin: { x: 1000, y: 500 } });
    const { board, clock, sdk } = setup();
    const report = await drawPlan(sdk, plan, { mapId: map.id, pace: { clock } });

    expect(report.status).toBe('complete');
    expect(report.drawn).toHaveLength(plan.total);
    expect(report.notDrawn).toEqual([]);
    expect(board.items.size).toBe(plan.total);

    const frameId = report.frameId ?? '';
    const frame = board.item(frameId);
    expect(frame.kind).toBe('frame');
    expect(board.boardBox(frameId)).toEqual(plan.frame.box);
    expect(frame.data).toMatchObject({ title: 'Onboarding' });

    const byItem = stickiesByItem(board);
    expect([...byItem.keys()].sort()).toEqual(plan.stickies.map((s) => s.itemId).sort());
    for (const planned of plan.stickies) {
      const ids = byItem.get(planned.itemId) ?? [];
      expect(ids).toHaveLength(1);
      const id = ids[0] ?? '';
      const stored = board.item(id);
      const box = board.boardBox(id);
      expect(box.left + box.width / 2).toBe(planned.box.left + planned.box.width / 2);
      expect(box.top + box.height / 2).toBe(planned.box.top + planned.box.height / 2);
      expect(box.width).toBe(planned.box.width);
      expect(stored.data).toMatchObject({
        parentId: frameId,
        shape: 'square',
        style: { fillColor: LANE_COLOURS[planned.kind].sticky },
      });
      expect(stored.metadata).toEqual({ [STICKY_LINK_KEY]: { m: map.id, i: planned.itemId } });
    }

    const shapes = [...board.items.values()].filter((stored) => stored.kind === 'shape');
    expect(shapes).toHaveLength(plan.headers.length);
    for (const header of plan.headers) {
      const shape = shapes.find((stored) => {
        const box = board.boardBox(stored.data.id);
        return box.left === header.box.left && box.top === header.box.top;
      });
      expect(shape?.data).toMatchObject({
        parentId: frameId,
        width: header.box.width,
        height: header.box.height,
        content: `<p>${header.text}</p>`,
      });
      if (header.role === 'lane' && header.kind && shape?.kind === 'shape') {
        expect(shape.data.style.fillColor).toBe(LANE_COLOURS[header.kind].hex);
      }
    }

    // One create and one frame.add per item, one setMetadata per sticky, nothing else.
    expect(board.log.tally()).toEqual({
      'board.createFrame': 1,
      'board.createShape': plan.headers.length,
      'board.createStickyNote': plan.stickies.length,
      'frame.add': plan.headers.length + plan.stickies.length,
      'item.setMetadata': plan.stickies.length,
    });
  });

  it('draws phase headers as shapes in the frame, darker and larger than stage headers', async () => {
    const map = journey({
      phases: [
        { id: 'ph-before', key: 'before', name: 'Before', stageIds: ['st-discover', 'st-sign-up'] },
      ],
    });
    const plan = layoutMapOnBoard(map);
    const { board, clock, sdk } = setup();
    const report = await drawPlan(sdk, plan, { mapId: map.id, pace: { clock } });
    expect(report.status).toBe('complete');
    expect(board.items.size).toBe(plan.total);
    const drawnPhase = report.drawn.find((drawn) => drawn.part.role === 'phase');
    expect(drawnPhase?.part).toEqual({ role: 'phase', refId: 'ph-before', text: 'Before' });
    const styleOf = (refId: string) => {
      const drawn = report.drawn.find((part) => 'refId' in part.part && part.part.refId === refId);
      const stored = board.item(drawn?.boardItemId ?? '');
      return stored.kind === 'shape' ? stored.data.style : undefined;
    };
    expect(styleOf('ph-before')).toMatchObject({ fillColor: PHASE_HEADER_FILL, fontSize: 28 });
    expect(styleOf('st-discover')).toMatchObject({ fillColor: STAGE_HEADER_FILL, fontSize: 24 });
  });

  it('writes sticky text as escaped HTML, never as markup', async () => {
    const map = journey();
    const plan = layoutMapOnBoard(map);
    const { board, clock, sdk } = setup();
    await drawPlan(sdk, plan, { mapId: map.id, pace: { clock } });
    const byItem = stickiesByItem(board);
    const contentOf = (itemId: string) => {
      const stored = board.item(byItem.get(itemId)?.[0] ?? '');
      return stored.kind === 'sticky_note' ? stored.data.content : '';
    };
    expect(contentOf('it-5')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(contentOf('it-6')).toBe('<p>&lt;img src=x onerror=&quot;steal()&quot;&gt; &amp; co</p>');
    expect(contentOf('it-4')).toBe('<p>Too many fields</p><p>and a captcha</p>');
    for (const stored of board.items.values()) {
      const content = 'content' in stored.data ? stored.data.content : '';
      expect(content).not.toMatch(/<(script|img)/i);
    }
  });

  it('reports progress after the frame and after each batch, rising to the total', async () => {
    const map = journey();
    const plan = layoutMapOnBoard(map);
    const { clock, sdk } = setup();
    const seen: number[] = [];
    await drawPlan(sdk, plan, {
      mapId: map.id,
      pace: { clock, concurrency: 3 },
      onProgress: ({ done, total }) => {
        expect(total).toBe(plan.total);
        seen.push(done);
      },
    });
    const batches = Math.ceil((plan.total - 1) / 3);
    expect(seen).toHaveLength(1 + batches);
    expect(seen[0]).toBe(1);
    expect(seen.at(-1)).toBe(plan.total);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('retries writes Miro refuses for its rate limit, with backoff, and draws each once', async () => {
    const map = journey();
    const plan = layoutMapOnBoard(map);
    // Miro allows 4 creates a second here; the pacer is told nothing of it.
    const { board, clock, sdk } = setup({ calls: 4, windowMs: 1000 });
    const report = await drawPlan(sdk, plan, {
      mapId: map.id,
      pace: { clock, backoffMs: 250, retries: 8 },
    });
    expect(report.status).toBe('complete');
    expect(board.log.count((call) => call.rejected !== undefined)).toBeGreaterThan(0);
    expect(clock.slept.length).toBeGreaterThan(0);
    expect(clock.slept[0]).toBe(250);
    expect(board.items.size).toBe(plan.total);
    for (const ids of stickiesByItem(board).values()) expect(ids).toHaveLength(1);
  });

  it('keeps to its own rate cap, so Miro never has to refuse', async () => {
    const map = journey();
    const plan = layoutMapOnBoard(map);
    const { board, clock, sdk } = setup({ calls: 5, windowMs: 1000 });
    const started = clock.now();
    const report = await drawPlan(sdk, plan, {
      mapId: map.id,
      pace: { clock, callsPerWindow: 5, windowMs: 1000 },
    });
    expect(report.status).toBe('complete');
    expect(board.log.count((call) => call.rejected !== undefined)).toBe(0);
    const calls = board.log.calls.length;
    // n calls at 5 a second take at least (n / 5 − 1) seconds.
    expect(clock.now() - started).toBeGreaterThanOrEqual((Math.ceil(calls / 5) - 1) * 1000);
  });

  it('fails with a report when Miro keeps refusing for its rate limit', async () => {
    const map = journey();
    const plan = layoutMapOnBoard(map);
    const { clock, sdk } = setup({ calls: 1, windowMs: 60_000 });
    const report = await drawPlan(sdk, plan, {
      mapId: map.id,
      pace: { clock, retries: 2, backoffMs: 10 },
    });
    expect(report.status).toBe('failed');
    expect(report.error?.code).toBe('rate-limited');
    expect(report.drawn).toHaveLength(1);
    expect(partsCount(report)).toBe(plan.total);
  });

  it('stops cleanly when aborted, listing what was and was not drawn', async () => {
    const map = journey();
    const plan = layoutMapOnBoard(map);
    const { board, clock, sdk } = setup();
    const controller = new AbortController();
    const report = await drawPlan(sdk, plan, {
      mapId: map.id,
      signal: controller.signal,
      pace: { clock, concurrency: 2 },
      onProgress: ({ done }) => {
        if (done >= 3) controller.abort();
      },
    });
    expect(report.status).toBe('aborted');
    expect(report.error?.code).toBe('aborted');
    expect(report.drawn).toHaveLength(3);
    expect(board.items.size).toBe(3);
    expect(partsCount(report)).toBe(plan.total);
    const drawnIds = new Set(report.drawn.map((drawn) => drawn.boardItemId));
    expect([...board.items.keys()].every((id) => drawnIds.has(id))).toBe(true);
    expect(describeReport(report)).toMatch(/^Stopped after drawing 3 items; \d+ not drawn/);
  });

  it('lists every part of a 160,000-sticky plan it did not draw, without overflowing the stack', {
    timeout: LARGE_INPUT_MS,
  }, async () => {
    const count = 160_000;
    const map: JourneyMap = {
      ...journey(),
      items: Array.from({ length: count }, (_, index) => ({
        id: `it-${index}`,
        stageId: index % 2 === 0 ? 'st-discover' : 'st-sign-up',
        laneId: 'ln-actions',
        text: `note ${index}`,
      })),
    };
    const plan = layoutMapOnBoard(map);
    const { clock, sdk } = setup();
    const controller = new AbortController();
    const report = await drawPlan(sdk, plan, {
      mapId: map.id,
      signal: controller.signal,
      pace: { clock, concurrency: 4 },
      onProgress: ({ done }) => {
        if (done >= 1) controller.abort();
      },
    });
    expect(report.status).toBe('aborted');
    expect(report.notDrawn.length).toBeGreaterThan(count);
    expect(partsCount(report)).toBe(plan.total);
  });

  it('stops while waiting out Miro’s rate limit when aborted', async () => {
    const map = journey();
    const plan = layoutMapOnBoard(map);
    const { board, clock, sdk } = setup({ calls: 2, windowMs: 60_000 });
    const controller = new AbortController();
    const sleep = clock.sleep;
    const report = await drawPlan(sdk, plan, {
      mapId: map.id,
      signal: controller.signal,
      pace: {
        clock: {
          now: clock.now,
          sleep: (ms, signal) => {
            const sleeping = sleep(ms, signal);
            controller.abort();
            return sleeping;
          },
        },
      },
    });
    expect(report.status).toBe('aborted');
    expect(board.items.size).toBe(2);
    expect(partsCount(report)).toBe(plan.total);
    expect(report.drawn.length + report.partlyDrawn.length).toBe(2);
  });

  it('reports an SDK failure with what was drawn, what was drawn in part and what was not', async () => {
    const map = journey();
    const plan = layoutMapOnBoard(map);
    const { board, clock, sdk } = setup();
    let stickies = 0;
    const failing: DrawingBoard = {
      createFrame: (props) => sdk.createFrame(props),
      createShape: (props) => sdk.createShape(props),
      createStickyNote: async (props) => {
        stickies += 1;
        if (stickies === 2) throw new Error('Board is read-only');
        return sdk.createStickyNote(props);
      },
    };
    const report = await drawPlan(failing, plan, {
      mapId: map.id,
      pace: { clock, concurrency: 4 },
    });
    expect(report.status).toBe('failed');
    expect(report.error).toEqual({ code: 'sdk-error', message: 'Board is read-only' });
    expect(partsCount(report)).toBe(plan.total);
    expect(report.notDrawn.some((part) => part.role === 'sticky')).toBe(true);
    // Everything on the board is accounted for, and nothing reported drawn is missing.
    const reported = [...report.drawn, ...report.partlyDrawn].map((drawn) => drawn.boardItemId);
    expect(reported.sort()).toEqual([...board.items.keys()].sort());
    expect(describeReport(report)).toMatch(
      /^Failed after drawing \d+ items; \d+ not drawn \(Board is read-only\)\.$/,
    );
  });

  it('checks every metadata link before writing anything', async () => {
    const longId = `x${'y'.repeat(127)}`;
    const map = journey({
      id: longId,
      items: [
        { id: `i${'z'.repeat(127)}`, stageId: 'st-discover', laneId: 'ln-actions', text: 'a' },
      ],
    });
    const plan = layoutMapOnBoard(map);
    const { board, clock, sdk } = setup();
    const report = await drawPlan(sdk, plan, { mapId: map.id, pace: { clock } });
    expect(report.status).toBe('failed');
    expect(report.error?.code).toBe('metadata-too-large');
    expect(report.notDrawn).toHaveLength(plan.total);
    expect(board.log.calls).toEqual([]);
  });

  it('draws any map completely: each item once, at its planned centre', async () => {
    const text = fc.string({ maxLength: 30 });
    const maps = fc
      .record({
        stages: fc.integer({ min: 1, max: 4 }),
        lanes: fc.array(fc.constantFrom(...LaneKind.options), { minLength: 1, maxLength: 4 }),
        items: fc.array(fc.tuple(fc.nat(), fc.nat(), text), { maxLength: 25 }),
      })
      .map(({ stages, lanes, items }) =>
        journey({
          stages: Array.from({ length: stages }, (_, index) => ({
            id: `s${index}`,
            key: `s${index}`,
            name: `Stage ${index}`,
          })),
          lanes: lanes.map((kind, index) => ({
            id: `l${index}`,
            key: `l${index}`,
            name: `Lane ${index}`,
            kind,
          })),
          items: items.map(([stage, lane, itemText], index) => ({
            id: `i${index}`,
            stageId: `s${stage % stages}`,
            laneId: `l${lane % lanes.length}`,
            text: itemText,
          })),
        }),
      );
    await fc.assert(
      fc.asyncProperty(maps, async (map) => {
        const plan: BoardPlan = layoutMapOnBoard(map);
        const { board, clock, sdk } = setup();
        const report = await drawPlan(sdk, plan, { mapId: map.id, pace: { clock } });
        expect(report.status).toBe('complete');
        expect(board.items.size).toBe(plan.total);
        const byItem = stickiesByItem(board);
        expect(byItem.size).toBe(map.items.length);
        for (const planned of plan.stickies) {
          const [id = ''] = byItem.get(planned.itemId) ?? [];
          const box = board.boardBox(id);
          expect(box.left + box.width / 2).toBe(planned.box.left + planned.box.width / 2);
        }
      }),
      { numRuns: 40 },
    );
  });
});
