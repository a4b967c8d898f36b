// Parsing untrusted input into typed values, failing with diagnostics instead of exceptions.
import type { z } from 'zod';
import { cleanText } from './clean-text';
import { failure, fromZodError, type Result } from './diagnostic';

/**
 * Whether JSON text may hold a character `cleanText` removes or changes: raw DEL or C1, or an
 * escape that decodes to CR, BS, FF or a `\u` control (raw C0 is not valid JSON in a string).
 * It may say yes for clean text (`\\r` is a backslash and an r); it never says no for dirty text.
 */
const MAYBE_CONTROL = /[\u007F-\u009F]|\\[bfr]|\\u00(?:[01][0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])/;

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

/** A copy of `record` with its keys cleaned; of two keys that clean alike the later wins, as in JSON. */
function withCleanKeys(record: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(record);
  if (keys.every((key) => cleanText(key) === key)) return record;
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    // defineProperty, not assignment: a `__proto__` key stays a key, as JSON.parse made it.
    Object.defineProperty(copy, cleanText(key), {
      value: record[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/**
 * `value` (fresh from JSON.parse, so a tree) with every string and key cleaned, in place where it
 * can be. A loop over an explicit stack: a deeply nested document cannot overflow the call stack.
 */
function cleanStrings(value: unknown): unknown {
  const pending: Container[] = [];
  /** The child as it is to be kept; a container is cleaned later, from `pending`. */
  const cleaned = (child: unknown): unknown => {
    if (typeof child === 'string') return cleanText(child);
    if (!isContainer(child)) return child;
    const container = Array.isArray(child) ? child : withCleanKeys(child);
    pending.push(container);
    return container;
  };
  const root = cleaned(value);
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) node[index] = cleaned(node[index]);
    } else {
      for (const key of Object.keys(node)) node[key] = cleaned(node[key]);
    }
  }
  return root;
}

/**
 * JSON text to a value, or an `invalid-json` diagnostic. Every string and key of the value comes
 * out through `cleanText`, so nothing read from a file carries terminal control characters
 * inward; text without any (nearly every document) is only scanned once, not walked.
 */
export function parseJson(text: string): Result<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    return failure('invalid-json', [], `not valid JSON (${reason})`);
  }
  return { ok: true, value: MAYBE_CONTROL.test(text) ? cleanStrings(value) : value };
}

/** A value checked against a schema, with every problem located by its path. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): Result<T> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, diagnostics: fromZodError(parsed.error) };
}
