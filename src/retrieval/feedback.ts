/**
 * Pseudo-relevance feedback (as in RM3): the best paragraphs of a first pass are taken for
 * relevant, their most telling words are asked for too, at a fraction of the question's weight,
 * and every paragraph is scored again. A question names its topic in one or two words, perhaps
 * in a translation the text does not use; the paragraphs about that topic share many more.
 */
import type { Bm25Index } from './bm25.js';
import type { Query } from './query.js';
import { topIndices } from './top-indices.js';

/** Paragraphs taken for relevant, and how many of their words are added to the question. */
const FEEDBACK_PARAGRAPHS = 2;
const FEEDBACK_TERMS = 20;

/**
 * Feedback needs a collection of many topics: in one article every paragraph shares the topic's
 * words, and the words of its two best paragraphs favour nothing but themselves. Measured on the
 * article sets (16–17 paragraphs) with feedback: −3 answered (tenth −2, other article −2, nine
 * sets +1); the cross-lingual sets (60 paragraphs) gain.
 */
const MIN_PARAGRAPHS = 40;

/** A paragraph's stems as feedback weighs them: each distinct one once, in order of first use, with its count and idf. */
export interface FeedbackProfile {
  readonly terms: readonly string[];
  readonly counts: readonly number[];
  readonly idfs: readonly number[];
  /** How many stems the paragraph has, repeats included. */
  readonly length: number;
}

/** Read once per paragraph at start: counting a paragraph's words and their idfs had been a good part of each question's retrieval. */
export function feedbackProfile(paragraphs: Bm25Index, terms: readonly string[]): FeedbackProfile {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const distinct = [...counts.keys()];
  return { terms: distinct, counts: [...counts.values()], idfs: distinct.map((term) => paragraphs.idf(term)), length: terms.length };
}

/**
 * The paragraph scores with feedback added: `weight` times the best first-pass score, shared by
 * how well each paragraph matches the feedback words.
 */
export function withFeedback(
  paragraphs: Bm25Index,
  profiles: readonly FeedbackProfile[],
  query: Query,
  scores: Float64Array,
  weight: number,
): Float64Array {
  if (weight === 0 || scores.length < MIN_PARAGRAPHS) return scores;
  const top = topIndices(scores, FEEDBACK_PARAGRAPHS);
  if (top.length === 0) return scores;
  const best = scores[top[0]!]!;
  const asked = new Set(query.flatMap((concept) => concept.alternatives.map((a) => a.term)));
  // A word's weight: its share of each relevant paragraph, by that paragraph's score and its idf.
  const weights = new Map<string, number>();
  for (const p of top) {
    const { terms, counts, idfs, length } = profiles[p]!;
    terms.forEach((term, i) => {
      if (asked.has(term) || term.length < 2) return;
      // Added once per use, as the sum over the paragraph's words it is.
      const share = ((scores[p]! / best) * idfs[i]!) / length;
      let sum = weights.get(term) ?? 0;
      for (let k = 0; k < counts[i]!; k++) sum += share;
      weights.set(term, sum);
    });
  }
  const chosen = [...weights].sort((a, b) => b[1] - a[1]).slice(0, FEEDBACK_TERMS);
  if (chosen.length === 0) return scores;
  const strongest = chosen[0]![1];
  const expansion: Query = chosen.map(([term, w]) => ({ alternatives: [{ term, weight: w / strongest }], label: `feedback:${term}` }));
  const extra = paragraphs.score(expansion);
  let most = 0;
  for (const x of extra) most = Math.max(most, x);
  if (most === 0) return scores;
  return scores.map((score, p) => score + (weight * best * extra[p]!) / most);
}
