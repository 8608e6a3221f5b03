/**
 * Composition of the one answering path used by the bot, `ask` and `eval`: article → index,
 * question analysis (Arabic and English), optional embeddings, selection.
 */
import type { Logger } from 'pino';
import type { EngineConfig } from './config.js';
import { loadArticle } from './article/load.js';
import { indexArticle, type ArticleIndex } from './core/article-index.js';
import { headlineAliases } from './core/headline.js';
import { speakerAliases } from './core/speakers.js';
import { ageReadings } from './core/ages.js';
import { counterpartReadings } from './core/counterparts.js';
import { titledNameReadings } from './core/title-names.js';
import { AnsweringEngine } from './core/engine.js';
import { createQuestionAnalyzer, stemsWithPronoun } from './core/question.js';
import { DEFAULT_SELECTION, type SelectionParams } from './core/selection-params.js';
import type { Article, QuestionAnswerer } from './core/types.js';
import { createDenseIndex } from './embed/index.js';
import { createAnalyzer, type Analyzer } from './text/analyzer.js';
import { loadLexicon, NameMatcher, type Lexicon } from './translate/index.js';
import { loadFrenchGlosses, type FrenchGlosses } from './translate/french.js';
import { createEnglishBridge } from './translate/concepts.js';
import { loadSpeller, type Speller } from './translate/spelling.js';
import { countryNames, loadPlaceNames } from './translate/place-names.js';
import { loadBrokenPlurals, stemsInOtherNumber } from './translate/broken-plurals.js';

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
/** Hunspell's English dictionary (translate/spelling.ts) takes about a quarter of a second to build: shared the same way. */
let bundledSpeller: Promise<Speller> | undefined;
/** The French→English glosses (translate/french.ts), shared the same way. */
let bundledFrench: FrenchGlosses | undefined;
/**
 * The place names that "where" questions look for (translate/place-names.ts: the dictionary's and
 * the countries'), and the countries an Arabic question names, shared the same way.
 */
let bundledPlaces: { readonly all: ReadonlySet<string>; readonly countries: ReadonlySet<string> } | undefined;
function placeNames(): NonNullable<typeof bundledPlaces> {
  if (bundledPlaces) return bundledPlaces;
  const countries = countryNames();
  return (bundledPlaces = { all: new Set([...loadPlaceNames(), ...countries]), countries });
}

/**
 * Each noun's stem to its stems in the other number (translate/broken-plurals.ts): stemming the
 * pairs takes about 20 ms, so it is done once per process, with the one analyzer every answerer uses.
 */
let bundledOtherNumber: ReadonlyMap<string, readonly string[]> | undefined;

export interface IndexWithAliases {
  readonly index: ArticleIndex;
  /** Which paragraphs (numbered as in citations) took a speaker's or the headline's words, for auditing answers. */
  readonly speakerParagraphs: number[];
  readonly headlineParagraphs: number[];
  /**
   * Which paragraphs are read with what they leave unsaid written in: the title of someone called
   * "his counterpart" (counterparts.ts), the name of someone called by title alone (title-names.ts).
   */
  readonly readParagraphs: number[];
}

/** The paragraphs that have aliases, numbered as in citations. */
const citedParagraphs = (aliases: readonly (readonly string[])[]): number[] =>
  aliases.flatMap((stems, p) => (stems.length > 0 ? [p + 1] : []));

/**
 * The article's index, its paragraphs also known by the speaker they go on quoting (speakers.ts),
 * by the headline's words for the paragraphs it sums up (headline.ts), by the title of whoever
 * they call "his counterpart" (counterparts.ts) and by the name of whoever they call by a title
 * named before (title-names.ts). The tuned defaults
 * decide the headline's paragraphs, so that overriding selection knobs (the tuning scripts) asks
 * questions of the same index.
 */
export function indexWithAliases(article: Article, analyze: Analyzer): IndexWithAliases {
  const options = { places: placeNames().all };
  const speakers = speakerAliases(article, analyze);
  const speakerParagraphs = citedParagraphs(speakers);
  const readings = ageReadings(article, titledNameReadings(article, counterpartReadings(article)));
  const readParagraphs = [...new Set(article.sentences.filter((s) => readings[s.id] !== undefined).map((s) => s.paragraph + 1))];
  const bodyIndex = indexArticle(article, analyze, { speaker: speakers, readings }, options);
  const headline = headlineAliases(bodyIndex, createQuestionAnalyzer(analyze), DEFAULT_SELECTION);
  const headlineParagraphs = citedParagraphs(headline);
  const audit = { speakerParagraphs, headlineParagraphs, readParagraphs };
  if (headlineParagraphs.length === 0) return { index: bodyIndex, ...audit };
  return { index: indexArticle(article, analyze, { speaker: speakers, headline, readings }, options), ...audit };
}

export async function createAnswerer(
  config: EngineConfig,
  log: Logger,
  options: AnswererOptions = {},
): Promise<QuestionAnswerer> {
  const article = options.article ?? (await loadArticle(config.ARTICLE_PATH, config.ARTICLE_SOURCE));
  const analyze = createAnalyzer();
  const { index, ...audit } = indexWithAliases(article, analyze);
  log.info(
    { paragraphs: article.paragraphs.length, sentences: article.sentences.length, source: article.source, ...audit },
    'article indexed',
  );
  const speller = await (bundledSpeller ??= loadSpeller());
  const english = createEnglishBridge((bundledLexicon ??= loadLexicon()), new NameMatcher(index.vocabulary), analyze, speller);
  // Null when EMBEDDER=lexical or no model could be loaded (after one warning): lexical answers.
  const dense = await createDenseIndex(article, config, log);
  const readQuestion = createQuestionAnalyzer(analyze, {
    english,
    french: (bundledFrench ??= loadFrenchGlosses()),
    places: placeNames(),
    writes: (term) => index.paragraphs.documentFrequency(term) > 0,
    otherNumber: (bundledOtherNumber ??= stemsInOtherNumber(loadBrokenPlurals(), analyze)),
    withPronoun: stemsWithPronoun(index.vocabulary, analyze),
  });
  return new AnsweringEngine(index, readQuestion, { ...DEFAULT_SELECTION, ...options.selection }, dense ?? undefined);
}
