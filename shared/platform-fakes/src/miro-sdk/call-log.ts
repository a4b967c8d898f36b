// A record of every call made to the fake `miro` global, so tests and benchmarks can count them.

export interface SdkCall {
  /** `board.get`, `board.createStickyNote`, `item.setMetadata`, `frame.add`, `collection.set`… */
  name: string;
  /** A short, readable summary of the arguments. */
  args: string;
  /** Set when the fake refused the call (rate limit, size limit, unknown item). */
  rejected?: string;
}

const SUMMARY_LENGTH = 160;

function summarize(args: readonly unknown[]): string {
  const text = args
    .map((arg) => {
      if (arg === undefined) return 'undefined';
      try {
        return JSON.stringify(arg) ?? String(arg);
      } catch {
        return String(arg);
      }
    })
    .join(', ');
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
}

export class CallLog {
  readonly calls: SdkCall[] = [];

  record(name: string, args: readonly unknown[]): SdkCall {
    const call: SdkCall = { name, args: summarize(args) };
    this.calls.push(call);
    return call;
  }

  /** Calls with this name (or, given a predicate, the calls it accepts). */
  count(name: string | ((call: SdkCall) => boolean)): number {
    const accepts = typeof name === 'string' ? (call: SdkCall) => call.name === name : name;
    return this.calls.filter(accepts).length;
  }

  /** Call names and how often each was made, for a benchmark's report. */
  tally(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of this.calls) counts[call.name] = (counts[call.name] ?? 0) + 1;
    return counts;
  }

  clear(): void {
    this.calls.length = 0;
  }
}
