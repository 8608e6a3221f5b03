import type { Language } from '../core/types.js';

/** Latin letters as questions type them, French and other accented ones included, as a character class's contents. */
export const LATIN_LETTERS = 'A-Za-zÀ-ÖØ-öø-ÿœŒ';

/** Arabic when Arabic letters outnumber Latin ones: a question may quote a Latin name or vice versa. */
export function detectLanguage(text: string): Language {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return arabic > 0 && arabic >= latin ? 'ar' : 'en';
}
