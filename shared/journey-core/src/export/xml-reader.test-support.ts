// The XML the SVG exporter writes, read strictly by @xmldom/xmldom (any parse error fails) and
// turned into a plain tree the tests can walk. The Chromium test parses the same output with the
// browser's DOMParser too.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

export type XmlRead = { ok: true; root: XmlElement } | { ok: false; error: string };

/** Characters outside XML 1.0's `Char` production (lone surrogates included, under `u`). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** An `&` that starts no reference XML knows: xmldom reads it as text, so it is checked here. */
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)/;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

class XmlError extends Error {}

/** Well-formed XML with one root, no CDATA or processing instructions: the exporter writes none. */
export function readXml(text: string): XmlRead {
  try {
    return { ok: true, root: read(text) };
  } catch (error) {
    if (error instanceof Error) return { ok: false, error: error.message };
    throw error;
  }
}

function read(text: string): XmlElement {
  // xmldom is lenient about characters XML forbids and about bare ampersands; browsers are not.
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) throw new XmlError(`character U+${bad[0].codePointAt(0)?.toString(16)} at ${bad.index}`);
  const ampersand = BARE_AMPERSAND.exec(text);
  if (ampersand) throw new XmlError(`a bare & at ${ampersand.index}`);
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new XmlError(`${level}: ${message}`);
    },
  });
  const document = parser.parseFromString(text, 'image/svg+xml');
  const root = document.documentElement;
  if (!root) throw new XmlError('no root element');
  return tree(root);
}

function tree(element: Element): XmlElement {
  const attributes: Record<string, string> = {};
  for (let index = 0; index < element.attributes.length; index++) {
    const attribute = element.attributes.item(index);
    if (attribute) attributes[attribute.name] = attribute.value;
  }
  const children: (XmlElement | string)[] = [];
  for (let child: Node | null = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) children.push(tree(child as Element));
    else if (child.nodeType === TEXT_NODE) children.push(child.nodeValue ?? '');
    else if (child.nodeType !== COMMENT_NODE) {
      throw new XmlError(`a ${child.nodeName} node: the exporter writes no CDATA or instructions`);
    }
  }
  return { name: element.tagName, attributes, children };
}

/** Every element under `element`, itself first, in document order. */
export function elementsOf(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = [element];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    found.push(next);
    for (let index = next.children.length - 1; index >= 0; index--) {
      const child = next.children[index];
      if (typeof child !== 'string' && child !== undefined) pending.push(child);
    }
  }
  return found;
}

/** The text inside an element and its descendants, in document order. */
export function textOf(element: XmlElement): string {
  return element.children
    .map((child) => (typeof child === 'string' ? child : textOf(child)))
    .join('');
}
