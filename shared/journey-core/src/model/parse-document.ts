// Parsing untrusted input into typed values, failing with diagnostics instead of exceptions.
import type { z } from 'zod';
import { fromZodError, type Result } from './diagnostic';

/** JSON text to a value, or an `invalid-json` diagnostic. */
export function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'invalid-json',
          path: [],
          message: `not valid JSON (${reason})`,
        },
      ],
    };
  }
}

/** A value checked against a schema, with every problem located by its path. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): Result<T> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, diagnostics: fromZodError(parsed.error) };
}
