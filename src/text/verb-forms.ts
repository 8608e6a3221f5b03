/**
 * News reports what will happen in the future tense, a س joined to the verb (ستبدأ, سيزور), which
 * light stemming leaves on; a question asks in either tense ("متى تبدأ الأعمال؟", "when will the
 * works start?"). Works on normalised tokens; the other tense's form, or none for words that
 * cannot be a verb in the present tense.
 */
const FUTURE = /^س(?=[يتن])/;
const PRESENT = /^[يتن]/;
/** Shorter words are seldom verbs with these letters: ستة, سنة, يد. */
const MIN_LETTERS = 4;

export function otherTense(token: string): string | null {
  if (FUTURE.test(token)) return token.length > MIN_LETTERS ? token.slice(1) : null;
  return PRESENT.test(token) && token.length >= MIN_LETTERS ? `س${token}` : null;
}
