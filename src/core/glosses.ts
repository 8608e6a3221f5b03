/**
 * Prose glosses a name in other languages in brackets where it first gives it: "فلسطين (بالعبرية:
 * פלשתינה …، باليونانية: Παλαιστίνη)". That sentence answers "what is Palestine called in
 * Hebrew?", which shares one word with it.
 */
import type { Analyzer } from '../text/analyzer.js';
import type { Query } from '../retrieval/query.js';

/**
 * "بالعبرية:", "بالصينية المبسطة:", "باللغة الفرنسية:": a language with the preposition ب, at most
 * one word more, a colon.
 */
const GLOSS = /ب(ال[^\s:()«»]+(?:\s+[^\s:()«»]+)?)\s*:/g;

/** Stems of the languages a sentence glosses something in, or null when it glosses nothing. */
export function glossLanguages(sentence: string, analyze: Analyzer): string[] | null {
  const stems = [...sentence.matchAll(GLOSS)].flatMap((m) => analyze(m[1]!));
  return stems.length > 0 ? stems : null;
}

/** Whether the question asks a name in some language (Concept.language). */
export const asksLanguage = (query: Query): boolean => query.some((concept) => concept.language === true);

/** Whether a sentence glosses something in a language the question asks for (Concept.language). */
export const glossesAskedLanguage = (query: Query, languages: readonly string[]): boolean =>
  query.some((concept) => concept.language === true && concept.alternatives.some((a) => languages.includes(a.term)));
