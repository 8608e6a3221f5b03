import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
interface RootStemmer {
  stem(word: string): { stem: string[] };
}
// The package's ES build is CommonJS under an .mjs name; required, its UMD build exports the class.
const Stemmer = require('arabic-stem') as new () => RootStemmer;

/** The library's patterns end at eight letters (and it fails on longer words): a longer stem is a compound or a foreign word. */
const LONGEST_PATTERN = 8;

/**
 * Candidate roots of a light stem, by arabic-stem's pattern matcher: the stems of a verb, its verbal
 * noun and a broken plural share one (تحقيق / حقق, مواضيع / موضوع, خطوط → خطط). A two-letter stem
 * is a doubled root written once (خط → خطط). Memoised for the process: every index asks about the
 * same words.
 */
export function createRootFinder(): (stem: string) => readonly string[] {
  const stemmer = new Stemmer();
  const memo = new Map<string, readonly string[]>();
  return (stem) => {
    let roots = memo.get(stem);
    if (!roots) {
      roots = stem.length === 2 ? [stem + stem[1]!] : stem.length < 2 || stem.length > LONGEST_PATTERN || !/^[\u0621-\u064A]+$/.test(stem) ? [] : stemmer.stem(stem).stem;
      memo.set(stem, roots);
    }
    return roots;
  };
}
