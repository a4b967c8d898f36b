// Every user string (project names, map titles, labels) goes into the page through here.
import { escapeUTF8 } from 'entities';

/** Text safe in element content and in quoted attribute values: `&<>"'` escaped, by `entities`. */
export function escapeHtml(text: string): string {
  return escapeUTF8(text);
}

/** Only http(s) links are rendered as links: a `javascript:` URL would run when clicked. */
export function safeHref(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
