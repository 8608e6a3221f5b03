import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { stripLatinAccents } from '../text/normalize.js';
import { readLexiconEntries } from './lexicon.js';

const require = createRequire(import.meta.url);
/** The `stopword` package's French list (~170 words), as its English one serves the English side. */
const { fra } = require('stopword') as { fra: string[] };

/**
 * Chats of the Maghreb and Lebanon mix French into a question, in Arabic letters' stead or beside
 * them ("c'est quoi la ligne rouge selon le ministre", "الأفران قديش إلن مصاري عند الgouvernement؟").
 * The content words go over the English bridge, which renders the many that English shares
 * (opposition, région, ministre by its speller), and the function words go. Read as English they had
 * become words of the topic the article never writes: selon as felon (مجرم), c'est as crest, la as
 * Los Angeles, de as Delaware. Measured: the article sets +5 answered, the kept-aside sets +9
 * answered and −1 declined, the tuning sets unchanged. The words English does not share cross
 * through a French–English dictionary first (see frenchContentWords).
 */
const QUESTION_WORDS = ['quoi', 'combien', 'pourquoi', 'quand', 'comment', 'selon', 'svp', 'exactement', 'maintenant', 'alors', 'donc', 'bien', 'très', 'aussi', 'déjà', 'encore', 'chez', 'vers', 'après', 'avant', 'depuis', 'pendant', 'entre', 'comme', 'ça'];
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...fra, ...QUESTION_WORDS]);
/** An elided article or pronoun joined to the next word: l'inflation, d'avion, c'est, qu'il. */
const ELIDED = String.raw`(?:[cdjlnst]|qu)['’](?=[aeiouyhàâéèêîôûœ])`;
const ELISION = new RegExp(`^${ELIDED}`, 'iu');
const ACCENTED = /[àâçéèêëîïôûùüÿœ]/i;
/** The same elision wherever a word begins in a question. */
const ELISION_IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}'’])${ELIDED}`, 'giu');

/**
 * The question with French elisions cut off (l'hotel → hotel, d'eau → eau), for a question read as
 * English: one elision alone does not make it French (looksFrench), and English had taken
 * "l'hotel" whole, a word it has no sense of, so that "where is l'hotel" could not be answered.
 * With the Maghreb's kayn (translate/arabizi.ts): the article sets +2 answered and −4 declined,
 * the kept-aside +3 and −2 (unanswerable questions whose only unread word had been the elided one,
 * "how many employés work f had l'hotel"); the tuning sets unchanged.
 */
export const withoutElisions = (question: string): string => question.replace(ELISION_IN_TEXT, '');
/** French words no English question writes: one of them, an accent or an elision marks French. */
const FRENCH_ONLY: ReadonlySet<string> = new Set(['le', 'la', 'les', 'des', 'du', 'est', 'quoi', 'quel', 'quelle', 'quels', 'quelles', 'selon', 'pour', 'avec', 'dans', 'sont', 'combien', 'pourquoi', 'qui', 'que', 'une', 'aux', 'ces', 'sur']);

/**
 * Whether the Latin words of a question are French. Mixed with Arabic, one sign is enough. A
 * question in Latin letters only takes two function words or elisions: an accent or an article
 * alone may be a name's ("Calmette and Guérin", "La traviata").
 */
export function looksFrench(words: readonly string[], mixed: boolean): boolean {
  const marks = words.filter((word) => ELISION.test(word) || FRENCH_ONLY.has(word.toLowerCase())).length;
  return mixed ? marks > 0 || words.some((word) => ACCENTED.test(word)) : marks >= 2;
}

/**
 * A French function word in an English question ("ça confirme quoi exactement", "est-ce que iran
 * wants …", "which day exactement"), which English's speller, not knowing it, had made a name of or
 * corrected to another word (quoi to quoit). `knows`: whether English writes the word too (a, on,
 * son), which then stays English's unless no English question writes it (que, des). A hyphened or
 * elided word is French if every part is. Measured: the article sets +15 answered and −2 declined
 * (an Arabizi la, "no", had kept two unanswerable questions below the bar), the kept-aside sets +9
 * answered, the tuning sets unchanged.
 */
export function isFrenchFunctionWord(word: string, knows: (word: string) => boolean): boolean {
  const parts = word.toLowerCase().replace(ELISION, '').split(/[-'’]/).filter((part) => part.length > 0);
  return parts.length > 0 && parts.every((part) => FUNCTION_WORDS.has(part) && (FRENCH_ONLY.has(part) || !knows(part)));
}

/** French headwords (lower case, accents off) → their English glosses, tab-joined (see parseLexicon). */
export type FrenchGlosses = ReadonlyMap<string, string>;

/** Resolved from this module, as the English lexicon is. */
export const DEFAULT_FRENCH_PATH = fileURLToPath(new URL('../../models/lexicon/fra-eng.tsv.gz', import.meta.url));

/** FreeDict fra-eng as scripts/build-french-lexicon.ts keeps it (see models/lexicon/SOURCE.md). */
export function loadFrenchGlosses(path: string = DEFAULT_FRENCH_PATH): FrenchGlosses {
  return readLexiconEntries(path, { name: 'French→English glossary', builder: 'scripts/build-french-lexicon.ts' });
}

/** The dictionary's phrases are short: "salle à manger", "à cause de". */
const MAX_PHRASE_WORDS = 4;

/**
 * Where a word may stand in the dictionary, itself first: a plural's singular (blessés, travaux), a
 * feminine's masculine (blessée), a participle's infinitive (fermé, fermés), accents already off.
 */
function headwordsOf(word: string): string[] {
  const forms = [word];
  if (/[sx]$/.test(word)) forms.push(word.slice(0, -1));
  if (word.endsWith('aux')) forms.push(`${word.slice(0, -3)}al`);
  const single = word.replace(/s$/, '');
  if (single.endsWith('e')) forms.push(single.slice(0, -1));
  if (/ee?$/.test(single)) forms.push(single.replace(/ee?$/, 'er'));
  return forms;
}

/** The gloss of the first form the dictionary has: the later forms are not looked up. */
function firstGloss(forms: readonly string[], english: (key: string) => string | null): string | null {
  for (const form of forms) {
    const gloss = english(form);
    if (gloss !== null) return gloss;
  }
  return null;
}

/** The longest phrase of the dictionary's that begins at word `i`, in English, and its length. */
function phraseAt(keys: readonly string[], i: number, english: (key: string) => string | null): { gloss: string; words: number } | null {
  for (let words = Math.min(MAX_PHRASE_WORDS, keys.length - i); words > 1; words--) {
    const gloss = english(keys.slice(i, i + words).join(' '));
    if (gloss !== null) return { gloss, words };
  }
  return null;
}

/**
 * The words that may name the topic, elisions cut off and function words dropped. Without a
 * dictionary a word keeps its letters, its accents off so that the English speller meets its
 * cognate (république as republique, one letter from republic). With one, a word or phrase the
 * dictionary has becomes the English gloss `gloss` chooses among its senses: the bridge then
 * renders grève, blessés and plafond, which share no letters with strike, injured and ceiling.
 * Measured with FreeDict fra-eng: the article sets +25 answered and −1 declined, the kept-aside
 * sets +15 answered, the tuning sets unchanged. Every word the dictionary has, English's too, and
 * the sense with the most WordNet senses whether the article renders it or not: +6 answered, −1
 * declined, the kept-aside −2 (the dictionary's conférence is a lecture, militaire a warrior).
 */
export function frenchContentWords(
  words: readonly string[],
  glosses?: FrenchGlosses,
  gloss?: (word: string, senses: readonly string[]) => string | null,
): string[] {
  const typed = words.map((word) => word.replace(ELISION, '')).filter((word) => word.length > 0);
  const keys = typed.map((word) => stripLatinAccents(word.toLowerCase()));
  const english = (key: string): string | null => {
    const senses = glosses?.get(key);
    return senses && gloss ? gloss(key, senses.split('\t')) : null;
  };
  const out: string[] = [];
  for (let i = 0; i < typed.length; i++) {
    const phrase = phraseAt(keys, i, english);
    if (phrase) {
      out.push(phrase.gloss);
      i += phrase.words - 1;
      continue;
    }
    if (FUNCTION_WORDS.has(typed[i]!.toLowerCase())) continue;
    out.push(firstGloss(headwordsOf(keys[i]!), english) ?? stripLatinAccents(typed[i]!));
  }
  return out;
}
