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

/** `text` with every secret masked; secrets under 4 characters are ignored (they would mask noise). */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const secrets = options.secrets ?? [];
  const now = options.now ?? (() => new Date());
  return (level, event, fields = {}) => {
    // Masked before JSON escaping: a secret holding `"` or `\` no longer matches once escaped.
    const masked = Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [
        key,
        typeof value === 'string' ? redact(value, secrets) : value,
      ]),
    );
    write(JSON.stringify({ time: now().toISOString(), level, event, ...masked }));
  };
}

/** An error's message for a log line, without its stack (which may quote request data). */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
