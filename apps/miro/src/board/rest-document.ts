// Saved Miro REST "get items" responses, as people keep them: one cursor page, an array of pages,
// or an array of items.
import { parseWith, type Result } from '@throughline/journey-core';
import { z } from 'zod';
import { RestItem, RestItemsPage } from './rest-items';

export interface RestItemsDocument {
  items: RestItem[];
  /** From the pages' `links.self`, when the file kept it. */
  boardId: string | undefined;
}

/** A page holds its items in a `data` array; an item's own `data` is an object. */
const isPage = (value: unknown) =>
  typeof value === 'object' && value !== null && 'data' in value && Array.isArray(value.data);

/** `https://api.miro.com/v2/boards/uXjVFAKE%3D/items?…` → `uXjVFAKE=`. */
function boardIdOf(self: string | undefined): string | undefined {
  const match = self?.match(/\/v2\/boards\/([^/?#]+)\//);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

const NotItems = z.custom<never>(
  () => false,
  'expected a Miro "get items" page ({ "data": [...] }), an array of pages, or an array of items',
);

/** The shape is recognised first, so that a mistake is reported against the schema that applies. */
export function parseRestItemsDocument(value: unknown): Result<RestItemsDocument> {
  const pages: Result<RestItemsPage[]> = isPage(value)
    ? mapResult(parseWith(RestItemsPage, value), (page) => [page])
    : Array.isArray(value) && value.length > 0 && value.every(isPage)
      ? parseWith(z.array(RestItemsPage), value)
      : Array.isArray(value)
        ? mapResult(parseWith(z.array(RestItem), value), (data) => [{ data }])
        : parseWith(NotItems, value);
  return mapResult(pages, (list) => ({
    items: list.flatMap((page) => page.data),
    boardId: list.map((page) => boardIdOf(page.links?.self)).find((id) => id !== undefined),
  }));
}

function mapResult<T, U>(result: Result<T>, map: (value: T) => U): Result<U> {
  return result.ok ? { ok: true, value: map(result.value) } : result;
}
