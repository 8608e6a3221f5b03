/**
 * A relation said the other way round: "ما الدولة التي تحد سوريا من الشمال؟" asks what borders
 * Syria, and Lebanon's "تحدها سوريا من الشمال" says that Syria borders Lebanon. The question's noun
 * right after a relative clause's verb is what the verb governs (Concept.governed, question.ts); a
 * sentence whose verb carries its object as a pronoun before that noun has it as the subject.
 */
import type { Analyzer } from '../text/analyzer.js';
import { stripDiacritics, stripTatweel } from '../text/normalize.js';
import type { Query } from '../retrieval/query.js';

/** A verb's stem with the stem of the word after it, which is then its subject. */
export type VerbAndSubject = readonly [verb: string, subject: string];

/**
 * A present-tense verb (ي or ت first) with an object pronoun (ها، ه، هم، هما), and the stem of the
 * word after it: "تحدها سوريا", Syria borders it. Read on the text as written, where ة is not yet ه.
 */
export function verbsWithObjectPronoun(text: string, analyze: Analyzer): VerbAndSubject[] {
  const words = stripTatweel(stripDiacritics(text)).split(/[\s،,.؛;:«»()"!?؟-]+/).filter(Boolean);
  const pairs: VerbAndSubject[] = [];
  words.forEach((word, i) => {
    if (i + 1 >= words.length || !/^[وف]?[يت]\S{2,}(?:ها|هما|هم|ه)$/.test(word)) return;
    const [verb] = analyze(word);
    const [next] = analyze(words[i + 1]!);
    if (verb && next) pairs.push([verb, next]);
  });
  return pairs;
}

/** Whether the question has a relative clause's governed noun, so that a sentence may reverse it. */
export const asksRelation = (query: Query): boolean => query.some((concept) => concept.governed === true);

/** Whether a sentence, by its verbs with object pronouns, says the question's relation the other way round. */
export function reversesRelation(query: Query, objectFirst: readonly VerbAndSubject[]): boolean {
  return objectFirst.some(([verb, subject]) =>
    query.some((concept, j) => {
      const next = query[j + 1];
      return next?.governed === true && concept.alternatives.some((a) => a.term === verb) && next.alternatives.some((a) => a.term === subject);
    }),
  );
}
