// What the layer reports while it works, so a command can show progress instead of silence.

/** A paged read finished a page. */
export interface PageEvent {
  type: 'page';
  pages: number;
  items: number;
  /** The total the server reported, when it did. */
  total?: number;
}

/** A 429 or 5xx is about to be retried after `waitMs`. */
export interface RetryEvent {
  type: 'retry';
  status: number;
  waitMs: number;
  /** Retries left in the run's budget after this one. */
  retriesLeft: number;
  /** The request, without its query or credentials, redacted. */
  url: string;
}

/** A request has been waiting this long for its answer (sent every `waitingEveryMs`). */
export interface WaitingEvent {
  type: 'waiting';
  elapsedMs: number;
  /** The request, without its query or credentials, redacted. */
  url: string;
}

export type HttpEvent = PageEvent | RetryEvent | WaitingEvent;

export type HttpEventListener = (event: HttpEvent) => void;
