// A timer that aborts a request and fails whatever races it, and that is always cleared.

export interface Deadline {
  /** Rejects with the timeout's error when it passes; never resolves. */
  readonly passed: Promise<never>;
  /** The error it failed with, once it has passed. */
  reason(): Error | undefined;
  clear(): void;
}

/**
 * Starts a deadline that, when it passes, aborts `controller` and rejects `passed`. Racing
 * `passed` (not only aborting) matters: an injected fetch may ignore the signal.
 */
export function startDeadline(
  milliseconds: number,
  controller: AbortController,
  error: () => Error,
): Deadline {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failure: Error | undefined;
  const passed = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      failure = error();
      reject(failure);
      controller.abort(failure);
    }, milliseconds);
  });
  // Nobody may be racing it any more when it passes; that is not an unhandled rejection.
  passed.catch(() => {});
  return { passed, reason: () => failure, clear: () => clearTimeout(timer) };
}

/** `promise`, unless the deadline passes first. */
export function beforeDeadline<T>(promise: Promise<T>, deadline: Deadline): Promise<T> {
  return Promise.race([promise, deadline.passed]);
}
