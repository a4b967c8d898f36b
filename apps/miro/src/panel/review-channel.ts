// The larger view (review.html in a Miro modal) and the panel agree here on what goes in and out:
// the panel opens the modal with the open map as its data (`getModalData`), and the modal closes
// with the map as its result (`closeModal`), which the panel's `waitForClose` receives. Closed
// with Miro's own close button, a modal has no result: so the modal also keeps its latest map as a
// draft in board storage under the session the panel named, and the panel takes it from there.
import type { Json } from '@mirohq/websdk-types';
import type { JourneyMap } from '@throughline/journey-core';
import { parseMap } from '@throughline/journey-core';
import { z } from 'zod';

/** The review page, next to panel.html: Miro resolves a modal's URL against the app's. */
export const REVIEW_PAGE = 'review.html';

/** Seven stages and six lanes fit this width without scrolling sideways. */
export const REVIEW_MODAL_SIZE = { width: 1200, height: 800 } as const;

/** More stages than this do not fit the panel's ~320 px: the grid opens in the larger view. */
export const PANEL_STAGE_LIMIT = 3;

export function needsLargerView(map: JourneyMap): boolean {
  return map.stages.length > PANEL_STAGE_LIMIT;
}

/** The board storage collection of drafts, one key per review session. */
export const REVIEW_DRAFTS = 'throughline-review-drafts';

/**
 * Miro's storage guide: up to 64 KB per key. A larger map keeps no draft: only "Back to the
 * panel" brings its edits back.
 */
export const DRAFT_LIMIT_BYTES = 60 * 1024;

export interface ReviewData {
  map: JourneyMap;
  /** Whether the map had unsaved changes when the modal opened. */
  dirty: boolean;
  /** Names this opening of the modal: the key of its draft. */
  session?: string;
}

/** Both directions carry the map as data: it is parsed again on arrival, never trusted. */
const Envelope = z.object({
  map: z.unknown(),
  dirty: z.boolean().optional(),
  session: z.string().min(1).max(100).optional(),
});

/** The map the modal was opened with (or closed with), or null when the data is not a map. */
export function readReviewData(data: unknown): ReviewData | null {
  const envelope = Envelope.safeParse(data);
  if (!envelope.success) return null;
  const parsed = parseMap(envelope.data.map);
  if (!parsed.ok) return null;
  const { dirty, session } = envelope.data;
  return { map: parsed.value, dirty: dirty ?? false, ...(session !== undefined && { session }) };
}

/** The draft a review session keeps, as board storage holds it: JSON data, within the limit. */
export function draftValue(map: JourneyMap): Json | null {
  const text = JSON.stringify({ map });
  if (new TextEncoder().encode(text).length > DRAFT_LIMIT_BYTES) return null;
  const value: Json = JSON.parse(text);
  return value;
}

/**
 * The map the modal closed with when it differs from the one it was opened with; null when it
 * was closed without a result (its close button) or with the same map.
 */
export function reviewedMap(result: unknown, opened: JourneyMap): JourneyMap | null {
  const reviewed = readReviewData(result);
  if (reviewed === null) return null;
  return JSON.stringify(reviewed.map) === JSON.stringify(opened) ? null : reviewed.map;
}
