/**
 * Arabic light stemming: strip frequent affixes, never guess roots. Works on text already
 * passed through normalizeArabic (so ة is ه and ى is ي).
 *
 * `light10` follows Larkey, Ballesteros & Connell's light10, as in Lucene's ArabicStemmer.
 * Measured on arcd-train, wider affix lists (وبال, هم, كم …) and a vocabulary-checked clitic
 * stripper did not beat it on paragraph retrieval (±0.3 points), so light10 stays; the gains
 * came from trigram re-ranking instead (src/retrieval/char-ngrams.ts).
 */

export type Stemmer = (token: string) => string;

interface AffixRule {
  readonly affix: string;
  /** Shortest stem that may remain after removing the affix. */
  readonly minStem: number;
}

const rules = (affixes: readonly string[], minStem: number): AffixRule[] => affixes.map((affix) => ({ affix, minStem }));

/** Light10: one prefix (longest first as listed), then every suffix in turn. */
const LIGHT10_PREFIXES: readonly AffixRule[] = [
  ...rules(['ال', 'وال', 'بال', 'كال', 'فال', 'لل'], 2),
  ...rules(['و'], 3),
];
// Lucene's list has ية and ة too; after normalisation they are يه and ه, already listed.
const LIGHT10_SUFFIXES: readonly AffixRule[] = rules(['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'], 2);

function stripOnePrefix(token: string, prefixes: readonly AffixRule[]): string {
  for (const { affix, minStem } of prefixes) {
    if (token.startsWith(affix) && token.length - affix.length >= minStem) return token.slice(affix.length);
  }
  return token;
}

function stripSuffixesInTurn(token: string, suffixes: readonly AffixRule[]): string {
  let stem = token;
  for (const { affix, minStem } of suffixes) {
    if (stem.endsWith(affix) && stem.length - affix.length >= minStem) stem = stem.slice(0, -affix.length);
  }
  return stem;
}

export const light10: Stemmer = (token) => stripSuffixesInTurn(stripOnePrefix(token, LIGHT10_PREFIXES), LIGHT10_SUFFIXES);
