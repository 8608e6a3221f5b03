/**
 * Spelling suggestions for English words the lexicon lacks ("sanctons", "goverment"): people type
 * questions fast in chats, and a misspelt content word would otherwise be lost to the query and
 * count against it as a word the article does not have. Hunspell's English dictionary (nspell with
 * dictionary-en, the same word list editors use) says which words are English, inflections included.
 */
import nspell from 'nspell';

export interface Speller {
  /** Lower-case words one typo away from `word`; [] when it is spelt right or nothing is that near. */
  suggest(word: string): readonly string[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The strings one typo away: a letter dropped, two neighbours swapped, one changed or one added.
 * nspell's own suggest() looks further (and finds "curbing" for the rare "zorbing"), and took
 * 100–270 ms for a word with nothing near, names above all: checking these few hundred strings
 * takes about a millisecond.
 */
function oneTypoAway(word: string): Set<string> {
  const near = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [before, after] = [word.slice(0, i), word.slice(i)];
    if (after) near.add(before + after.slice(1));
    if (after.length > 1) near.add(before + after[1] + after[0] + after.slice(2));
    for (const letter of LETTERS) {
      if (after) near.add(before + letter + after.slice(1));
      near.add(before + letter + after);
    }
  }
  near.delete(word);
  return near;
}

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export async function loadSpeller(): Promise<Speller> {
  // The package reads its two files when imported, so it is imported only when asked for.
  const { default: dictionary } = await import('dictionary-en');
  // Typed as Uint8Array by the dictionary and as Buffer by nspell's types; nspell reads either.
  const checker = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
  return {
    suggest: (word) => {
      const lower = word.toLowerCase();
      // "ok" and "nato" are spelt right, in capitals.
      if (checker.correct(lower) || checker.correct(lower.toUpperCase())) return [];
      // Chats are typed in lower case: "rssia" is Russia, which the dictionary spells capitalised.
      return [...oneTypoAway(lower)].filter((candidate) => checker.correct(candidate) || checker.correct(capitalised(candidate)));
    },
  };
}
