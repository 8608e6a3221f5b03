import type { ArticleIndex } from './article-index.js';
import type { AnalyzedQuestion } from './question.js';
import { retrieve, selectSentences, type Selection } from './select.js';
import { DEFAULT_SELECTION, type SelectionParams } from './selection-params.js';
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

/** The first rule that rules the best sentence out, in the order DeclineReason lists them; null to answer. */
function declineReasonOf(selection: Selection, params: SelectionParams): DeclineReason | null {
  if (selection.ranked.length === 0) return 'no-match';
  if (selection.lacksAskedKind) return `no-${selection.lacksAskedKind}`;
  if (!selection.namesAskedAttribute) return 'no-attribute';
  if (selection.namesAbsent) return 'no-name';
  if (selection.quotesNoOne) return 'no-quote';
  if (selection.confidence < params.minCoverage) return 'low-coverage';
  if (selection.wordsConfidence !== null && selection.wordsConfidence < params.minWordsCoverage) return 'names-only';
  if (selection.closerShare !== null && selection.closerShare >= params.denseVetoShare) return 'meaning';
  return null;
}

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
    const dense = this.dense ? await this.dense.score(text) : undefined;
    const t1 = performance.now();
    const analyzed = this.analyzeQuestion(text);
    const retrieval = retrieve(this.index, analyzed, this.params, dense);
    const t2 = performance.now();
    const selection = selectSentences(this.index, retrieval, this.params);
    const { ranked, confidence, closerShare } = selection;
    const t3 = performance.now();
    const declineReason = declineReasonOf(selection, this.params);
    const declined = declineReason !== null;
    const candidates = ranked.slice(0, CANDIDATES_KEPT);
    return {
      question,
      language: analyzed.language,
      declined,
      declineReason,
      best: declined ? null : (candidates[0] ?? null),
      closest: declined && confidence >= this.params.minClosestCoverage ? (candidates[0] ?? null) : null,
      candidates,
      confidence,
      closerShare,
      embedder: this.dense ? 'model' : 'lexical',
      timings: { embedMs: dense?.embedMs ?? 0, retrieveMs: t2 - t1, selectMs: t3 - t2 },
    };
  }
}
