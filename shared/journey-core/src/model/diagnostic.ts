// What the core says about a document it could not accept, or accepted with doubts.
import type { z } from 'zod';

export type Severity = 'error' | 'warning';

/** One finding, precise enough for a person to fix: where, what, how bad. */
export interface Diagnostic {
  severity: Severity;
  /** Stable, machine-readable: `dangling-reference`, `duplicate-key`, `invalid-value`… */
  code: string;
  /** Path into the document, e.g. `['items', 3, 'stageId']`. */
  path: (string | number)[];
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/** A failed result with one error, followed by any detail diagnostics. */
export function failure(
  code: string,
  path: (string | number)[],
  message: string,
  detail: Diagnostic[] = [],
): Result<never> {
  return { ok: false, diagnostics: [{ severity: 'error', code, path, message }, ...detail] };
}

/** `items[3].stageId`, or `(document)` for the root. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(document)';
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');
}

/** `error items[3].stageId: …`, always one line, even when the message quotes user text. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const message = diagnostic.message.replace(/\s*[\r\n]+\s*/g, ' ');
  return `${diagnostic.severity} ${formatPath(diagnostic.path)}: ${message}`;
}

/** zod's issues, as diagnostics a person can act on. */
export function fromZodError(error: z.ZodError, prefix: (string | number)[] = []): Diagnostic[] {
  return error.issues.map((issue) => ({
    severity: 'error',
    code: 'invalid-value',
    path: [
      ...prefix,
      ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    ],
    message: issue.message,
  }));
}
