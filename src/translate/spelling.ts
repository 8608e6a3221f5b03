/**
 * Spelling suggestions for English words the lexicon lacks ("sanctons", "goverment"): people type
 * questions fast in chats, and a misspelt content word would otherwise be lost to the query and
 * count against it as a word the article does not have. Hunspell's English dictionary (nspell with
 * dictionary-en, the same word list editors use) knows the common words and their inflections.
 */
import damerauLevenshtein from 'damerau-levenshtein';
import nspell from 'nspell';

export interface Speller {
  /** Correctly spelt words one typo away from `word`, best first; [] when it is spelt right or nothing is that near. */
  suggest(word: string): readonly string[];
}

/**
 * One typo: a letter dropped, doubled, changed or two swapped. Hunspell offers words further off
 * too, which for a rare word it does not know are other words ("zorbing" → curbing).
 */
const MAX_EDITS = 1;

export async function loadSpeller(): Promise<Speller> {
  // The package reads its two files when imported, so it is imported only when asked for.
  const { default: dictionary } = await import('dictionary-en');
  // Typed as Uint8Array by the dictionary and as Buffer by nspell's types; nspell reads either.
  const checker = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
  // "ok" and "nato" are spelt right, in capitals.
  const spelt = (word: string): boolean => checker.correct(word) || checker.correct(word.toUpperCase());
  return {
    suggest: (word) =>
      spelt(word) ? [] : checker.suggest(word).filter((suggestion) => damerauLevenshtein(word.toLowerCase(), suggestion.toLowerCase()).steps <= MAX_EDITS),
  };
}
