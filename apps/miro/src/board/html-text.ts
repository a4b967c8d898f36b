// Miro's rich-text HTML (stickies, shapes, text) to plain text, by a linear scan: no DOM, no eval.
import { cleanText } from '@throughline/journey-core';
import { decodeHTML } from 'entities/decode';

/** Elements whose content is code or styling, never words a person wrote on the board. */
const DROPPED_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

/** Elements that start and end a line of text (Miro writes one `<p>` per line). */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

interface Tag {
  name: string;
  closing: boolean;
  /** Index just past the tag's `>` (or the end of the input when the tag never closes). */
  end: number;
}

/**
 * Plain text of an HTML fragment: `<br>` and paragraph ends become line breaks, every other tag
 * is dropped (with the content of `<script>`, `<style>`…), entities are decoded, control
 * characters removed (`cleanText`: `&#27;[31m` and `&#x9b;` are terminal escapes, not words),
 * whitespace is collapsed and each line trimmed. The result is text: never to be rendered as HTML.
 */
export function htmlToText(html: string): string {
  const paragraph = plainParagraph(html);
  if (paragraph !== undefined) return tidyLine(cleanText(collapseSpace(paragraph)));
  let out = '';
  let pending = '';
  let lineHasText = false;
  let index = 0;
  const flushText = () => {
    if (pending === '') return;
    // Cleaned after decoding, as a reference can spell a control; before tidying, so that a
    // removed control leaves no double space and a decoded CR ends its line as LF does.
    const text = cleanText(decodeEntities(collapseSpace(pending)));
    pending = '';
    out += text;
    if (/\S/.test(text)) lineHasText = true;
  };
  const newLine = () => {
    out += '\n';
    lineHasText = false;
  };
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) {
      pending += html.slice(index);
      break;
    }
    pending += html.slice(index, open);
    const markup = readMarkup(html, open);
    if (markup === undefined) {
      // A `<` that starts no tag ("a < b", "<3") is text, as in HTML.
      pending += '<';
      index = open + 1;
      continue;
    }
    index = markup.end;
    if (markup.kind !== 'tag') continue;
    const tag = markup.tag;
    if (tag.name === 'br') {
      flushText();
      newLine();
    } else if (BLOCKS.has(tag.name)) {
      // A block starts and ends a line; only `<br>` makes a blank one (`<p><br></p>`).
      flushText();
      if (lineHasText) newLine();
    } else if (!tag.closing && DROPPED_CONTENT.has(tag.name)) {
      index = skipPast(html, index, tag.name);
    }
  }
  flushText();
  return tidyLines(out);
}

/**
 * The text of `<p>text</p>` when it holds no tag and no reference: what Miro writes for most
 * stickies, read as the scan below would read it (one line, nothing to decode), without it.
 */
function plainParagraph(html: string): string | undefined {
  if (html.length < 7 || !html.startsWith('<p>') || !html.endsWith('</p>')) return undefined;
  const text = html.slice(3, -4);
  return text.includes('<') || text.includes('&') ? undefined : text;
}

/** HTML's own whitespace, collapsed: a line break in the source is a space on the board. */
const collapseSpace = (text: string) =>
  // Replaced only when a run is not one space already: a replace makes a new string even then.
  UNCOLLAPSED_SPACE.test(text) ? text.replace(/[ \t\n\r\f]+/g, ' ') : text;
const UNCOLLAPSED_SPACE = /[\t\n\r\f]| {2}/;

type Markup = { kind: 'tag'; tag: Tag; end: number } | { kind: 'other'; end: number };

/** The tag, comment or declaration starting at `html[start] === '<'`, if one starts there. */
function readMarkup(html: string, start: number): Markup | undefined {
  const next = html.charAt(start + 1);
  if (next === '!') {
    if (html.startsWith('<!--', start)) {
      const close = html.indexOf('-->', start + 4);
      return { kind: 'other', end: close === -1 ? html.length : close + 3 };
    }
    return { kind: 'other', end: endOfTag(html, start + 2) };
  }
  if (next === '?') return { kind: 'other', end: endOfTag(html, start + 2) };
  const closing = next === '/';
  const nameStart = closing ? start + 2 : start + 1;
  const name = tagNameAt(html, nameStart);
  if (name === undefined) {
    // `</>` and `</ x>` are dropped by browsers too; a lone `<` followed by anything else is text.
    return closing ? { kind: 'other', end: endOfTag(html, nameStart) } : undefined;
  }
  const end = endOfTag(html, nameStart + name.length);
  return { kind: 'tag', tag: { name: name.toLowerCase(), closing, end }, end };
}

const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isNameChar = (code: number) =>
  isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;

/**
 * The tag name starting at `start` (`[A-Za-z][A-Za-z0-9-]*`, at most 64 characters), undefined
 * when none does; scanned by character code, as a sticky's every tag is read.
 */
function tagNameAt(html: string, start: number): string | undefined {
  if (!isLetter(html.charCodeAt(start))) return undefined;
  const limit = Math.min(html.length, start + 64);
  let end = start + 1;
  while (end < limit && isNameChar(html.charCodeAt(end))) end++;
  return html.slice(start, end);
}

/** Index just past the `>` that ends a tag, skipping quoted attribute values. */
function endOfTag(html: string, from: number): number {
  let quote: string | undefined;
  for (let index = from; index < html.length; index++) {
    const char = html.charAt(index);
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index + 1;
    }
  }
  // An unclosed tag at the end of the input is dropped whole, as browsers drop it.
  return html.length;
}

/** Index just past `</name …>`, or the end of the input when the element never closes. */
function skipPast(html: string, from: number, name: string): number {
  const closer = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  closer.lastIndex = from;
  const found = closer.exec(html);
  return found === null ? html.length : endOfTag(html, found.index + found[0].length);
}

/** Character references decoded by the whole HTML5 table, as a browser would (`&amp` too). */
function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/** Each line's whitespace collapsed and trimmed (`&nbsp;` included); blank ends dropped. */
function tidyLines(text: string): string {
  // Scanned line by line rather than split, mapped and joined: a board read tidies every sticky.
  let tidied = '';
  let blankLines = 0;
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    const line = tidyLine(end === -1 ? text.slice(start) : text.slice(start, end));
    if (line === '') {
      if (tidied !== '') blankLines++;
    } else {
      if (tidied !== '') tidied += '\n'.repeat(blankLines + 1);
      tidied += line;
      blankLines = 0;
    }
    if (end === -1) return tidied;
    start = end + 1;
  }
}

const tidyLine = (line: string) =>
  (UNTIDY_SPACE.test(line) ? line.replace(/\s+/g, ' ') : line).trim();
/** Whitespace that `\s+` → `' '` would change: any but a space, or two spaces in a row. */
const UNTIDY_SPACE = /[^\S ]| {2}/;
