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

/**
 * A verb in the present tense asked of another person than the text's: the question's تعيش ("she
 * lives", of a family) where the text says يعيش (of its father). Works on normalised tokens; the
 * form with ي and ت swapped, or none for words too short to be such a verb.
 */
export function otherPerson(token: string): string | null {
  if (token.length < MIN_LETTERS) return null;
  if (token.startsWith('ي')) return `ت${token.slice(1)}`;
  return token.startsWith('ت') ? `ي${token.slice(1)}` : null;
}
