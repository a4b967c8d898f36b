import { describe, expect, it } from 'vitest';
import { htmlToText } from '../board/html-text';
import { escapeHtml, textToBoardHtml } from './board-html';

describe('textToBoardHtml', () => {
  it.each([
    ['Plain words', '<p>Plain words</p>'],
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['<img src=x onerror="go()">', '<p>&lt;img src=x onerror=&quot;go()&quot;&gt;</p>'],
    ["Tom & Jerry's", '<p>Tom &amp; Jerry&#39;s</p>'],
    ['&amp; stays text', '<p>&amp;amp; stays text</p>'],
    ['two\nlines', '<p>two</p><p>lines</p>'],
    ['crlf\r\nlines', '<p>crlf</p><p>lines</p>'],
    ['', '<p></p>'],
  ])('%j → %s', (text, html) => {
    expect(textToBoardHtml(text)).toBe(html);
  });

  it('leaves no character HTML gives meaning to', () => {
    expect(escapeHtml('<>&"\'')).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|#39);)/);
  });

  it('reads back as the same text through the board reader', () => {
    for (const text of ['<b>bold?</b> & "quotes"', 'line one\nline two', "it's 5 < 6"]) {
      expect(htmlToText(textToBoardHtml(text))).toBe(text);
    }
  });
});
