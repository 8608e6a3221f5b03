/**
 * Spelling suggestions for English words the lexicon lacks ("sanctons", "goverment"): people type
 * questions fast in chats, and a misspelt content word would otherwise be lost to the query and
 * count against it as a word the article does not have. Hunspell's English dictionary (nspell with
 * dictionary-en, the same word list editors use) says which words are English, inflections included.
 */
import nspell from 'nspell';

export interface Speller {
  /**
   * Lower-case words one typo away from `word`, grouped by the typo that would have made them from
   * it, the commonest typo first (see oneTypoAway); [] when it is spelt right or nothing is that near.
   */
  suggest(word: string): readonly (readonly string[])[];
  /** Whether the dictionary has the word, in any case: a name it lists (Saladin, Biden) is spelt right. */
  knows(word: string): boolean;
  /**
   * Whether the dictionary lists the word in lower case: a common word (refugee, ambassador), where
   * a name is listed capitalised only (Iran, Einstein).
   */
  listsInLowerCase(word: string): boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** No English word is longer ("antidisestablishmentarianism" has 28 letters); a longer one is a paste, not a typo. */
const MAX_WORD_LETTERS = 30;

/**
 * The strings one typo away, by the typo that turns them into `word`, in the order typists make
 * them (Damerau 1964, Kukich 1992): a letter typed twice, a letter left out (so one is added
 * back), two neighbours swapped, one letter too many, one mistyped. nspell's own suggest() looks
 * further (and finds "curbing" for the rare "zorbing"), and took 100–270 ms for a word with
 * nothing near, names above all: checking these few hundred strings takes about a millisecond.
 */
export function oneTypoAway(word: string): string[][] {
  const [doubled, added, swapped, dropped, changed] = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
  for (let i = 0; i <= word.length; i++) {
    const [before, after] = [word.slice(0, i), word.slice(i)];
    if (after) (after[0] === before.at(-1) ? doubled : dropped).add(before + after.slice(1));
    if (after.length > 1) swapped.add(before + after[1] + after[0] + after.slice(2));
    for (const letter of LETTERS) {
      if (after) changed.add(before + letter + after.slice(1));
      added.add(before + letter + after);
    }
  }
  const seen = new Set([word]);
  return [doubled, added, swapped, dropped, changed].map((group) => [...group].filter((candidate) => !seen.has(candidate) && seen.add(candidate)));
}

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A quick "may the dictionary list this?" for the few hundred strings one typo away from a word.
 * nspell keeps every form it knows (affixes applied) as a key of its `data`; a string of letters
 * that is no key, in lower case or capitalised, can be right only by a compound rule, and
 * English's are for numerals ("21st"). correct() tries those rules' regexes on every string it is
 * not sure of: 0.7–0.8 ms per unknown word (a name, a rare term) on average over eight timed alone,
 * up to 2 ms for a long one, and 0.25–0.5 ms with this look-up first; the slowest English questions
 * are those with such words. Where a future nspell keeps its words otherwise, every string goes
 * to correct().
 */
function wordLookup(checker: object): (lower: string) => boolean {
  const data = (checker as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return () => true;
  const words = data as Record<string, unknown>;
  return (lower) => words[lower] !== undefined || words[capitalised(lower)] !== undefined;
}

export async function loadSpeller(): Promise<Speller> {
  // The package reads its two files when imported, so it is imported only when asked for.
  const { default: dictionary } = await import('dictionary-en');
  // Typed as Uint8Array by the dictionary and as Buffer by nspell's types; nspell reads either.
  const checker = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
  // "ok" and "nato" are spelt right, in capitals.
  const spelledRight = (lower: string): boolean => checker.correct(lower) || checker.correct(lower.toUpperCase());
  // Chats are typed in lower case: "rssia" is Russia, which the dictionary spells capitalised.
  const listed = (lower: string): boolean => checker.correct(lower) || checker.correct(capitalised(lower));
  const mayBeListed = wordLookup(checker);
  return {
    knows: (word) => spelledRight(word.toLowerCase()) || listed(word.toLowerCase()),
    listsInLowerCase: (word) => checker.correct(word.toLowerCase()),
    suggest: (word) => {
      const lower = word.toLowerCase();
      if (lower.length > MAX_WORD_LETTERS || spelledRight(lower)) return [];
      const groups = oneTypoAway(lower).map((group) => group.filter((candidate) => mayBeListed(candidate) && listed(candidate)));
      return groups.some((group) => group.length > 0) ? groups : [];
    },
  };
}
