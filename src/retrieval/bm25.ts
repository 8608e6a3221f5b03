import type { Concept, Query } from './query.js';

export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

interface Posting {
  readonly doc: number;
  readonly tf: number;
}

/**
 * Okapi BM25 over pre-analysed documents. Written here rather than taken from a package
 * because queries are weighted concepts with alternatives (see query.ts), which the BM25
 * packages on npm do not support, and scoring must stay well under a millisecond.
 */
export class Bm25Index {
  readonly size: number;
  private readonly postings = new Map<string, Posting[]>();
  private readonly lengthNorm: Float64Array;
  private readonly frequencies = new Map<string, number>();

  /**
   * `aliases`: terms each document is also known by without saying them (the speaker a paragraph
   * goes on quoting, see speakers.ts). They match like the document's own terms but leave document
   * frequencies alone: a name carried over five paragraphs is no commoner a word for it.
   */
  constructor(
    documents: readonly (readonly string[])[],
    private readonly params: Bm25Params = DEFAULT_BM25,
    aliases: readonly (readonly string[])[] = [],
  ) {
    this.size = documents.length;
    const all = documents.map((own, doc) => (aliases[doc]?.length ? [...own, ...aliases[doc]] : own));
    const avg = all.reduce((sum, d) => sum + d.length, 0) / Math.max(1, all.length) || 1;
    this.lengthNorm = Float64Array.from(all, (d) => params.k1 * (1 - params.b + (params.b * d.length) / avg));
    all.forEach((terms, doc) => {
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, tf] of counts) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, tf });
      }
    });
    for (const own of documents) for (const term of new Set(own)) this.frequencies.set(term, (this.frequencies.get(term) ?? 0) + 1);
  }

  /** Every distinct term of the collection. */
  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  contains(doc: number, term: string): boolean {
    return this.postings.get(term)?.some((p) => p.doc === doc) ?? false;
  }

  documentFrequency(term: string): number {
    return this.frequencies.get(term) ?? 0;
  }

  /** BM25's idf, floored at a small positive value so that very common terms still count a little. */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    return Math.max(0.01, Math.log(1 + (this.size - df + 0.5) / (df + 0.5)));
  }

  /** The idf of a term no document contains: what a question word the text never uses weighs. */
  unseenIdf(): number {
    return this.idf('\u0000');
  }

  /** How rare a concept is: its rarest alternative's idf, or an unseen word's if it has none. */
  conceptIdf(concept: Concept): number {
    return concept.alternatives.length ? Math.max(...concept.alternatives.map((a) => this.idf(a.term))) : this.unseenIdf();
  }

  /** One score per document; each concept contributes its best alternative. */
  score(query: Query): Float64Array {
    const total = new Float64Array(this.size);
    for (const scores of this.conceptScores(query)) {
      for (let doc = 0; doc < this.size; doc++) total[doc]! += scores[doc]!;
    }
    return total;
  }

  /** Each concept's contribution to every document's score: its best alternative's BM25 term. */
  conceptScores(query: Query): Float64Array[] {
    return query.map((concept) => {
      const best = new Float64Array(this.size);
      for (const { term, weight } of concept.alternatives) {
        const list = this.postings.get(term);
        if (!list) continue;
        const idf = this.idf(term) * weight;
        for (const { doc, tf } of list) {
          const s = this.termScore(idf, tf, doc);
          if (s > best[doc]!) best[doc] = s;
        }
      }
      return best;
    });
  }

  /** One concept's contribution to one document's score (see conceptScores). */
  conceptScore(concept: Concept, doc: number): number {
    let best = 0;
    for (const { term, weight } of concept.alternatives) {
      const tf = this.postings.get(term)?.find((p) => p.doc === doc)?.tf;
      if (tf) best = Math.max(best, this.termScore(this.idf(term) * weight, tf, doc));
    }
    return best;
  }

  /** BM25's term weight: a term of this (weighted) idf found tf times in the document. */
  private termScore(idf: number, tf: number, doc: number): number {
    return (idf * tf * (this.params.k1 + 1)) / (tf + this.lengthNorm[doc]!);
  }

  /**
   * How well a document matches each concept: the weight of its best alternative found there
   * (0 when none is), so a guessed name or a later dictionary sense counts for less.
   */
  conceptMatches(query: Query, doc: number): number[] {
    return query.map((concept) =>
      Math.max(0, ...concept.alternatives.filter(({ term }) => this.contains(doc, term)).map((a) => a.weight)),
    );
  }
}
