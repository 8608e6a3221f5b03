import { createRequire } from 'node:module';
import { memo } from '../memo.js';

const require = createRequire(import.meta.url);
interface RootStemmer {
  stem(word: string): { stem: string[] };
}
// The package's ES build is CommonJS under an .mjs name; required, its UMD build exports the class.
const Stemmer = require('arabic-stem') as new () => RootStemmer;

/** The library's patterns stop at eight letters (it throws on longer words): those are compounds or foreign words. */
const LONGEST_PATTERN = 8;
const ARABIC_LETTERS = /^[\u0621-\u064A]+$/;

/**
 * Every index asks about the same words, so roots are remembered for the process; questions bring
 * new ones, so the memory is bounded (a bot runs for weeks).
 */
const MEMO_LIMIT = 100_000;

/**
 * A tenth-form verb in the present tense (يستخدم، تستهدف، يستقبل) is its prefix, ست and the root:
 * the library's patterns take ست for part of it (ستخ, ستي), so the verb met neither its verbal
 * noun (استخدام) nor the root's other words. The twentieth set and the one-hundred-fifth article
 * +1 answered each; arcd-train's documents joined −1 ("اي منظمة استضافت؟", which the junk root
 * سضف had met in وتستضيف), the other tuning sets unchanged.
 */
const TENTH_FORM_IMPERFECT = /^[يتن]ست([\u0621-\u064A]{3})$/;

/**
 * Candidate roots of a light stem, by arabic-stem's pattern matcher: the stems of a verb, its verbal
 * noun and a broken plural share one (تحقيق / حقق, مواضيع / موضوع, خطوط → خطط). A two-letter stem
 * is a doubled root written once (خط → خطط).
 */
export function createRootFinder(): (stem: string) => readonly string[] {
  const stemmer = new Stemmer();
  const find = (stem: string): readonly string[] => {
    if (!ARABIC_LETTERS.test(stem)) return [];
    if (stem.length === 2) return [stem + stem[1]!];
    if (stem.length < 2 || stem.length > LONGEST_PATTERN) return [];
    const tenth = TENTH_FORM_IMPERFECT.exec(stem);
    if (tenth) return [tenth[1]!];
    return stemmer.stem(stem).stem;
  };
  return memo(find, MEMO_LIMIT);
}

/** The process's one root finder, so that its memory is shared by whoever asks. */
export const rootsOf = createRootFinder();
