import type { Query } from './query.js';

/**
 * Character trigrams of stems, with word-boundary marks. Light stemming leaves related forms
 * apart (انتهت / انتهاء, استضافة / المستضيفة); their shared trigrams still meet, which makes
 * trigram overlap a strong tie-breaker between sentences of the same paragraph.
 */
export function trigrams(terms: Iterable<string>): Set<string> {
  const grams = new Set<string>();
  for (const term of terms) {
    const word = `<${term}>`;
    for (let i = 0; i + 3 <= word.length; i++) grams.add(word.slice(i, i + 3));
  }
  return grams;
}

/**
 * Numbers for a collection's trigrams: texts keep theirs as sets of small integers, which a
 * lookup compares faster than strings, and recall is counted a few thousand times a question.
 */
export class TrigramCodes {
  private readonly codes = new Map<string, number>();

  /** The codes of these terms' trigrams, numbering new ones (while the collection is indexed). */
  encode(terms: Iterable<string>): Set<number> {
    const coded = new Set<number>();
    for (const gram of trigrams(terms)) {
      let code = this.codes.get(gram);
      if (code === undefined) this.codes.set(gram, (code = this.codes.size));
      coded.add(code);
    }
    return coded;
  }

  /** The codes of a question term's trigrams, each once; one no text has is −1, which no text holds. */
  lookup(term: string): number[] {
    return [...trigrams([term])].map((gram) => this.codes.get(gram) ?? -1);
  }
}

/** One alternative of a concept for trigram recall: its weight and its trigrams' codes. */
export interface AlternativeGrams {
  readonly weight: number;
  readonly grams: readonly number[];
}

/** The share of the concept's best alternative's trigrams found in the text, times its weight. */
export function conceptTrigramRecall(alternatives: readonly AlternativeGrams[], textGrams: ReadonlySet<number>): number {
  let best = 0;
  // Heaviest first (see queryTrigrams): recall is at most 1, so once an alternative weighs no more
  // than the best so far, none after it can win.
  for (const { weight, grams } of alternatives) {
    if (weight <= best) break;
    if (grams.length === 0) continue;
    let found = 0;
    for (const g of grams) if (textGrams.has(g)) found++;
    best = Math.max(best, (found / grams.length) * weight);
  }
  return best;
}

/** Per concept, the share of its best alternative's trigrams found in the text; averaged over concepts. */
export function trigramRecall(queryGrams: readonly (readonly AlternativeGrams[])[], textGrams: ReadonlySet<number>): number {
  if (queryGrams.length === 0) return 0;
  let sum = 0;
  for (const alternatives of queryGrams) sum += conceptTrigramRecall(alternatives, textGrams);
  return sum / queryGrams.length;
}

/** Each concept's alternatives with their trigrams, heaviest first, computed once per question. */
export function queryTrigrams(query: Query, codes: TrigramCodes): AlternativeGrams[][] {
  return query.map((concept) =>
    concept.alternatives.map(({ term, weight }) => ({ weight, grams: codes.lookup(term) })).sort((a, b) => b.weight - a.weight),
  );
}
