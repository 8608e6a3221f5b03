import { createRequire } from 'node:module';
import { stripLatinAccents } from '../text/normalize.js';

const require = createRequire(import.meta.url);
/** The `stopword` package's French list (~170 words), as its English one serves the English side. */
const { fra } = require('stopword') as { fra: string[] };

/**
 * Chats of the Maghreb and Lebanon mix French into a question, in Arabic letters' stead or beside
 * them ("c'est quoi la ligne rouge selon le ministre", "الأفران قديش إلن مصاري عند الgouvernement؟").
 * The project has no French dictionary: the content words go over the English bridge, which renders
 * the many that English shares (opposition, région, ministre by its speller), and the function
 * words go. Read as English they had become words of the topic the article never writes: selon as
 * felon (مجرم), c'est as crest, la as Los Angeles, de as Delaware. Measured: the article sets +5
 * answered, the kept-aside sets +9 answered and −1 declined, the tuning sets unchanged.
 */
const QUESTION_WORDS = ['quoi', 'combien', 'pourquoi', 'quand', 'comment', 'selon', 'svp', 'exactement', 'maintenant', 'alors', 'donc', 'bien', 'très', 'aussi', 'déjà', 'encore', 'chez', 'vers', 'après', 'avant', 'depuis', 'pendant', 'entre', 'comme'];
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...fra, ...QUESTION_WORDS]);
/** An elided article or pronoun joined to the next word: l'inflation, d'avion, c'est, qu'il. */
const ELISION = /^(?:[cdjlnst]|qu)['’](?=[aeiouyhàâéèêîôûœ])/iu;
const ACCENTED = /[àâçéèêëîïôûùüÿœ]/i;
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
 * The words that may name the topic: elisions cut off, function words dropped, accents taken off
 * so that the English speller meets its cognate (république as republique, one letter from republic).
 */
export function frenchContentWords(words: readonly string[]): string[] {
  return words
    .map((word) => word.replace(ELISION, ''))
    .filter((word) => word.length > 0 && !FUNCTION_WORDS.has(word.toLowerCase()))
    .map(stripLatinAccents);
}
