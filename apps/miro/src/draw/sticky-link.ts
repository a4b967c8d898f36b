// The small ids a sticky carries in its item metadata: which map and which item it stands for.
import { Id } from '@throughline/journey-core';
import { z } from 'zod';

/** The metadata key Throughline writes under (item metadata is per app, so one key suffices). */
export const STICKY_LINK_KEY = 'throughline';

/**
 * Miro's changelog of 2023-02-13: the Web SDK refuses item metadata over 256 bytes per app
 * (the JSON of the item's whole metadata object).
 */
export const ITEM_METADATA_LIMIT_BYTES = 256;

export const StickyLink = z.object({ m: Id, i: Id });
export type StickyLink = z.infer<typeof StickyLink>;

/** The bytes Miro counts for an item whose metadata is this link alone. */
export function stickyLinkBytes(link: StickyLink): number {
  return new TextEncoder().encode(JSON.stringify({ [STICKY_LINK_KEY]: link })).length;
}

export function fitsItemMetadata(link: StickyLink): boolean {
  return stickyLinkBytes(link) <= ITEM_METADATA_LIMIT_BYTES;
}

/** A link read back from an item's metadata value, or undefined when it is not one of ours. */
export function readStickyLink(value: unknown): StickyLink | undefined {
  const parsed = StickyLink.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
