// The size and rate limits the real Web SDK enforces, so the fake refuses what Miro would refuse.
import type { Json } from './sdk-shapes';

/**
 * Miro's changelog of 2023-02-13 ("Web SDK 2.0 enforces max size for AppData and AppMetadata"):
 * item metadata holds up to 256 bytes per app, board app data up to 512 bytes per app; the SDK
 * throws past either. (The older storage guide quotes 6 KB and 30 KB; the enforced figures win.)
 */
export const ITEM_METADATA_LIMIT_BYTES = 256;
export const APP_DATA_LIMIT_BYTES = 512;

/** Miro's storage guide: a storage collection holds up to 64 KB per key. */
export const STORAGE_VALUE_LIMIT_BYTES = 64 * 1024;

/**
 * Miro's Web SDK rate limits: 100,000 credits a minute, most calls on items cost 50 credits
 * (level 1), so an app can create about 2,000 items a minute; past it the call is rejected.
 */
export const SDK_CALLS_PER_MINUTE = 2000;

/** The size Miro counts: the UTF-8 bytes of the value's JSON. */
export function jsonBytes(value: Json): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
