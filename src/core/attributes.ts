/**
 * Attributes a question may ask of its topic (population, capital, president …), as Arabic writes
 * them, and whether a word names one as written: light stemming reads a different word into some
 * of them (العملة, currency, stems as العمل, work; الرئيسية, main, as الرئيس, president).
 */
import type { Analyzer } from '../text/analyzer.js';
import { tokenize } from '../text/tokenize.js';

/**
 * See Concept.attribute. دخل (income) is left out: it is also "entered". An age (عمر) is named where
 * the article writes العمر or brackets a number of years after a name (ages.ts): the article sets
 * +3 declined ("كم عمر الرئيس التنفيذي؟" of a report that never gives it), nothing lost, the
 * tuning and kept-aside sets unchanged; without the bracketed ages, −1 answered ("(34 عاماً)").
 */
const ARABIC_ATTRIBUTES: ReadonlySet<string> = new Set(
  tokenize('سكان عاصمة مساحة عملة رئيس ملك ملكة عمدة محافظ مؤسس ارتفاع عمق وزن سعر تكلفة ميزانية حرارة سرعة مسافة راتب عمر تعريفة كفالة'),
);

/**
 * Attributes whose feminine is a word of its own, which normalising makes look like "his X": مؤسسة
 * is an institution, not مؤسسه (his founder), محافظة a governorate, not his governor. "أي مؤسسة
 * دولية قدمت المشورة؟" had been declined for naming no founder: the seventy-eighth article +1
 * answered, nothing else moved.
 */
const WORDS_OF_THEIR_OWN: ReadonlySet<string> = new Set(tokenize('مؤسس محافظ'));

/**
 * The attribute a normalised word names as written, with its article (and a conjunction or
 * preposition before it: والعاصمة) or a possessive (عاصمتها), or null: stems would take العمل
 * (work) for العملة (currency) and الرئيسي (main) for الرئيس. A preposition joined to the bare word
 * is left alone: لسكان is "for the people of". Measured on questions: the Arabic cross-lingual set
 * +2 answered (بدأ العمل and بشكل رئيسي had been declined), the other sets unchanged; arcd-train's
 * questions asked of other documents declined 52.4% instead of 52.8%. Taking لسكان as asking the
 * population cost an arcd-train answer.
 */
export function attributeNamed(token: string): string | null {
  const defined = token.replace(/^[وفبلك](?=ال)/, '');
  const bare = defined.replace(/^ال/, '');
  if (ARABIC_ATTRIBUTES.has(bare)) return bare;
  // A word with the article takes no possessive: the ه of الرئيسه is its ة.
  const owned = bare === defined ? bare.replace(/(?:ها|هم|هما|هن|ه)$/, '') : bare;
  if (owned === bare) return null;
  if (bare === `${owned}ه` && WORDS_OF_THEIR_OWN.has(owned)) return null;
  if (ARABIC_ATTRIBUTES.has(owned)) return owned;
  const feminine = `${owned.slice(0, -1)}ه`;
  return owned.endsWith('ت') && ARABIC_ATTRIBUTES.has(feminine) ? feminine : null;
}

/**
 * The stems of attributes that a paragraph's words have only as another word (الرئيسية, "main",
 * and no رئيس): such a paragraph does not name the attribute (see coverage.ts). Read on first
 * asking, per paragraph: only questions for an attribute need it, and reading every paragraph at
 * start cost the XQuAD pool 50 ms.
 */
export function attributesOnlyInOtherWords(
  paragraphs: readonly string[],
  aliases: readonly (readonly string[])[],
  analyze: Analyzer,
): (paragraph: number) => ReadonlySet<string> {
  const attributeStems = new Set([...ARABIC_ATTRIBUTES].flatMap((word) => analyze(word)));
  const read: ReadonlySet<string>[] = [];
  return (paragraph) => (read[paragraph] ??= otherWordsOnly(paragraphs[paragraph]!, aliases[paragraph] ?? [], attributeStems, analyze));
}

/** The ة of a feminine and the ي / ية of a nisba: الرئيسة and الرئيسية are "main", not رئيس. */
const ADJECTIVE_ENDINGS = ['ه', 'ي', 'يه'];

/**
 * `aliases` are the stems the paragraph is also known by (the speaker it goes on quoting, the
 * headline's words): the attribute those name, as written where they come from, counts as written.
 */
function otherWordsOnly(text: string, aliases: readonly string[], attributeStems: ReadonlySet<string>, analyze: Analyzer): ReadonlySet<string> {
  const written = new Set(aliases);
  const other = new Set<string>();
  for (const token of tokenize(text)) {
    const [stem] = analyze(token);
    if (stem === undefined || !attributeStems.has(stem)) continue;
    // A conjunction or preposition joined to the bare word (ورئيس, لرئيس) still names it here.
    const named = attributeNamed(token) ?? (/^[وفبلك]/.test(token) ? attributeNamed(token.slice(1)) : null);
    if (named !== null && analyze(named).includes(stem)) written.add(stem);
    else if (ADJECTIVE_ENDINGS.some((ending) => token.endsWith(stem + ending))) other.add(stem);
    // In another number (المسافات, مؤسسات) it is the same word.
    else written.add(stem);
  }
  return new Set([...other].filter((stem) => !written.has(stem)));
}
