/**
 * Telegram's HTML parse mode knows only a handful of tags and needs only `&`, `<`, `>` (and `"`
 * inside attributes) escaped. Everything the bot did not write itself goes through escapeHtml,
 * and everything that is cut is cut as plain text, before escaping, so a cut can never land
 * inside an entity or a tag.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** Cuts at a code point boundary (never half a surrogate pair) and marks the cut with an ellipsis. */
export function truncate(text: string, maxChars: number): string {
  const points = Array.from(text);
  if (points.length <= maxChars) return text;
  return `${points.slice(0, Math.max(0, maxChars - 1)).join('').trimEnd()}…`;
}

/** Telegram counts callback data and inline result ids in UTF-8 bytes, not characters. */
export function fitsBytes(text: string, maxBytes: number): boolean {
  return Buffer.byteLength(text, 'utf8') <= maxBytes;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits plain text into spans whose escaped form is at most `maxChars`, preferring to break
 * after a sentence end, then at whitespace, and only as a last resort mid-word. Spans (not
 * strings) are returned so callers can still relate pieces to offsets, e.g. to bold a sentence.
 */
export function splitPlainText(text: string, maxChars: number): Span[] {
  const spans: Span[] = [];
  let start = skipSpaces(text, 0);
  while (start < text.length) {
    const cut = start + bestCut(text.slice(start), maxChars);
    let end = cut;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end });
    start = skipSpaces(text, cut);
  }
  return spans;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** Longest prefix whose escaped form fits, then backed off to a natural break inside it. */
function bestCut(text: string, maxChars: number): number {
  if (escapeHtml(text).length <= maxChars) return text.length;
  let fit = 0;
  let escapedLength = 0;
  for (const ch of text) {
    const add = escapeHtml(ch).length;
    if (escapedLength + add > maxChars) break;
    escapedLength += add;
    fit += ch.length;
  }
  const window = text.slice(0, fit);
  // A break that leaves a tiny first piece is worse than a mid-word cut.
  const floor = Math.floor(fit / 2);
  const sentenceEnd = lastMatchEnd(window, /[.!?؟…»"]\s/g);
  if (sentenceEnd > floor) return sentenceEnd;
  const space = window.lastIndexOf(' ');
  if (space > floor) return space + 1;
  return Math.max(fit, 1);
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}
