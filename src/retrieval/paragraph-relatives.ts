/**
 * A question words what it asks in its own form, the answer's paragraph in another: "ما أشهر مؤلف
 * لجبران" and "اشتهر … بكتابه", "ما مدى شعبية الدوري" and "وتتخطى شعبيتها" (light10 leaves شعبيت).
 * Light stemming keeps those apart, and fuzzy expansion (fuzzy-expansion.ts) adds a root's
 * relatives only for words the whole text never uses, so in a pool of hundreds of paragraphs,
 * where some other paragraph writes أشهر, the right one's اشتهر went unmatched.
 *
 * Within one paragraph a root is rarely ambiguous, so there each concept the paragraph never
 * writes is also matched by the paragraph's own stems sharing a root with it, at `weight` times
 * its term's; not from roots that more than ROOT_MAX_STEMS of the paragraph's stems share (كتب:
 * مكتب, كاتب, كتاب …). Only for a word the question wrote in its one form: not for an English
 * word's several dictionary renderings, whose roots bring sentences that say something else
 * (cross-lingual set −2.3 points), nor for a verb, which the question analyser gives its other
 * tense and person (تنسب, ينسب, ستنسب) and whose root the paragraph's nouns share (arcd-train
 * −1.3 points). Nor for an asked attribute, a frame or an English word (importance below a title's:
 * a title's head keeps its relatives, قائد in القيادة); and a noun's elative is another word: "ما
 * طول نهر النيجر؟" asks the length, "ثالث أطول نهر" says which is longest.
 */
import { addTo, ROOT_MAX_STEMS, wordsOfRoot } from './fuzzy-expansion.js';
import { TITLE_IMPORTANCE, type Concept, type Query } from './query.js';
import { rootsOf } from '../text/roots.js';

export interface ParagraphRoots {
  readonly stems: ReadonlySet<string>;
  /** Per root shared by at most ROOT_MAX_STEMS words of the paragraph (a verb's forms one word, see wordsOfRoot; no set moved for it here), its stems. */
  readonly byRoot: ReadonlyMap<string, readonly string[]>;
}

/** Read once per paragraph at start: a question's look-up is then a few map reads. */
export function paragraphRoots(stems: readonly string[]): ParagraphRoots {
  const own = new Set(stems);
  const byRoot = new Map<string, string[]>();
  for (const stem of own) for (const root of rootsOf(stem)) addTo(byRoot, root, stem);
  for (const [root, list] of byRoot) if (wordsOfRoot(root, list) > ROOT_MAX_STEMS) byRoot.delete(root);
  return { stems: own, byRoot };
}

/** The question's concepts that the paragraph writes only in another form of their root, as concepts of those forms at `weight`. */
export function relativesInParagraph(query: Query, paragraph: ParagraphRoots, weight: number): Concept[] {
  const related: Concept[] = [];
  for (const concept of query) {
    if (concept.alternatives.length !== 1 || concept.attribute || (concept.importance ?? 1) < TITLE_IMPORTANCE) continue;
    const { term, weight: trust } = concept.alternatives[0]!;
    if (paragraph.stems.has(term)) continue;
    const relatives = rootsOf(term).flatMap((root) => paragraph.byRoot.get(root) ?? []).filter((stem) => stem !== `ا${term}`);
    if (relatives.length) related.push({ label: concept.label, alternatives: relatives.map((stem) => ({ term: stem, weight: weight * trust })) });
  }
  return related;
}
