import type { Article } from './types.js';
import type { Analyzer } from '../text/analyzer.js';
import { Bm25Index, type Bm25Params, DEFAULT_BM25 } from '../retrieval/bm25.js';
import { normalizeArabic } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { monthsNamed } from '../text/months.js';
import { TrigramCodes } from '../retrieval/char-ngrams.js';
import { FuzzyVocabulary } from '../retrieval/fuzzy-expansion.js';
import { attributesOnlyInOtherWords } from './attributes.js';
import { answerTypesIn, namesPlace, type AnswerType } from './answer-type.js';
import { glossLanguages } from './glosses.js';
import { lifeDatesSubject } from './life-dates.js';
import { paragraphRoots, type ParagraphRoots } from '../retrieval/paragraph-relatives.js';
import { headlineWords, type HeadlineWords } from './headline-quote.js';
import { feedbackProfile, type FeedbackProfile } from '../retrieval/feedback.js';
import { verbsWithObjectPronoun, type VerbAndSubject } from './relations.js';
import { isHonorific, isTitleHead, mayOpenName, mayOpenNameBefore, TITLE_HEADS } from './titles.js';
import { sentenceSpeakers } from './speakers.js';
import { namesTitledPerson } from './title-names.js';

/** Enough of a sentence's opening for a subject of up to three words. */
const LEAD_STEMS = 6;

/** و or ف joined to an indefinite word of three letters or more, normalised (see ArticleIndex.conjoinedOpenings). */
const CONJOINED_OPENING = /^[وف](?!ال)\S{3,}$/;

/** Stands for a function word in a sentence's lead: it keeps its place but matches nothing. */
const FUNCTION_WORD = '';

/**
 * The stems a sentence opens with, function words keeping their places, so that "وقال شويغو"
 * (he said) does not open with شويغو the way "شويغو وزير …" does.
 */
function leadOf(text: string, analyze: Analyzer): string[] {
  const lead: string[] = [];
  for (const token of tokenize(text)) {
    if (lead.length === LEAD_STEMS) break;
    lead.push(analyze(token)[0] ?? FUNCTION_WORD);
  }
  return lead;
}

interface Word {
  readonly stem: string;
  readonly nameFollows: boolean;
  /** Whether the next word, joined to "and", may go on with a title ("وزير الفلاحة والتنمية القروية، …"). */
  readonly titleGoesOn: boolean;
  /** Whether a definite word follows: a place's or a body's name may be one ("مستشفى النور"). */
  readonly definiteFollows: boolean;
  /**
   * Whether a name may stand right before the word: "he/she is" (هو, هي) before it, as an
   * encyclopaedia names first ("X هو ملك المغرب"); a comma after a word that may be a name, the
   * apposition news and encyclopaedias both write ("جبل أوليمبوس، أكبر بركان"); or an honorific a
   * few words back ("الدكتورة ليلى منصور العطار، أستاذة القياس", where the name ends definite).
   * Any word before a comma, definite ones too, lost one of the article sets' declines ("the
   * Jordanian prime minister who attended the signing"). Not a word joined to "and": a list goes on
   * to the next person there ("الدكتور سامر النوري، وسفير الصين"), which also leaves "X، وزير …"
   * unread, وزير opening with و itself.
   */
  readonly namedBefore: boolean;
}

const COPULA = /^و?(?:هو|هي)$/;

/**
 * A name follows where the holder's honorific does, right after the title or with the title going
 * on past the words a question gives it: "محافظ المصرف المركزي الدكتور …" names the governor as
 * surely as a name right after محافظ would. Reaching past the next word, measured: the seventeenth
 * article +1 answered, nothing else moved.
 */
const HONORIFIC_REACH = 4;
const honorificWithin = (tokens: readonly string[], at: number): boolean =>
  tokens.slice(at + 1, at + 1 + HONORIFIC_REACH).some(isHonorific);

/**
 * tokenize(text)'s tokens, read clause by clause to know which stand right after a comma
 * (tokenize drops it): normalising turns a comma into a space, so the clauses' tokens are the
 * text's, in order.
 */
function tokensByClause(text: string): { tokens: string[]; afterComma: Set<number> } {
  const tokens: string[] = [];
  const afterComma = new Set<number>();
  for (const clause of text.split(/[،,]/)) {
    if (tokens.length > 0) afterComma.add(tokens.length);
    tokens.push(...tokenize(clause));
  }
  return { tokens, afterComma };
}

/** A sentence's stems in order, each knowing whether a name may follow it (see mayOpenName); its tokens come normalised. */
function stemsWithNameCues(text: string, analyze: Analyzer): Word[] {
  const { tokens, afterComma } = tokensByClause(text);
  const stems = tokens.map((token) => analyze(token)[0]);
  const words: Word[] = [];
  stems.forEach((stem, i) => {
    if (stem === undefined) return;
    const next = tokens[i + 1];
    const content = next !== undefined && stems[i + 1] !== undefined;
    const previous = tokens[i - 1];
    words.push({
      stem,
      nameFollows: next !== undefined && (honorificWithin(tokens, i) || (content && mayOpenNameBefore(next, tokens[i + 2]))),
      titleGoesOn: content && /^و/.test(next),
      definiteFollows: content && /^ال/.test(next),
      namedBefore:
        previous !== undefined &&
        (COPULA.test(previous) ||
          (!/^و/.test(tokens[i]!) && ((afterComma.has(i) && mayOpenName(previous)) || tokens.slice(Math.max(0, i - HONORIFIC_REACH), i).some(isHonorific)))),
    });
  });
  return words;
}

/** The sentences a reading finds something in, with what it found. */
function sentencesWith<T>(article: Article, read: (text: string) => T | null): Map<number, T> {
  const found = new Map<number, T>();
  for (const s of article.sentences) {
    const value = read(s.text);
    if (value !== null) found.set(s.id, value);
  }
  return found;
}

/** Everything about the article that answering needs, computed once at start. */
export interface ArticleIndex {
  readonly article: Article;
  readonly paragraphs: Bm25Index;
  readonly sentences: Bm25Index;
  readonly meanSentenceChars: number;
  /** Character trigrams of each paragraph's and sentence's stems, for fuzzy overlap. */
  readonly paragraphTrigrams: readonly ReadonlySet<number>[];
  readonly sentenceTrigrams: readonly ReadonlySet<number>[];
  /** The codes those sets hold, for a question's trigrams. */
  readonly trigramCodes: TrigramCodes;
  /** Normalised sentence text, for answer-type cues. */
  readonly normalizedSentences: readonly string[];
  /** The kinds of answer each sentence holds in its words: a date, a number, a sum … (see hasAnswerOfType). */
  readonly answerTypes: readonly ReadonlySet<AnswerType>[];
  /** The months each paragraph names (monthsNamed), for questions asking of one. */
  readonly paragraphMonths: readonly ReadonlySet<number>[];
  /** Sentences that name a place (see IndexOptions.places), for "where" questions. */
  readonly placeSentences: ReadonlySet<number>;
  /** Per sentence giving someone's birth and death dates, the stems of that person's name (life-dates.ts). */
  readonly lifeDated: ReadonlyMap<number, readonly string[]>;
  /** Per sentence glossing a name in other languages ("(بالعبرية: …)"), those languages' stems (glosses.ts). */
  readonly glossed: ReadonlyMap<number, readonly string[]>;
  /** Per sentence, each verb carrying its object as a pronoun with the word after it ("تحدها سوريا" → [تحد, سوريا]). */
  readonly objectFirst: readonly (readonly VerbAndSubject[])[];
  /** Per sentence, the stems of whoever speaks in it (speakers.ts), for "what did X say?". */
  readonly sentenceSpeakers: readonly (readonly string[])[];
  /** Sentences with a title (وزير, الرئيس, الدكتور …), where news names people: for "who" questions. */
  readonly titledSentences: ReadonlySet<number>;
  /** Sentences naming someone right after their title ("نظيره الإيراني محمد رضا آشتياني", see title-names.ts). */
  readonly namingSentences: ReadonlySet<number>;
  /** sentence ids of each paragraph, in order. */
  readonly sentencesOfParagraph: readonly (readonly number[])[];
  /** Each paragraph's stems by root, for a question's word in another form there (paragraph-relatives.ts). */
  readonly paragraphRoots: readonly ParagraphRoots[];
  /** Each paragraph's stems as pseudo-relevance feedback weighs them (see feedback.ts). */
  readonly feedbackProfiles: readonly FeedbackProfile[];
  /** The paragraphs' stems, for stand-ins of stems the article never uses. */
  readonly fuzzy: FuzzyVocabulary;
  /** Each sentence's stems in order, for names of several words (see prose-cues.ts). */
  readonly sentenceTerms: readonly (readonly string[])[];
  /** Each paragraph's speaker it goes on quoting, in order (speakers.ts): a title there stands as written. */
  readonly speakerTerms: readonly (readonly string[])[];
  /** Per stem of sentenceTerms, whether the next word may open a name ("وزير الدفاع الروسي سيرغي …"). */
  readonly nameFollows: readonly (readonly boolean[])[];
  /** Per stem of sentenceTerms, whether a word joined to "and" follows it (see Word.titleGoesOn). */
  readonly titleGoesOn: readonly (readonly boolean[])[];
  /** Per stem of sentenceTerms, whether a definite word follows it (see Word.definiteFollows). */
  readonly definiteFollows: readonly (readonly boolean[])[];
  /** Per stem of sentenceTerms, whether a name may stand right before it (see Word.namedBefore). */
  readonly namedBefore: readonly (readonly boolean[])[];
  /** Stems of the words that head a title (وزير, رئيس …: titles.ts), for questions asking whom it names. */
  readonly titleStems: ReadonlySet<string>;
  /** How each sentence opens (see leadOf): its subject, for "what is X?" (see prose-cues.ts). */
  readonly sentenceLeads: readonly (readonly string[])[];
  /**
   * Sentences opening with و or ف joined to an indefinite word (وانطلقت المحاكمة، وقال): a verb going
   * on with the story, not the paragraph's subject (see trigramRecallsInContext).
   */
  readonly conjoinedOpenings: ReadonlySet<number>;
  /** A paragraph's attribute stems that its words have only as other words (see attributes.ts). */
  readonly attributesOnlyInOtherWords: (paragraph: number) => ReadonlySet<string>;
  /** Distinct surface words of the article, for matching names written in Latin letters. */
  readonly vocabulary: ReadonlySet<string>;
  /** The headline's stems and roots, for a question asking what the headline says (headline-quote.ts). */
  readonly headlineWords: HeadlineWords;
}

/** Stems a paragraph is also known by without saying them, per paragraph (none among its own words). */
export interface ParagraphAliases {
  /** The speaker a paragraph goes on quoting (speakers.ts): every sentence of it is theirs too. */
  readonly speaker?: readonly (readonly string[])[];
  /** The headline's words for the paragraph it sums up (headline.ts): the paragraph as a whole only. */
  readonly headline?: readonly (readonly string[])[];
  /**
   * Per sentence id, the sentence read with what it leaves unsaid written in: a counterpart's
   * title (counterparts.ts), the name a title stands for (title-names.ts). The words it adds are
   * the sentence's and its paragraph's aliases.
   */
  readonly readings?: readonly (string | undefined)[];
}

export interface IndexOptions {
  readonly bm25?: Bm25Params;
  /** Normalised place names without the article (translate/place-names.ts); none by default. */
  readonly places?: ReadonlySet<string>;
}

/** Aliases count in matching only: they make no word commoner (see Bm25Index). */
export function indexArticle(
  article: Article,
  analyze: Analyzer,
  aliases: ParagraphAliases = {},
  { bm25 = DEFAULT_BM25, places = new Set() }: IndexOptions = {},
): ArticleIndex {
  const sentencesOfParagraph: number[][] = article.paragraphs.map(() => []);
  for (const s of article.sentences) sentencesOfParagraph[s.paragraph]!.push(s.id);
  const vocabulary = new Set<string>();
  for (const p of article.paragraphs) for (const w of p.match(/[\p{L}\p{M}]+/gu) ?? []) vocabulary.add(w);
  const ownTerms = article.paragraphs.map((text) => analyze(text));
  const sentenceWords = article.sentences.map((s) => stemsWithNameCues(aliases.readings?.[s.id] ?? s.text, analyze));
  const sentenceTerms = sentenceWords.map((words) => words.map((w) => w.stem));
  // Only a sentence read with words written in needs its own words analysed again.
  const ownSentenceTerms = article.sentences.map((s) => (aliases.readings?.[s.id] === undefined ? sentenceTerms[s.id]! : analyze(s.text)));
  const readingTerms = sentenceTerms.map((terms, id) => terms.filter((t) => !ownSentenceTerms[id]!.includes(t)));
  const paragraphAliases = ownTerms.map((_, p) => [
    ...(aliases.speaker?.[p] ?? []),
    ...(aliases.headline?.[p] ?? []),
    ...sentencesOfParagraph[p]!.flatMap((id) => readingTerms[id]!),
  ]);
  const paragraphTerms = ownTerms.map((terms, p) => [...terms, ...paragraphAliases[p]!]);
  const paragraphs = new Bm25Index(ownTerms, bm25, paragraphAliases);
  const normalizedSentences = article.sentences.map((s) => normalizeArabic(s.text));
  const trigramCodes = new TrigramCodes();
  // Each paragraph's own stems in order, for its root relatives and its feedback profile.
  const paragraphStems = sentencesOfParagraph.map((ids) => ids.flatMap((id) => sentenceTerms[id]!));
  return {
    article,
    paragraphs,
    fuzzy: new FuzzyVocabulary(paragraphs.terms()),
    paragraphTrigrams: paragraphTerms.map((terms) => trigramCodes.encode(terms)),
    sentences: new Bm25Index(
      ownSentenceTerms,
      bm25,
      article.sentences.map((s) => [...(aliases.speaker?.[s.paragraph] ?? []), ...readingTerms[s.id]!]),
    ),
    sentenceTrigrams: sentenceTerms.map((terms) => trigramCodes.encode(terms)),
    trigramCodes,
    normalizedSentences,
    answerTypes: normalizedSentences.map((normalized, id) => answerTypesIn(normalized, article.sentences[id]!.text)),
    paragraphMonths: article.paragraphs.map((p) => monthsNamed(normalizeArabic(p), false)),
    placeSentences: new Set(article.sentences.filter((s) => namesPlace(normalizedSentences[s.id]!, places)).map((s) => s.id)),
    lifeDated: sentencesWith(article, (text) => lifeDatesSubject(text, analyze)),
    glossed: sentencesWith(article, (text) => glossLanguages(text, analyze)),
    objectFirst: article.sentences.map((s) => verbsWithObjectPronoun(s.text, analyze)),
    sentenceSpeakers: sentenceSpeakers(article, analyze),
    titledSentences: new Set(article.sentences.filter((s) => tokenize(normalizedSentences[s.id]!).some(isTitleHead)).map((s) => s.id)),
    namingSentences: new Set(article.sentences.filter((s) => namesTitledPerson(s.text)).map((s) => s.id)),
    sentencesOfParagraph,
    paragraphRoots: paragraphStems.map(paragraphRoots),
    feedbackProfiles: paragraphStems.map((stems) => feedbackProfile(paragraphs, stems)),
    sentenceTerms,
    speakerTerms: article.paragraphs.map((_, p) => aliases.speaker?.[p] ?? []),
    nameFollows: sentenceWords.map((words) => words.map((w) => w.nameFollows)),
    titleGoesOn: sentenceWords.map((words) => words.map((w) => w.titleGoesOn)),
    definiteFollows: sentenceWords.map((words) => words.map((w) => w.definiteFollows)),
    namedBefore: sentenceWords.map((words) => words.map((w) => w.namedBefore)),
    titleStems: new Set([...TITLE_HEADS].flatMap((head) => analyze(head))),
    sentenceLeads: article.sentences.map((s) => leadOf(s.text, analyze)),
    conjoinedOpenings: new Set(article.sentences.filter((s) => CONJOINED_OPENING.test(tokenize(normalizedSentences[s.id]!)[0] ?? '')).map((s) => s.id)),
    attributesOnlyInOtherWords: attributesOnlyInOtherWords(article.paragraphs, paragraphAliases, analyze),
    meanSentenceChars: article.sentences.reduce((n, s) => n + s.text.length, 0) / Math.max(1, article.sentences.length) || 1,
    vocabulary,
    headlineWords: headlineWords(analyze(article.title)),
  };
}
