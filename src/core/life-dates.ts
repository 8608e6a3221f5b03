/**
 * Arabic prose gives a person's birth and death as dates in brackets right after the name, where
 * it first names them: "نجيب محفوظ (11 ديسمبر 1911 - 30 أغسطس 2006) روائي مصري". That sentence
 * answers "when was he born?" and "when did he die?" though it says neither word.
 */
import type { Analyzer } from '../text/analyzer.js';
import type { Concept, Query } from '../retrieval/query.js';

/**
 * Stems of born / died and their nouns, as the analyser gives them (توفي → توف, وفاة → فا) and as
 * the English bridge renders born, die, death and pass away.
 */
const LIFE_STEMS: ReadonlySet<string> = new Set([
  'ولد', 'يولد', 'ولدت', 'مولد', 'ميلاد', 'مواليد', 'مولود',
  'توف', 'توفيت', 'فا', 'فات', 'مات', 'ماتت', 'موت', 'يموت', 'رحل', 'رحيل',
]);

/** Whether a concept of the question is being born or dying. */
export const asksAboutLife = (concept: Concept): boolean => concept.alternatives.some((a) => LIFE_STEMS.has(a.term));

/** Whether a question asks about a birth or a death (its answer type says it asks when). */
export const asksLifeDate = (query: Query): boolean => query.some(asksAboutLife);

/**
 * A bracket holding two years joined by a dash ("(1858 - 1931)", "(14 مارس 1879 – 18 أبريل
 * 1955)"), or opened by a birth ("(ولد 1958 …", "(ميلاد: 6 نوفمبر 1494 …").
 */
const LIFE_BRACKET = /\([^()]*\d{3,4}[^()]*[-–—][^()]*\d{3,4}[^()]*\)|\((?:ولد|وُلد|ميلاد|مواليد)[^()]*\d{3,4}/;

/** Of a name, the words right before the bracket that say whose dates they are. */
const NAME_WORDS = 3;

/** A span of years is no one's life: "عاش في سويسرا بين عامي (1895 - 1914)". */
const SPAN_STEMS: ReadonlySet<string> = new Set(['عام', 'اعوام', 'سن', 'سنت', 'سنو', 'فتر', 'يوم', 'شهر', 'قرن']);

/**
 * The stems of the name a sentence's birth and death dates follow, or null when it gives none.
 * Brackets between the name and the dates (its spelling in another language) are skipped.
 */
export function lifeDatesSubject(sentence: string, analyze: Analyzer): string[] | null {
  const found = LIFE_BRACKET.exec(sentence);
  if (!found) return null;
  const before = sentence.slice(0, found.index).replace(/\([^()]*\)/g, ' ');
  const words = before.split(/[\s،,؛;:]+/).filter((w) => /\p{L}/u.test(w));
  const last = words.slice(-NAME_WORDS).map((w) => analyze(w));
  if (last.at(-1)?.some((stem) => SPAN_STEMS.has(stem))) return null;
  const stems = last.flat();
  return stems.length > 0 ? stems : null;
}

/** Whether the dates name someone the question names. */
export const datesWhoIsAsked = (query: Query, subject: readonly string[]): boolean =>
  query.some((concept) => !asksAboutLife(concept) && concept.alternatives.some((a) => subject.includes(a.term)));
