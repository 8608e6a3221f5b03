/**
 * A query is a list of concepts. Each concept can be expressed by several index terms
 * (an English word's dictionary translations, a name's spelling variants), and counts once:
 * the best-matching alternative wins, so a word with ten translations does not outweigh
 * a word with one.
 */
export interface TermAlternative {
  readonly term: string;
  /** In (0, 1]: how much we trust this alternative (an exact Arabic word 1, a guessed name less). */
  readonly weight: number;
}

export interface Concept {
  readonly alternatives: readonly TermAlternative[];
  /** Where the concept came from, for logs and debugging. */
  readonly label: string;
  /**
   * How much a miss of this concept says "the article does not answer" (default 1). A name that
   * is nowhere in the article rules it out; a translated common word may just be paraphrased.
   */
  readonly importance?: number;
  /**
   * An attribute the question asks of its topic (population, capital, weight …). An article that
   * names the topic but not the attribute does not answer ("What is the population of Tehran?"
   * about a report from Tehran), so the answer's paragraph must name it. The same holds for a
   * time the question is about ("next week", "هذا الشهر").
   */
  readonly attribute?: boolean;
  /**
   * The kind of thing a "which …?" or "what …?" question asks for ("which news agency", "on what
   * occasion"): the answer's sentence tends to name it beside the answer ("وكالة «إرنا»").
   */
  readonly focus?: boolean;
  /**
   * What a "how many …?" question counts ("how many schools", "كم راكب"): the answer's sentence
   * puts it right after the number ("شمل 4870 مدرسة"; see core/asked-kind.ts, countsAsked).
   */
  readonly counted?: boolean;
  /**
   * Whose words a "what did X say?" question asks for. Spelt nowhere in the article (no
   * alternatives), X is not quoted there, whatever else the question shares with it (see
   * core/select.ts, namesAbsent).
   */
  readonly speaker?: boolean;
  /**
   * A language the question asks a name in ("بالعبرية", "called in Hebrew"): the answer is where the
   * article glosses a name in it (see core/glosses.ts).
   */
  readonly language?: boolean;
  /**
   * The noun a relative clause's verb governs ("الدولة التي تحد سوريا": Syria is bordered, not
   * bordering). A sentence whose verb carries its object as a pronoun before that noun ("تحدها
   * سوريا", Lebanon's) says the reverse (see core/relations.ts).
   */
  readonly governed?: boolean;
  /**
   * A name the dictionary renders (Washington → واشنطن, Ukraine → أوكرانيا). An article that
   * writes it nowhere, in no spelling, is about other people and places: the question is declined.
   */
  readonly name?: boolean;
  /**
   * A country an Arabic question names (اليابان, أستراليا; see translate/place-names.ts): as with
   * a name, an article that writes it nowhere does not answer, and a word sharing its root (بترول
   * for أستراليا) is no spelling of it.
   */
  readonly place?: boolean;
  /**
   * The phrase this concept is one word of, in order, each word as the stems that may write it: an
   * English dictionary phrase ("foreign minister" → وزير الخارجية) or an Arabic title (وزير
   * الخارجية, محافظ البنك or المصرف). The phrase is there only where its words stand together (see
   * coverage.ts).
   */
  readonly phrase?: readonly (readonly string[])[];
}

export type Query = readonly Concept[];

/**
 * Importance of a question's frame ("how long", "ما اسم"): it names the kind of answer wanted,
 * and the article states the answer without the frame's word as often as with it.
 */
export const FRAME_IMPORTANCE = 0.25;

/** Whether a concept only frames its question (weighs FRAME_IMPORTANCE or less). */
export const isFrame = (concept: Concept): boolean => (concept.importance ?? 1) <= FRAME_IMPORTANCE;

/**
 * Importance of a title's head in an Arabic question (وزير، قائد، المرشد …): a question may call
 * someone by a title the article does not give them, and the name or the rest of the title still
 * counts in full (see core/question.ts). Below it are frames and English words, which stand for
 * something the question did not write in Arabic (see retrieval/paragraph-relatives.ts).
 */
export const TITLE_IMPORTANCE = 0.5;

export function exactConcept(term: string, label = term): Concept {
  return { alternatives: [{ term, weight: 1 }], label };
}

/** The concept with more ways to match it, the same object where there are none. */
export function withAlternatives(concept: Concept, extra: readonly TermAlternative[]): Concept {
  return extra.length === 0 ? concept : { ...concept, alternatives: [...concept.alternatives, ...extra] };
}
