/**
 * Sentence segmentation of Arabic news prose. ICU's sentence rules (Intl.Segmenter) already
 * know terminators of both scripts (. ! ? ؟ ۔) and decimal numbers; on top of them we undo
 * two kinds of break that are wrong in Arabic news text: inside a «quotation» or "quote", and
 * after an abbreviation such as "د." (doctor) or "م." (AD).
 */

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Range {
  start: number;
  end: number;
}

const icu = new Intl.Segmenter('ar', { granularity: 'sentence' });

/** A single letter before the dot is an initial or an abbreviation (د. م. ق.م. U.S.), not an end. */
const ENDS_WITH_ABBREVIATION = /(?:^|[\s(«"'])[\p{L}]\.\s*$/u;

const OPENING_QUOTES = /[«“„]/g;
const CLOSING_QUOTES = /[»”]/g;

function openQuotes(text: string): number {
  const opened = (text.match(OPENING_QUOTES) ?? []).length - (text.match(CLOSING_QUOTES) ?? []).length;
  // Plain double quotes open and close with the same mark: an odd count means one is open.
  const plain = (text.match(/"/g) ?? []).length % 2;
  return opened + plain;
}

/** Sentences of one paragraph with exact spans; whitespace around sentences is not part of them. */
export function segmentSentences(paragraph: string): Span[] {
  const pieces: Range[] = [];
  let pending: Range | null = null;

  for (const { index, segment } of icu.segment(paragraph)) {
    const current: Range = { start: pending?.start ?? index, end: index + segment.length };
    const text = paragraph.slice(current.start, current.end);
    const isLast = current.end >= paragraph.length;
    if (!isLast && (openQuotes(text) > 0 || ENDS_WITH_ABBREVIATION.test(text))) {
      pending = current;
      continue;
    }
    pending = null;
    pieces.push(current);
  }
  if (pending) pieces.push(pending);

  return pieces.flatMap(({ start, end }) => {
    const raw = paragraph.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    return text ? [{ start: start + lead, end: start + lead + text.length, text }] : [];
  });
}
