import type { Language } from '../core/types.js';

/** Arabic when Arabic letters outnumber Latin ones: a question may quote a Latin name or vice versa. */
export function detectLanguage(text: string): Language {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return arabic > 0 && arabic >= latin ? 'ar' : 'en';
}
