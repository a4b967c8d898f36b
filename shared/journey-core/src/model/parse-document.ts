// Parsing untrusted input into typed values, failing with diagnostics instead of exceptions.
import type { z } from 'zod';
import { failure, fromZodError, type Result } from './diagnostic';

/** JSON text to a value, or an `invalid-json` diagnostic. */
export function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    return failure('invalid-json', [], `not valid JSON (${reason})`);
  }
}

/** A value checked against a schema, with every problem located by its path. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): Result<T> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, diagnostics: fromZodError(parsed.error) };
}
