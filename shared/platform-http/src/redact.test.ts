import { describe, expect, it } from 'vitest';
import { createRedactor, quoteServerText, stripUrlCredentials } from './redact';

const SECRET = "a b/c+d=e!'(x)*~";

describe('createRedactor', () => {
  const redact = createRedactor([SECRET, '']);

  it.each([
    ['raw', SECRET],
    ['encodeURIComponent', encodeURIComponent(SECRET)],
    ['URLSearchParams', new URLSearchParams({ s: SECRET }).toString().slice(2)],
    ['lower-case escapes', encodeURIComponent(SECRET).toLowerCase()],
  ])('replaces the %s form', (_name, form) => {
    expect(redact(`before ${form} after`)).toBe('before [redacted] after');
  });

  it('replaces every occurrence and leaves other text alone', () => {
    expect(redact(`${SECRET}|${SECRET}|plain`)).toBe('[redacted]|[redacted]|plain');
  });

  it('ignores an empty secret rather than redacting everything', () => {
    expect(createRedactor([''])('text')).toBe('text');
  });

  it('strips URL credentials', () => {
    expect(redact('see https://user:pass@host.test/x and http://u@h/')).toBe(
      'see https://host.test/x and http://h/',
    );
  });
});

describe('stripUrlCredentials', () => {
  it.each([
    ['https://user:pass@host/path?q=1', 'https://host/path?q=1'],
    ['https://host/path@not-credentials', 'https://host/path@not-credentials'],
    ['no url here: a@b', 'no url here: a@b'],
  ])('%s', (text, stripped) => {
    expect(stripUrlCredentials(text)).toBe(stripped);
  });
});

describe('quoteServerText', () => {
  const redact = createRedactor(['tok']);

  it('turns control characters to spaces and collapses whitespace', () => {
    expect(quoteServerText('bad\u001b[31m tok\r\n\tline', redact)).toBe('bad [31m [redacted] line');
  });

  it('shortens to 300 characters', () => {
    const quoted = quoteServerText('x'.repeat(1000), redact);
    expect(quoted).toHaveLength(300);
    expect(quoted.endsWith('…')).toBe(true);
  });
});
