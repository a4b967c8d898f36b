// User text for an SVG picture: made legal XML 1.0, escaped, measured approximately and wrapped.

/**
 * What XML 1.0 forbids or a picture should not carry: C0 controls other than tab, LF and CR, DEL
 * and the C1 controls (`Cc`), the non-characters U+FFFE and U+FFFF, lone surrogates (`Cs` under
 * the `u` flag matches only unpaired halves), and bidi embedding, override and isolate controls,
 * which would make a name read out of order in the picture.
 */
const UNDRAWABLE = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/gu;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** `text` with nothing XML 1.0 forbids, every line break one LF, and tabs as spaces. */
export function drawableText(text: string): string {
  return text.replace(UNDRAWABLE, '').replace(LINE_BREAK, '\n').replaceAll('\t', ' ');
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text safe as XML character data and as a quoted attribute value alike: all five markup
 * characters escaped (so `]]>` and `</script>` stay text), after `drawableText`.
 */
export function xmlText(text: string): string {
  return drawableText(text).replace(/[&<>"']/g, (found) => ESCAPES[found] ?? '');
}

/**
 * East Asian wide and fullwidth characters and emoji, by block: Hangul Jamo, CJK radicals to Yi,
 * Hangul syllables, CJK compatibility, vertical and fullwidth forms, pictographs and emoji, and
 * the supplementary ideographic planes. An approximation of UAX #11, enough to size a box.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F000}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
/** Combining marks (variation selectors among them), zero-width joiners and spaces: no width. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200B\u200C\u2060]|\u200D/u;
const NARROW = /[iljtfrI.,:;'|!()[\]{} ]/;
const BROAD = /[mwMW@%&#]/;
/** Operators and brackets that common sans fonts draw as wide as a digit and more. */
const OPERATOR = /[<>=+~^±×÷]/;

/**
 * An approximate advance width, in ems, of one character in a sans-serif font: no font is
 * measured (the core has none, and the viewer's font is unknown), so widths are on the generous
 * side of common system fonts (DejaVu Sans, one of the widest, is what Debian's Chromium draws
 * with) and wrapped text stays inside its box.
 */
function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  if (WIDE.test(char)) return 1.1;
  if (NARROW.test(char)) return 0.36;
  if (BROAD.test(char)) return 0.92;
  if (OPERATOR.test(char)) return 0.86;
  if (char >= 'A' && char <= 'Z') return 0.72;
  if (char >= '0' && char <= '9') return 0.64;
  return 0.62;
}

/** Bold text is about this much wider than regular. */
const BOLD_FACTOR = 1.1;

export interface TextStyle {
  size: number;
  bold?: boolean;
}

/** Approximate width in pixels of `text` set in `style`. */
export function textWidth(text: string, style: TextStyle): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * style.size * (style.bold ? BOLD_FACTOR : 1);
}

const ELLIPSIS = '…';

/** The longest start of `text` that fits `width` with an ellipsis after it. */
function truncated(text: string, width: number, style: TextStyle): string {
  const room = width - textWidth(ELLIPSIS, style);
  let kept = '';
  let used = 0;
  for (const char of text) {
    const next = textWidth(char, style);
    if (used + next > room) break;
    kept += char;
    used += next;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

export interface WrappedText {
  /** Lines to draw; a line broken at a space keeps that space at its end, so they join back up. */
  lines: string[];
  /** True when text was left out: the last line ends in an ellipsis. */
  cut: boolean;
}

/**
 * `text` (already `drawableText`) in at most `maxLines` lines of at most `width` pixels: greedy,
 * at spaces, a word too long for a line broken between characters, explicit line breaks kept.
 * Stops at the cap, so a huge sticky costs no more than a short one.
 */
export function wrapText(
  text: string,
  width: number,
  style: TextStyle,
  maxLines: number,
): WrappedText {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const spaceWidth = textWidth(' ', style);
  const full = () => lines.length >= maxLines;
  const endLine = () => {
    lines.push(line);
    line = '';
    lineWidth = 0;
  };
  const paragraphs = text.split('\n');
  for (const [index, paragraph] of paragraphs.entries()) {
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      const wordWidth = textWidth(word, style);
      if (line !== '' && lineWidth + spaceWidth + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += spaceWidth + wordWidth;
        continue;
      }
      if (line !== '') {
        line += ' ';
        endLine();
        if (full()) return finish(lines, true, width, style);
      }
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      for (const char of word) {
        const next = textWidth(char, style);
        if (line !== '' && lineWidth + next > width) {
          endLine();
          if (full()) return finish(lines, true, width, style);
        }
        line += char;
        lineWidth += next;
      }
    }
    if (line !== '') endLine();
    if (full()) {
      const more = paragraphs.slice(index + 1).some((rest) => rest.trim() !== '');
      return finish(lines, more, width, style);
    }
  }
  return { lines, cut: false };
}

function finish(lines: string[], cut: boolean, width: number, style: TextStyle): WrappedText {
  if (!cut) return { lines, cut };
  const last = lines.pop() ?? '';
  lines.push(truncated(last, width, style));
  return { lines, cut };
}
