/** Pure data shapes shared by the answering core and its edges (bot, CLI, embeddings). */

export interface Sentence {
  /** Position among all sentences of the article (0-based). */
  readonly id: number;
  /** 0-based paragraph index; HEADLINE for the headline, which is no paragraph. */
  readonly paragraph: number;
  /** Character span inside that paragraph (the headline): paragraphs[paragraph].slice(start, end) === text. */
  readonly start: number;
  readonly end: number;
  /** Verbatim original text, never normalised. */
  readonly text: string;
}

/**
 * Sentence.paragraph (and Sentence.id) of the headline, quoted only for a question that asks what
 * the headline says (headline-quote.ts): it sums the report up in words of its own, which no paragraph has.
 */
export const HEADLINE = -1;

/** A sentence's place as cited: its paragraph counted from 1, or null for the headline. */
export function paragraphNumber(sentence: Sentence): number | null {
  return sentence.paragraph === HEADLINE ? null : sentence.paragraph + 1;
}

export interface Article {
  readonly title: string;
  readonly source: string;
  readonly paragraphs: readonly string[];
  readonly sentences: readonly Sentence[];
}

/** The article's sentence with this id (ids are positions, so mostly found at once); undefined for none, the headline's included. */
export function sentenceById(article: Article, id: number): Sentence | undefined {
  const direct = article.sentences[id];
  return direct?.id === id ? direct : article.sentences.find((s) => s.id === id);
}

export type Language = 'ar' | 'en';

export interface RankedSentence {
  readonly sentence: Sentence;
  readonly score: number;
}

export interface Timings {
  embedMs: number;
  retrieveMs: number;
  selectMs: number;
}

/**
 * 'no-match': nothing in the article shares a word with the question; 'no-number': it asks how
 * many (or how old) and the best sentence holds no number; 'no-time': it asks when and the best
 * sentence's paragraph names no time; 'no-date': it asks a calendar date ("on what date") and the
 * best paragraph names no month or year; 'no-month': it names a month ("in November") the best
 * paragraph does not; 'no-attribute': it asks for an
 * attribute (population, capital …) the best paragraph does not name; 'no-name': it names someone
 * or somewhere (in English, a name the dictionary renders) the article never mentions, or asks
 * names the article never gives (which countries, where it says "many countries"; the names of a
 * group it only counts);
 * 'no-quote': it asks what someone said and the best sentence reports no one's speech;
 * 'low-coverage': the best paragraph covers too little of the question; 'names-only': it covers
 * the question's names but almost none of its other words; 'meaning': the model finds most
 * paragraphs closer in meaning.
 */
export type DeclineReason = 'no-match' | 'no-number' | 'no-time' | 'no-date' | 'no-month' | 'no-attribute' | 'no-name' | 'no-quote' | 'low-coverage' | 'names-only' | 'meaning';

export interface Answer {
  readonly question: string;
  /** Language of the question, which is also the language of the reply's interface text. */
  readonly language: Language;
  /** True when the article does not answer the question; `best` is then null. */
  readonly declined: boolean;
  /** Why it was declined (the first reason that holds, in this order); null when answered. */
  readonly declineReason: DeclineReason | null;
  readonly best: RankedSentence | null;
  /**
   * When declined, the best-ranked sentence if its paragraph covers at least
   * SelectionParams.minClosestCoverage of the question: shown only on request, as the closest
   * passage and not as an answer. Null when answered or when nothing is that near.
   */
  readonly closest: RankedSentence | null;
  /** Best first; `best` is candidates[0] when not declined. Used for "Another answer". */
  readonly candidates: readonly RankedSentence[];
  /** The signal compared with the decline threshold (logged so decisions can be audited). */
  readonly confidence: number;
  /**
   * With a model: the share of the article's paragraphs closer in meaning to the question than
   * the answer's (declined from SelectionParams.denseVetoShare on); null when answering lexically.
   */
  readonly closerShare: number | null;
  readonly embedder: 'lexical' | 'model';
  readonly timings: Timings;
}

/** The one answering path: the bot, `ask` and `eval` all go through this. */
export interface QuestionAnswerer {
  readonly article: Article;
  answer(question: string): Promise<Answer>;
}
