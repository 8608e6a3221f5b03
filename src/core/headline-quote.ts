import type { Concept, Query } from '../retrieval/query.js';
import { normalizeArabic } from '../text/normalize.js';
import { rootsOf } from '../text/roots.js';
import { answerTypesIn, type AnswerType } from './answer-type.js';
import { countsAsked } from './asked-kind.js';
import { HEADLINE, type Article, type Sentence } from './types.js';

/**
 * "According to the headline, what does Tehran oppose?" asks what the headline itself says, in its
 * own words ("تعارض وجود قوات أجنبية"), which the body puts otherwise ("أي وجود لقوات من خارج
 * المنطقة"): such a question is answered by quoting the headline. Only where the question names
 * the article's headline: العنوان alone is also an address or a book's title ("كم عنواناً سحبته
 * الرقابة؟"), and a SQuAD pool's document titles are no headline (eval/squad.ts).
 *
 * Also "according to the title", "in the title", "says the heading": a title so placed is the
 * headline's, where "his official title" and "the guy heading the council" are not. Chats' French
 * (selon le titre, f l'titre) and Arabizi (7asab el 3enwan, b3nwan el maqal) name it too. The article
 * sets +30 answered, the kept-aside +16, nothing lost; the tuning sets have no headline.
 */
const ENGLISH_HEADLINE =
  /\bhead ?lines?\b|\btitle of (?:the|this) (?:article|story|report|news|piece)\b|\b(?:in|to|on|per|from|by|sa|says|based on) the (?:title|titre|heading)\b/i;
/** عنوان as Arabizi spells it (3enwan, 3nwan, 3onwen): here and in namesHeadline alike. */
const ARABIZI_HEADLINE = String.raw`3[aeiou]?nw[ae]n`;
const CHAT_HEADLINE = new RegExp(String.raw`(?:^|\s)(?:le|l'|l|el|f|fel|fil|bel|bil|b)\s?titre\b|(?:^|\s)(?:[bfl]|el|bel|bil|fel|fil)?${ARABIZI_HEADLINE}\b`, 'i');
/** On normalised Arabic: بحسب العنوان، في العنوان، بالعنوان، العنوان الرئيسي، عنوان الخبر. */
const ARABIC_HEADLINE =
  /(?:^|\s)(?:(?:حسب|بحسب|وفق|وفقا|في|فى)\s+العنوان|بالعنوان|العنوان\s+الرييسي|عنوان\s+(?:هذا\s+|هذه\s+)?ال(?:خبر|مقال|مقاله|تقرير))(?=\s|$)/;

export function asksHeadline(question: string, normalizedArabic: string): boolean {
  return ENGLISH_HEADLINE.test(question) || CHAT_HEADLINE.test(question) || ARABIC_HEADLINE.test(normalizedArabic);
}

/**
 * The words naming the headline ("the report's main headline", "العنوان الرئيسي للتقرير"), which it
 * does not say of itself: no concepts for it to cover. HEADLINE_WORDS for the analyser's stems.
 */
export const HEADLINE_WORDS = 'العنوان الرئيسي التقرير الخبر المقال المقالة';
const HEADLINE_LABEL = new RegExp(String.raw`^(?:head ?lines?|headings?|titles?|titre|[bfl]?${ARABIZI_HEADLINE}|main|article|story|report|news)$`, 'i');
export function namesHeadline(concept: Concept, headlineStems: ReadonlySet<string>): boolean {
  return HEADLINE_LABEL.test(concept.label) || headlineStems.has(concept.label);
}

/** The headline as a quotable sentence (see HEADLINE); null for an article without one. */
export function headlineSentence(article: Article): Sentence | null {
  return article.title === '' ? null : { id: HEADLINE, paragraph: HEADLINE, start: 0, end: article.title.length, text: article.title };
}

/** What a headline may give that its body gives in other words or not at all: counts and sums. */
const GIVEN_KINDS: ReadonlySet<AnswerType> = new Set(['number', 'percent', 'money', 'duration', 'measure']);

/**
 * The headline, where it gives what a question asks: the count of what is counted ("How many
 * hostages …?" of "احتجاز 17 رهينة"), or a share, a sum, a length of time or a measure. A number
 * alone counts nothing in particular, so "how many" asks for its noun.
 */
export function headlineGiving(article: Article, asked: AnswerType, counted: Query): Sentence | null {
  const headline = GIVEN_KINDS.has(asked) ? headlineSentence(article) : null;
  if (!headline) return null;
  const normalized = normalizeArabic(headline.text);
  const gives = counted.length > 0 ? countsAsked(counted, normalized) : asked !== 'number' && answerTypesIn(normalized, headline.text).has(asked);
  return gives ? headline : null;
}

/** The headline's stems and their roots, found once per article (ArticleIndex.headlineWords). */
export interface HeadlineWords {
  readonly terms: ReadonlySet<string>;
  readonly roots: ReadonlySet<string>;
}

export function headlineWords(stems: readonly string[]): HeadlineWords {
  return { terms: new Set(stems), roots: new Set(stems.flatMap(rootsOf)) };
}

/**
 * Per concept, how well the headline names it: its best alternative's weight, where the headline
 * has that stem or one of its root (a headline's أسعار for the question's سعر), or 0.
 */
export function headlinePresences(query: Query, headline: HeadlineWords): number[] {
  const names = (term: string): boolean => headline.terms.has(term) || rootsOf(term).some((root) => headline.roots.has(root));
  return query.map((concept) => Math.max(0, ...concept.alternatives.filter((a) => names(a.term)).map((a) => a.weight)));
}
