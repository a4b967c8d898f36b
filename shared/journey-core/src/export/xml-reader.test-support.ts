// A strict reader of the XML the SVG exporter writes: well-formedness checked, elements as a tree.
// The core has no XML parser among its dependencies; the Chromium test parses the same output with
// the browser's DOMParser too.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

export type XmlRead = { ok: true; root: XmlElement } | { ok: false; error: string };

/** Characters outside XML 1.0's `Char` production (lone surrogates included, under `u`). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

class XmlError extends Error {}

function decode(raw: string, at: number): string {
  let out = '';
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw[index];
    if (char !== '&') {
      out += char;
      continue;
    }
    const match = ENTITY.exec(raw.slice(index, index + 12));
    if (!match) throw new XmlError(`a bare & at ${at + index}`);
    const body = match[0].slice(1, -1);
    if (body.startsWith('#x')) out += String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    else if (body.startsWith('#')) out += String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    else out += NAMED[body];
    index += match[0].length - 1;
  }
  return out;
}

/** Reads `text` as one XML document (an optional declaration, comments, one root element). */
export function readXml(text: string): XmlRead {
  try {
    return { ok: true, root: read(text) };
  } catch (error) {
    if (error instanceof XmlError) return { ok: false, error: error.message };
    throw error;
  }
}

function read(text: string): XmlElement {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) throw new XmlError(`character U+${bad[0].codePointAt(0)?.toString(16)} at ${bad.index}`);
  let at = 0;
  if (text.startsWith('<?xml')) {
    const end = text.indexOf('?>');
    if (end < 0) throw new XmlError('an unclosed XML declaration');
    at = end + 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    const chunk = open < 0 ? text.slice(at) : text.slice(at, open);
    if (chunk.includes(']]>')) throw new XmlError(`]]> in text at ${at}`);
    const parent = stack.at(-1);
    if (parent) {
      if (chunk !== '') parent.children.push(decode(chunk, at));
    } else if (chunk.trim() !== '') {
      throw new XmlError(`text outside the root element at ${at}`);
    }
    if (open < 0) break;
    at = open;
    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end < 0) throw new XmlError('an unclosed comment');
      at = end + 3;
      continue;
    }
    if (text.startsWith('<!', at) || text.startsWith('<?', at)) {
      throw new XmlError(`a declaration, CDATA or processing instruction at ${at}`);
    }
    if (text.startsWith('</', at)) {
      const name = NAME.exec(text.slice(at + 2))?.[0];
      const element = stack.pop();
      if (!name || element?.name !== name) throw new XmlError(`</${name}> does not close at ${at}`);
      at += 2 + name.length;
      while (/\s/.test(text[at] ?? '')) at += 1;
      if (text[at] !== '>') throw new XmlError(`a malformed end tag at ${at}`);
      at += 1;
      if (stack.length === 0) root = element;
      continue;
    }
    const name = NAME.exec(text.slice(at + 1, at + 200))?.[0];
    if (!name) throw new XmlError(`a < that starts no tag at ${at}`);
    if (stack.length === 0 && root) throw new XmlError(`a second root element at ${at}`);
    at += 1 + name.length;
    const element: XmlElement = { name, attributes: {}, children: [] };
    for (;;) {
      const space = /^\s*/.exec(text.slice(at, at + 200))?.[0].length ?? 0;
      at += space;
      if (text.startsWith('/>', at) || text[at] === '>') break;
      if (space === 0) throw new XmlError(`no space before an attribute at ${at}`);
      const attribute = NAME.exec(text.slice(at, at + 200))?.[0];
      if (!attribute) throw new XmlError(`a malformed attribute at ${at}`);
      at += attribute.length;
      const quote = text[at + 1];
      if (text[at] !== '=' || (quote !== '"' && quote !== "'")) {
        throw new XmlError(`attribute ${attribute} without a quoted value at ${at}`);
      }
      const end = text.indexOf(quote, at + 2);
      if (end < 0) throw new XmlError(`an unclosed attribute value at ${at}`);
      const raw = text.slice(at + 2, end);
      if (raw.includes('<')) throw new XmlError(`< in an attribute value at ${at}`);
      if (attribute in element.attributes) throw new XmlError(`a repeated attribute at ${at}`);
      element.attributes[attribute] = decode(raw, at + 2);
      at = end + 1;
    }
    stack.at(-1)?.children.push(element);
    if (text.startsWith('/>', at)) {
      at += 2;
      if (stack.length === 0) root = element;
    } else {
      at += 1;
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack.at(-1)?.name}> is never closed`);
  if (!root) throw new XmlError('no root element');
  return root;
}

/** `element` and every element below it, in document order. */
export function elementsOf(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    out.push(node);
    for (const child of node.children) if (typeof child !== 'string') visit(child);
  };
  visit(element);
  return out;
}

/** The text an element holds, as the DOM's `textContent` gives it. */
export function textOf(element: XmlElement): string {
  return element.children
    .map((child) => (typeof child === 'string' ? child : textOf(child)))
    .join('');
}
