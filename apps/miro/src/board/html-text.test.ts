import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textToBoardHtml } from '../draw/board-html';
import { htmlToText } from './html-text';

describe('htmlToText', () => {
  it.each([
    ['plain text', 'Reads reviews', 'Reads reviews'],
    ['one paragraph', '<p>Discover</p>', 'Discover'],
    ['inline markup', '<p><strong>Sign</strong> <em>up</em></p>', 'Sign up'],
    [
      '<br> inside a paragraph',
      '<p>Reads reviews<br>on app store</p>',
      'Reads reviews\non app store',
    ],
    ['<br/> and <BR />', 'a<br/>b<BR />c', 'a\nb\nc'],
    ['paragraph after paragraph', '<p>first</p><p>second</p>', 'first\nsecond'],
    ['whitespace between paragraphs', '<p>first</p>\n  <p>second</p>', 'first\nsecond'],
    ['blank line written as <p><br></p>', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['empty paragraph', '<p>a</p><p></p><p>b</p>', 'a\nb'],
    ['trailing <br> in a paragraph', '<p>a<br></p><p>b</p>', 'a\nb'],
    ['list items', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['nested blocks', '<div><p>a</p></div><div>b</div>', 'a\nb'],
    ['lines trimmed', '<p>  padded  </p><p>\tтаб </p>', 'padded\nтаб'],
    ['whitespace collapsed', 'a \n\t b', 'a b'],
    ['&nbsp; as a space', '<p>Sign&nbsp;up</p>', 'Sign up'],
    ['&nbsp; only', '<p>&nbsp;</p>', ''],
    ['&amp;', '<p>Use &amp; renew</p>', 'Use & renew'],
    ['&quot;', 'Googles &quot;budget app&quot;', 'Googles "budget app"'],
    ['&lt; &gt; stay text', '&lt;b&gt;bold&lt;/b&gt;', '<b>bold</b>'],
    ['&#39; and &apos;', 'can&#39;t won&apos;t', "can't won't"],
    ['decimal reference', '&#8364;5', '€5'],
    ['hex reference', '&#x1F600; &#X41;', '😀 A'],
    ['numeric without semicolon', '&#65B', 'AB'],
    ['named Latin-1', 'caf&eacute; &copy; &mdash; &hellip;', 'café © — …'],
    [
      'unknown entity kept, a legacy one without ; decoded as browsers do',
      '&bogus; &amp',
      '&bogus; &',
    ],
    ['HTML5 names beyond HTML 4', '&bigstar; &fjlig; &NotNestedGreaterGreater;', '★ fj ⪢̸'],
    ['no double decoding', '&amp;lt;p&amp;gt;', '&lt;p&gt;'],
    ['NUL and surrogate references', '&#0;&#xD800;&#x110000;', '\uFFFD\uFFFD\uFFFD'],
    ['a lone < is text', 'a < b <3 c', 'a < b <3 c'],
    ['comparison and tag', '1<2 <b>x</b>', '1<2 x'],
    ['comment dropped', 'a<!-- <p>hidden</p> -->b', 'ab'],
    ['doctype and processing instruction', '<!DOCTYPE html><?xml x?>text', 'text'],
    ['quoted > in an attribute', '<a title="a>b" href=\'x>y\'>link</a>', 'link'],
    ['unclosed tag at the end dropped', 'text<img src=x onerror=alert(1)', 'text'],
    ['empty string', '', ''],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it.each([
    ['img onerror', '<p><img src=x onerror=alert(1)>Pay later</p>', 'Pay later'],
    ['script content', '<p>Before</p><script>alert("x")</script><p>After</p>', 'Before\nAfter'],
    ['script only', '<script>alert(document.cookie)</script>', ''],
    ['script with attributes and odd case', '<ScRiPt type="x">evil()</sCrIpT >ok', 'ok'],
    ['script never closed', 'ok<script>evil()', 'ok'],
    ['script self-closed still runs to its end tag', '<script/>evil()</script>ok', 'ok'],
    ['style content', '<style>p{color:red}</style>text', 'text'],
    ['script text hidden in a comment', '<!--<script>evil()</script>-->ok', 'ok'],
    ['iframe', '<iframe src="javascript:alert(1)">fallback</iframe>ok', 'ok'],
    ['svg onload', '<svg onload=alert(1)><p>Hi</p></svg>', 'Hi'],
    [
      'escaped script stays visible text',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      '<script>alert(1)</script>',
    ],
    ['end tag look-alike', '<script>a="</scriptx>";evil()</script>ok', 'ok'],
  ])('hostile: %s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it.each([
    ['an ANSI colour spelled as a reference', '<p>&#27;[31mred&#x1b;[0m</p>', '[31mred[0m'],
    // HTML5 reads references to 0x80–0x9F as Windows-1252, as browsers show them: no C1 control.
    ['the one-character CSI spelled in hex', '<p>&#x9b;31mred</p>', '\u203a31mred'],
    ['a raw ESC and a raw C1 control', 'a\u001b[2Jb\u0085c', 'a[2Jbc'],
    ['BEL, BS and DEL references', 'ding&#7;&#8;&#127;dong', 'dingdong'],
    ['a removed control between words', 'a &#27; b', 'a b'],
    ['a CR reference, which ends its line', 'first&#13;second', 'first\nsecond'],
    ['bidi controls, which stay (validation flags them)', 'user&#x202E;txt', 'user\u202etxt'],
  ])('control characters: %s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('reads a long line of tags in linear time', () => {
    const html = '<p> '.repeat(50_000) + '<a "'.repeat(1_000);
    const started = performance.now();
    expect(htmlToText(html)).toBe('');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

// Text pieces drawn from lower-case words; markup carries an upper-case marker that no text has.
const word = fc.stringMatching(/^[a-z0-9.,!?'"()-]{1,8}$/);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
const attribute = fc.constantFrom(
  ' onerror=alert(XSS)',
  ' src="x" onload="XSS()"',
  " title='a>b XSS'",
  ' href=javascript:XSS',
  '',
);
const tagName = fc.constantFrom('p', 'b', 'img', 'div', 'span', 'a', 'svg', 'br', 'strong', 'x-y');
const markup = fc.oneof(
  fc.tuple(tagName, attribute).map(([name, attrs]) => `<${name}${attrs}>`),
  tagName.map((name) => `</${name}>`),
  fc.constantFrom(
    '<script>XSS()</script>',
    '<style>XSS{}</style>',
    '<!-- XSS -->',
    '<SCRIPT src=XSS></SCRIPT>',
  ),
);
const fragment = fc
  .array(fc.oneof(words, markup), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('htmlToText properties', () => {
  it('keeps no markup: no tag, attribute or script text reaches the output', () => {
    fc.assert(
      fc.property(fragment, (html) => {
        const text = htmlToText(html);
        expect(text).not.toMatch(/[<>]/);
        expect(text).not.toContain('XSS');
      }),
    );
  });

  it('keeps every character written outside markup, in order', () => {
    const withoutSpace = (text: string) => text.replace(/\s+/g, '');
    fc.assert(
      fc.property(fragment, (html) => {
        const outside = html
          .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi, '')
          .replace(/<[^>'"]*(?:(?:'[^']*'|"[^"]*")[^>'"]*)*>/g, '');
        expect(withoutSpace(htmlToText(html))).toBe(withoutSpace(outside));
      }),
    );
  });

  it('reads back any text written with textToBoardHtml', () => {
    const line = fc.string({ unit: 'grapheme', maxLength: 30 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = htmlToText(lines.join('\n'));
        expect(htmlToText(textToBoardHtml(text))).toBe(text);
      }),
    );
  });

  it('returns text without < or & unchanged, apart from whitespace', () => {
    fc.assert(
      fc.property(words, (text) => {
        expect(htmlToText(text)).toBe(text);
      }),
    );
  });

  it('lets no control character out, however it was written', () => {
    const control = fc.integer({ min: 0, max: 0x9f }).filter((code) => code < 0x20 || code >= 0x7f);
    const spelled = control.chain((code) =>
      fc.constantFrom(
        String.fromCharCode(code),
        `&#${code};`,
        `&#x${code.toString(16)};`,
        `&#X${code.toString(16).toUpperCase()}`,
      ),
    );
    const html = fc
      .array(fc.oneof(words, markup, spelled), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, (source) => {
        expect(htmlToText(source)).not.toMatch(/(?!\n)\p{Cc}/u);
      }),
    );
  });

  it('reads a plain paragraph as the full scan reads it', () => {
    // `<p>…</p>` with no tag or reference inside takes a short cut; a trailing comment does not.
    const inner = fc.string({ unit: 'binary', maxLength: 60 }).filter((text) => !/[<&]/.test(text));
    fc.assert(
      fc.property(inner, (text) => {
        expect(htmlToText(`<p>${text}</p>`)).toBe(htmlToText(`<p>${text}</p><!---->`));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and every line comes out trimmed and single-spaced', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (html) => {
        for (const line of htmlToText(html).split('\n')) {
          expect(line).toBe(line.trim());
          expect(line).not.toMatch(/\s\s/);
        }
      }),
    );
  });
});
