// The panel's errors: a code for each way a step can fail, and a message a person can act on.

export type PanelErrorCode =
  | 'board-unavailable'
  | 'read-failed'
  | 'infer-failed'
  | 'invalid-map'
  | 'save-failed'
  | 'load-failed'
  | 'export-failed'
  | 'draw-failed'
  | 'draw-cancelled'
  | 'review-failed';

export class PanelError extends Error {
  readonly code: PanelErrorCode;

  constructor(code: PanelErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PanelError';
    this.code = code;
  }
}

/** What a caught value says, in one line; SDK errors are plain objects as often as `Error`s. */
export function describeCause(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  if (typeof cause === 'string') return cause;
  if (typeof cause === 'object' && cause !== null && 'message' in cause) {
    return String((cause as { message: unknown }).message);
  }
  return 'unknown error';
}

/** `cause` as a PanelError: kept when it already is one, else wrapped under `code`. */
export function toPanelError(cause: unknown, code: PanelErrorCode, doing: string): PanelError {
  if (cause instanceof PanelError) return cause;
  return new PanelError(code, `${doing}: ${describeCause(cause)}`, { cause });
}
