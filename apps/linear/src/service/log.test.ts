// The logger's last guard: a secret never reaches a line, however JSON would escape it.
import { describe, expect, it } from 'vitest';
import { createLogger, redact } from './log';

describe('the logger', () => {
  it.each([
    ['plain', 'lin_api_0123456789'],
    ['with a quote', 'pa"ss-word'],
    ['with a backslash', 'pa\\ss-word'],
    ['with a newline', 'pass\nword'],
  ])('masks a %s secret in any field', (_name, secret) => {
    const lines: string[] = [];
    const log = createLogger({ write: (line) => lines.push(line), secrets: [secret] });
    log('error', 'refresh.failed', { error: `Error: bad key ${secret} refused`, count: 1 });
    const line = lines[0] ?? '';
    expect(JSON.parse(line)).toMatchObject({
      error: 'Error: bad key [redacted] refused',
      count: 1,
    });
    expect(line).not.toContain(JSON.stringify(secret).slice(1, -1));
  });

  it('masks start-up messages with the same secrets', () => {
    expect(redact('connect failed for postgres://u:s3cr3t@db/x', ['s3cr3t'])).toBe(
      'connect failed for postgres://u:[redacted]@db/x',
    );
  });
});
