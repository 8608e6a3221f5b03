import type { Concept, Query } from './query.js';

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

/** The share of the concept's best alternative's trigrams found in the text, times its weight. */
export function conceptTrigramRecall(
  concept: Concept,
  alternativeGrams: readonly string[][],
  textGrams: ReadonlySet<string>,
): number {
  let best = 0;
  for (let a = 0; a < alternativeGrams.length; a++) {
    const grams = alternativeGrams[a]!;
    const weight = concept.alternatives[a]!.weight;
    // Recall is at most 1, so an alternative weighing no more than the best so far cannot win.
    if (grams.length === 0 || weight <= best) continue;
    let found = 0;
    for (const g of grams) if (textGrams.has(g)) found++;
    best = Math.max(best, (found / grams.length) * weight);
  }
  return best;
}

/** Per concept, the share of its best alternative's trigrams found in the text; averaged over concepts. */
export function trigramRecall(query: Query, queryGrams: readonly (readonly string[][])[], textGrams: ReadonlySet<string>): number {
  if (query.length === 0) return 0;
  let sum = 0;
  query.forEach((concept, c) => {
    sum += conceptTrigramRecall(concept, queryGrams[c]!, textGrams);
  });
  return sum / query.length;
}

/** Trigrams of every alternative of every concept, computed once per question. */
export function queryTrigrams(query: Query): string[][][] {
  return query.map((concept) => concept.alternatives.map(({ term }) => [...trigrams([term])]));
}
