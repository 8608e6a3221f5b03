/**
 * Composition of the one answering path used by the bot, `ask` and `eval`: article → index,
 * question analysis (Arabic and English), optional embeddings, selection.
 */
import type { Logger } from 'pino';
import type { EngineConfig } from './config.js';
import { loadArticle } from './article/load.js';
import { indexArticle } from './core/article-index.js';
import { headlineAliases } from './core/headline.js';
import { AnsweringEngine } from './core/engine.js';
import { createQuestionAnalyzer } from './core/question.js';
import { DEFAULT_SELECTION, type SelectionParams } from './core/select.js';
import type { Article, QuestionAnswerer } from './core/types.js';
import { createDenseIndex } from './embed/index.js';
import { createAnalyzer } from './text/analyzer.js';
import { loadLexicon, NameMatcher, type Lexicon } from './translate/index.js';
import { createEnglishBridge } from './translate/concepts.js';

export interface AnswererOptions {
  /** Answer about this article instead of the one at ARTICLE_PATH (used by eval). */
  readonly article?: Article;
  /** Overrides of the tuned selection parameters (used by the tuning scripts). */
  readonly selection?: Partial<SelectionParams>;
}

/**
 * The bundled dictionary is read-only data and takes about 125 ms to read: one copy per process
 * serves every answerer (eval, the calibration script and the tests build many).
 */
let bundledLexicon: Lexicon | undefined;

export async function createAnswerer(
  config: EngineConfig,
  log: Logger,
  options: AnswererOptions = {},
): Promise<QuestionAnswerer> {
  const article = options.article ?? (await loadArticle(config.ARTICLE_PATH, config.ARTICLE_SOURCE));
  const analyze = createAnalyzer();
  // The headline's words join the paragraphs they sum up; the tuned defaults decide which, so that
  // overriding selection knobs (the tuning scripts) asks questions of the same index.
  const bodyIndex = indexArticle(article, analyze);
  const aliases = headlineAliases(bodyIndex, createQuestionAnalyzer(analyze), DEFAULT_SELECTION);
  const index = aliases.some((stems) => stems.length > 0) ? indexArticle(article, analyze, aliases) : bodyIndex;
  log.info(
    {
      paragraphs: article.paragraphs.length,
      sentences: article.sentences.length,
      source: article.source,
      // Which paragraphs (numbered as in citations) took the headline's words, for auditing answers.
      headlineParagraphs: aliases.flatMap((stems, p) => (stems.length > 0 ? [p + 1] : [])),
    },
    'article indexed',
  );
  const english = createEnglishBridge((bundledLexicon ??= loadLexicon()), new NameMatcher(index.vocabulary), analyze);
  // Null when EMBEDDER=lexical or no model could be loaded (after one warning): lexical answers.
  const dense = await createDenseIndex(article, config, log);
  return new AnsweringEngine(index, createQuestionAnalyzer(analyze, english), { ...DEFAULT_SELECTION, ...options.selection }, dense ?? undefined);
}
