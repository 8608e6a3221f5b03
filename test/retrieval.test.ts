import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../src/retrieval/bm25.js';
import { exactConcept, type Concept } from '../src/retrieval/query.js';
import { queryTrigrams, TrigramCodes, trigramRecall } from '../src/retrieval/char-ngrams.js';
import { FuzzyVocabulary } from '../src/retrieval/fuzzy-expansion.js';
import { paragraphRoots, relativesInParagraph } from '../src/retrieval/paragraph-relatives.js';
import { proximity, termConceptsOf } from '../src/retrieval/proximity.js';
import { feedbackProfile, withFeedback } from '../src/retrieval/feedback.js';

const docs = [
  ['تعاون', 'دفاع', 'روسيا', 'ايران'],
  ['عقوب', 'غرب', 'روسيا'],
  ['مقاوم', 'حدود', 'ايران', 'ايران'],
];

describe('BM25', () => {
  const index = new Bm25Index(docs);

  it('ranks the document that holds the rare term first', () => {
    const scores = index.score([exactConcept('عقوب'), exactConcept('روسيا')]);
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    expect(scores[2]).toBe(0);
  });

  it('weighs rare terms above common ones', () => {
    expect(index.idf('عقوب')).toBeGreaterThan(index.idf('روسيا'));
  });

  it('counts a concept once however many of its alternatives match', () => {
    const both = index.score([{ label: 'x', alternatives: [{ term: 'تعاون', weight: 1 }, { term: 'دفاع', weight: 1 }] }]);
    const one = index.score([exactConcept('تعاون')]);
    expect(both[0]).toBeCloseTo(one[0]!, 6);
  });

  it('reports how well a document matches each concept', () => {
    const guessed = { label: 'g', alternatives: [{ term: 'غرب', weight: 0.6 }] };
    expect(index.conceptMatches([exactConcept('عقوب'), exactConcept('حدود'), guessed], 1)).toEqual([1, 0, 0.6]);
  });

  it('matches a document by its aliases without making the term any commoner', () => {
    const aliased = new Bm25Index(docs, undefined, [[], ['مقاوم'], []]);
    expect(aliased.score([exactConcept('مقاوم')])[1]).toBeGreaterThan(0);
    expect(aliased.contains(1, 'مقاوم')).toBe(true);
    expect(aliased.idf('مقاوم')).toBe(index.idf('مقاوم'));
  });
});

describe('pseudo-relevance feedback', () => {
  // Forty documents on other topics, then one naming the river and one on it that does not.
  const pool = (others: number): string[][] => [
    ...Array.from({ length: others }, (_, i) => [`موضوع${i}`, `كلمه${i}`, `شيء${i}`]),
    ['نيل', 'نهر', 'دلتا', 'فيضان'],
    ['نهر', 'دلتا', 'فيضان', 'زراعه'],
  ];
  const ask = (docs: string[][]): { before: Float64Array; after: Float64Array } => {
    const index = new Bm25Index(docs);
    const query = [exactConcept('نيل')];
    const before = index.score(query);
    return { before, after: withFeedback(index, docs.map((doc) => feedbackProfile(index, doc)), query, before, 0.1) };
  };

  it('scores a document on the best one\'s topic that lacks the question\'s word, in a pool of many topics', () => {
    const docs = pool(40);
    const { before, after } = ask(docs);
    const river = docs.length - 1;
    expect(before[river]).toBe(0);
    expect(after[river]).toBeGreaterThan(0);
    expect(after.slice(0, 40).every((s) => s === 0)).toBe(true);
    expect(after[river - 1]).toBeGreaterThan(after[river]!);
  });

  it('leaves the scores of one article alone: its paragraphs share its topic anyway', () => {
    const { before, after } = ask(pool(14));
    expect(after).toEqual(before);
  });
});

describe('trigram recall', () => {
  it('gives partial credit to related word forms and none to unrelated ones', () => {
    const codes = new TrigramCodes();
    const [related, unrelated] = [['مستضيف', 'استضافه'], ['عقوب', 'غرب']].map((terms) => codes.encode(terms));
    const grams = queryTrigrams([exactConcept('استضاف')], codes);
    expect(trigramRecall(grams, related!)).toBeGreaterThan(0.5);
    expect(trigramRecall(grams, unrelated!)).toBe(0);
  });

  it('counts a trigram no text has against the word, and takes its best-weighted alternative', () => {
    const codes = new TrigramCodes();
    const text = codes.encode(['سلام']);
    // <سل سلا لام ام> of <سلاح>'s <سل سلا لاح اح>: two of four, and لاح, اح> are in no text.
    expect(trigramRecall(queryTrigrams([exactConcept('سلاح')], codes), text)).toBeCloseTo(0.5, 5);
    const concept = { label: 'x', alternatives: [{ term: 'سلاح', weight: 1 }, { term: 'سلام', weight: 0.8 }] };
    expect(trigramRecall(queryTrigrams([concept], codes), text)).toBeCloseTo(0.8, 5);
  });
});

describe('fuzzy stand-ins for unseen stems', () => {
  const vocabulary = new FuzzyVocabulary(['تزوج', 'تعداد', 'مقاوم', 'عقوب']);

  it('finds the text’s own form for a typo, another verb form or a leftover clitic', () => {
    expect(vocabulary.similar('يتزوج').map((a) => a.term)).toContain('تزوج');
    expect(vocabulary.similar('لتعداد').map((a) => a.term)).toContain('تعداد');
  });

  it('relates a verb to its noun when only a long vowel tells them apart', () => {
    expect(new FuzzyVocabulary(['دفاع']).similar('دافع').map((a) => a.term)).toEqual(['دفاع']);
    // دفع shares only the root: a weaker stand-in than the noun that sounds the same.
    expect(new FuzzyVocabulary(['دفع', 'دفاع']).similar('دافع').map((a) => a.term)).toEqual(['دفاع', 'دفع']);
  });

  it('lets a word of the same root stand in: a broken plural, a verbal noun', () => {
    const text = new FuzzyVocabulary(['خطوط', 'تحقيق', 'امن']);
    expect(text.similar('خط').map((a) => a.term)).toContain('خطوط');
    expect(text.similar('حقق').map((a) => a.term)).toContain('تحقيق');
    expect(text.similar('سلاح')).toEqual([]);
  });

  it('counts a verb’s tenses and persons as one word of its root, and many words as too common a root', () => {
    const expelled = new FuzzyVocabulary(['طرد', 'تطرد', 'ستطرد', 'يطرد', 'طردت']);
    expect(expelled.similar('مطرود').map((a) => a.term)).toContain('طرد');
    expect(new FuzzyVocabulary(['كتب', 'مكتب', 'كاتب', 'كتاب']).similar('مكتوب').map((a) => a.term)).not.toContain('كتاب');
  });

  it('takes ظ for ض, which writers confuse', () => {
    expect(new FuzzyVocabulary(['اضطراب']).similar('اظطراب').map((a) => a.term)).toEqual(['اضطراب']);
  });

  it('leaves known stems alone and finds nothing for unrelated words', () => {
    const [known, unrelated] = vocabulary.expand([exactConcept('عقوب'), exactConcept('فرنس')]);
    expect(known!.alternatives).toEqual([{ term: 'عقوب', weight: 1 }]);
    expect(unrelated!.alternatives).toHaveLength(1);
  });
});

describe("a question's word in the form its paragraph writes", () => {
  const relatives = (stems: string[], ...query: Concept[]) =>
    relativesInParagraph(query, paragraphRoots(stems), 0.2).map((c) => c.alternatives.map((a) => `${a.term}:${a.weight}`));

  it('is found by the root, at the given share of the word', () => {
    expect(relatives(['اشتهر', 'عالم'], exactConcept('اشهر'))).toEqual([['اشتهر:0.2']]);
    expect(relatives(['اشتهر', 'اشهر'], exactConcept('اشهر'))).toEqual([]);
  });

  it('is not the elative of a noun: the length asked is not the longest', () => {
    expect(relatives(['اطول', 'نهر'], exactConcept('طول'))).toEqual([]);
  });

  it("is not looked for from a root many of the paragraph's stems share, nor for a dictionary's several renderings", () => {
    expect(relatives(['مكتب', 'كاتب', 'كتاب', 'مكتوب'], exactConcept('كتب'))).toEqual([]);
    const renderings: Concept = { label: 'famous', alternatives: [{ term: 'اشهر', weight: 1 }, { term: 'معروف', weight: 0.8 }] };
    expect(relatives(['اشتهر'], renderings)).toEqual([]);
  });
});

describe('proximity of the question\'s words in a sentence', () => {
  const query = [exactConcept('سكان'), exactConcept('قاهر'), exactConcept('عدد')];
  const near = (terms: string[]) => proximity(termConceptsOf(query), query.length, terms);

  it('is highest when they stand side by side, lower when scattered, zero for one word', () => {
    const together = near(['ارتفع', 'عدد', 'سكان', 'قاهر', 'الي']);
    const apart = near(['عدد', 'زوار', 'متحف', 'قاهر', 'زاد', 'بينما', 'تراجع', 'سكان']);
    expect(together).toBe(1);
    expect(apart).toBeGreaterThan(0);
    expect(apart).toBeLessThan(together / 2);
    expect(near(['قاهر', 'مدينه', 'كبيره'])).toBe(0);
  });
});
