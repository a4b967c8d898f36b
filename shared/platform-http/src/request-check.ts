// What is refused before anything is sent: a bad URL, credentials in it, a control character.
import { HttpError } from './http-error';
import { quoteServerText, type Redact } from './redact';

/** RFC 9110 `token`: what a header name may be made of. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~\dA-Za-z-]+$/;

/**
 * The URL to send to, parsed. Never echoes credentials: a URL that carries a user or password
 * is described without them, and an unparseable one that might hold them is not quoted at all.
 */
export function checkUrl(input: URL | string, redact: Redact): URL {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    const text = String(input);
    const quoted = text.includes('@') ? '' : ` "${quoteServerText(text, redact)}"`;
    throw new HttpError(
      'invalid-request',
      `The URL${quoted} is not a valid absolute URL; nothing was sent`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new HttpError(
      'invalid-request',
      `The URL ${describeUrl(url, redact)} is not http or https (it is ${url.protocol}); nothing was sent`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new HttpError(
      'invalid-request',
      `The URL ${describeUrl(url, redact)} carries a user name or password; pass credentials as a token, not in the URL. Nothing was sent`,
    );
  }
  return url;
}

/** Headers and secrets must be free of CR, LF and other control characters (header injection). */
export function checkHeaders(
  headers: Readonly<Record<string, string>>,
  secrets: readonly string[],
): void {
  // Secrets first: "the token contains a line break" says more than which header carried it.
  secrets.forEach((secret, index) => {
    if (hasControlCharacter(secret)) {
      const which = secrets.length === 1 ? 'The token' : `Secret ${index + 1}`;
      throw new HttpError(
        'invalid-request',
        `${which} contains a line break or another control character (was it pasted with a newline?); nothing was sent`,
      );
    }
  });
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) {
      throw new HttpError(
        'invalid-request',
        'A header name has characters a header name may not have; nothing was sent',
      );
    }
    if (hasControlCharacter(value)) {
      throw new HttpError(
        'invalid-request',
        `The ${name} header contains a line break or another control character; nothing was sent`,
      );
    }
  }
}

/** A URL as messages show it: no credentials, no query (cursors and tokens live there), redacted. */
export function describeUrl(url: URL, redact: Redact): string {
  const origin = url.host === '' ? `${url.protocol}` : `${url.protocol}//${url.host}`;
  return redact(`${origin}${url.pathname}`);
}

function hasControlCharacter(text: string): boolean {
  // Tab is allowed inside a header value by RFC 9110; nothing else below space, nor DEL.
  return /[^\t\P{Cc}]/u.test(text);
}
