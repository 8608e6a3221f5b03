import type { Query } from './query.js';

/**
 * How closely a sentence keeps together the question's words it contains: the number of
 * concepts matched over the shortest run of terms that holds them all, times the share of the
 * question matched. 1 for a sentence that is the question's words side by side, near 0 for one
 * that scatters two of them across a long quote. A sentence that states what was asked names
 * its parts together ("ارتفع عدد سكان القاهرة إلى"); BM25 counts the words, not where they stand.
 * Zero below two matched concepts, where there is no distance to measure.
 */
export function proximity(query: Query, terms: readonly string[]): number {
  // (position, concept) of every match, in order of position.
  const hits: [number, number][] = [];
  terms.forEach((term, at) => {
    query.forEach((concept, c) => {
      if (concept.alternatives.some((a) => a.term === term)) hits.push([at, c]);
    });
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
  return (matched / shortest) * (matched / query.length);
}
