// Structured logs: one JSON line per event. Secret values are masked wherever they appear, as a last
// guard; callers log ids, counts and outcomes, never request bodies or headers.

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export type Logger = (level: LogLevel, event: string, fields?: LogFields) => void;

export interface LoggerOptions {
  write?: (line: string) => void;
  /** Values that must never appear in a log line (API key, webhook secret). */
  secrets?: readonly string[];
  now?: () => Date;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 4);
  const now = options.now ?? (() => new Date());
  return (level, event, fields = {}) => {
    let line = JSON.stringify({ time: now().toISOString(), level, event, ...fields });
    for (const secret of secrets) line = line.split(secret).join('[redacted]');
    write(line);
  };
}

/** An error's message for a log line, without its stack (which may quote request data). */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
