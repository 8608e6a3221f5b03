import type { ArticleIndex } from './article-index.js';
import type { AnalyzedQuestion } from './question.js';
import { retrieve, selectSentences, type SelectionParams, DEFAULT_SELECTION } from './select.js';
import type { Answer, Article, DeclineReason, QuestionAnswerer } from './types.js';

/** Dense similarity of a question to every paragraph and sentence (an embedding model). */
export interface DenseScorer {
  readonly modelId: string;
  score(question: string): Promise<{ paragraphs: Float32Array; sentences: Float32Array; embedMs: number }>;
}

/**
 * Questions longer than this are cut before analysis: a pasted page is not a question, and
 * its first part still says what the person wants.
 */
export const MAX_QUESTION_CHARS = 1000;

/** How many ranked sentences an answer keeps for "Another answer" and inline results. */
const CANDIDATES_KEPT = 5;

export class AnsweringEngine implements QuestionAnswerer {
  readonly article: Article;

  constructor(
    private readonly index: ArticleIndex,
    private readonly analyzeQuestion: (question: string) => AnalyzedQuestion,
    private readonly params: SelectionParams = DEFAULT_SELECTION,
    private readonly dense?: DenseScorer,
  ) {
    this.article = index.article;
  }

  async answer(question: string): Promise<Answer> {
    const text = question.slice(0, MAX_QUESTION_CHARS);
    const t0 = performance.now();
    const dense = this.dense ? await this.dense.score(text) : undefined;
    const t1 = performance.now();
    const analyzed = this.analyzeQuestion(text);
    const retrieval = retrieve(this.index, analyzed, this.params, dense);
    const t2 = performance.now();
    const { ranked, confidence, hasAskedKind, namesAskedAttribute, closerShare } = selectSentences(this.index, retrieval, this.params);
    const t3 = performance.now();
    const meaningDisagrees = closerShare !== null && closerShare >= this.params.denseVetoShare;
    const declineReason: DeclineReason | null =
      ranked.length === 0
        ? 'no-match'
        : !hasAskedKind
          ? 'no-number'
          : !namesAskedAttribute
            ? 'no-attribute'
            : confidence < this.params.minCoverage
            ? 'low-coverage'
            : meaningDisagrees
              ? 'meaning'
              : null;
    const declined = declineReason !== null;
    const candidates = ranked.slice(0, CANDIDATES_KEPT);
    return {
      question,
      language: analyzed.language,
      declined,
      declineReason,
      best: declined ? null : (candidates[0] ?? null),
      candidates,
      confidence,
      closerShare,
      embedder: this.dense ? 'model' : 'lexical',
      timings: { embedMs: dense?.embedMs ?? 0, retrieveMs: t2 - t1, selectMs: t3 - t2 },
    };
  }
}
