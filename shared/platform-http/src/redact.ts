// Keeps secrets and URL credentials out of every message, including what a server echoes back.

export const REDACTED = '[redacted]';

/** Longest server text (a body, a Location) quoted in a message. */
export const LONGEST_QUOTE = 300;

export type Redact = (text: string) => string;

/**
 * Replaces each secret, raw or URL-encoded (either way a server may echo it: in a cursor, a
 * Location, an error body), with `[redacted]`, after stripping `user:password@` from URLs.
 */
export function createRedactor(secrets: readonly string[]): Redact {
  const patterns = secretPatterns(secrets);
  return (text) => {
    let redacted = stripUrlCredentials(text);
    for (const pattern of patterns) redacted = redacted.replace(pattern, REDACTED);
    return redacted;
  };
}

/** `https://user:pass@host/x` → `https://host/x`, wherever a URL appears in the text. */
export function stripUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z\d+.-]*:\/\/)[^/?#\s@]*@/gi, '$1');
}

/**
 * Server text made fit to quote: redacted, control characters (which could drive a terminal)
 * turned to spaces, whitespace collapsed, and cut to `LONGEST_QUOTE` characters.
 */
export function quoteServerText(text: string, redact: Redact): string {
  const flat = redact(text)
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length <= LONGEST_QUOTE ? flat : `${flat.slice(0, LONGEST_QUOTE - 1)}…`;
}

function secretPatterns(secrets: readonly string[]): RegExp[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret === '') continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    // URLSearchParams also encodes `!'()*~` and writes spaces as `+`.
    forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
  }
  // Longest first, so a secret inside a longer encoded form does not leave the rest of it behind.
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => new RegExp(caseFreePercentEscapes(escapeRegExp(form)), 'g'));
}

/** `%2F` also matches `%2f`: percent escapes are case-insensitive, and servers write either. */
function caseFreePercentEscapes(pattern: string): string {
  return pattern.replace(/%([\dA-F])([\dA-F])/g, (_match, high: string, low: string) => {
    return `%${caseFree(high)}${caseFree(low)}`;
  });
}

function caseFree(digit: string): string {
  const lower = digit.toLowerCase();
  return lower === digit ? digit : `[${digit}${lower}]`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
