// What a board reader returns: the core's board items, and every assumption it had to make.
import type { BoardItem } from '@throughline/journey-core';
import type { z } from 'zod';

export type BoardReadWarningCode =
  /** The item names a parent that is not on the board (or not in what was read). */
  | 'missing-parent'
  /** Parents that contain each other: the loop is broken at this item. */
  | 'parent-cycle'
  /** Positioned relative to a parent, but names none. */
  | 'no-parent'
  /** A tag id with no tag of that id on the board. */
  | 'missing-tag'
  /** A selected item that is no longer on the board. */
  | 'missing-item';

/** Nothing is dropped silently: an item read with an assumption is kept and reported here. */
export interface BoardReadWarning {
  code: BoardReadWarningCode;
  itemId: string;
  message: string;
}

export interface BoardRead {
  items: BoardItem[];
  warnings: BoardReadWarning[];
}

/** A board item that is not what the platform documents: which one, where, and what is wrong. */
export class BoardReadError extends Error {
  readonly code = 'invalid-item';

  constructor(
    message: string,
    /** One line per problem: `item 3458764… (sticky_note) position.x: expected number…`. */
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'BoardReadError';
  }

  /** Issues found in a list of items, each named by the item's id and type when it has them. */
  static fromZod(source: string, error: z.ZodError, items: readonly unknown[]): BoardReadError {
    const problems = error.issues.map((issue) => {
      const [index, ...rest] = issue.path;
      const item = typeof index === 'number' ? items[index] : undefined;
      const where = typeof index === 'number' ? describeItem(item, index) : 'the item list';
      const path = rest.map((part) => String(part)).join('.');
      return `${where}${path === '' ? '' : ` ${path}`}: ${issue.message}`;
    });
    const shown = problems.slice(0, 3).join('; ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    return new BoardReadError(`${source} items could not be read: ${shown}${more}`, problems);
  }
}

function describeItem(item: unknown, index: number): string {
  if (typeof item !== 'object' || item === null) return `item #${index}`;
  const id = 'id' in item && typeof item.id === 'string' ? item.id : `#${index}`;
  const type = 'type' in item && typeof item.type === 'string' ? ` (${item.type})` : '';
  return `item ${id}${type}`;
}
