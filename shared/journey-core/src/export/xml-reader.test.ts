import { describe, expect, it } from 'vitest';
import { readXml, textOf } from './xml-reader.test-support';

describe('readXml, which the SVG tests rely on to fail', () => {
  it.each([
    ['an unclosed element', '<svg><text>a</svg>'],
    ['a bare ampersand', '<svg><text>a & b</text></svg>'],
    ['a raw < in text', '<svg><text>a < b</text></svg>'],
    ['a control character', '<svg><text>a\u0007b</text></svg>'],
    ['CDATA', '<svg><text><![CDATA[x]]></text></svg>'],
    ['two roots', '<svg/><svg/>'],
  ])('refuses %s', (_, text) => {
    expect(readXml(text).ok).toBe(false);
  });

  it('reads escaped text back as the characters it stands for', () => {
    const read = readXml('<svg><text x="1">a &amp; &lt;b&gt; &#x263A;</text></svg>');
    expect(read.ok && textOf(read.root)).toBe('a & <b> ☺');
  });
});
