import { normalizeArabic } from './normalize.js';

/** Tokens of normalised text: runs of letters and digits of any script. */
export function tokenize(text: string): string[] {
  return normalizeArabic(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Arabic letters (U+0600–U+06FF block, minus punctuation handled by the normaliser). */
export const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3]/;
