import type { Query } from './query.js';

/** For each index term of a query, the concepts it expresses: built once per question. */
export type TermConcepts = ReadonlyMap<string, readonly number[]>;

export function termConceptsOf(query: Query): TermConcepts {
  const map = new Map<string, number[]>();
  query.forEach((concept, c) => {
    for (const { term } of concept.alternatives) {
      const list = map.get(term);
      if (!list) map.set(term, [c]);
      else if (!list.includes(c)) list.push(c);
    }
  });
  return map;
}

/**
 * How closely a sentence keeps together the question's words it contains: the number of
 * concepts matched over the shortest run of terms that holds them all, times the share of the
 * question matched. 1 for a sentence that is the question's words side by side, near 0 for one
 * that scatters two of them across a long quote. A sentence that states what was asked names
 * its parts together ("ارتفع عدد سكان القاهرة إلى"); BM25 counts the words, not where they stand.
 * Zero below two matched concepts, where there is no distance to measure.
 */
export function proximity(termConcepts: TermConcepts, conceptCount: number, terms: readonly string[]): number {
  // (position, concept) of every match, in order of position.
  const hits: [number, number][] = [];
  terms.forEach((term, at) => {
    for (const c of termConcepts.get(term) ?? []) hits.push([at, c]);
  });
  const matched = new Set(hits.map(([, c]) => c)).size;
  if (matched < 2) return 0;

  // Shortest window holding every matched concept: a sliding window over the hits.
  const inWindow = new Map<number, number>();
  let held = 0;
  let shortest = Infinity;
  let start = 0;
  for (const [at, c] of hits) {
    inWindow.set(c, (inWindow.get(c) ?? 0) + 1);
    if (inWindow.get(c) === 1) held++;
    while (held === matched) {
      const [first, firstConcept] = hits[start++]!;
      shortest = Math.min(shortest, at - first + 1);
      inWindow.set(firstConcept, inWindow.get(firstConcept)! - 1);
      if (inWindow.get(firstConcept) === 0) held--;
    }
  }
  return (matched / shortest) * (matched / conceptCount);
}
