import { createRequire } from 'node:module';
import { memo } from '../memo.js';

const require = createRequire(import.meta.url);
/** WordNet-based, with irregular forms (said → say, met → meet, went → go). */
const wink = require('wink-lemmatizer') as {
  verb(word: string): string;
  noun(word: string): string;
  adjective(word: string): string;
};

/**
 * Suffix rules for words WordNet does not know (new coinages, misspellings of inflections):
 * each yields a guess that only counts if the lexicon has it.
 */
function suffixGuesses(w: string): string[] {
  const out: string[] = [];
  if (w.length <= 3) return out;
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  for (const suffix of ['ed', 'ing']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    out.push(stem, `${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1)); // stopped → stop
    if (suffix === 'ed' && stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`); // studied → study
  }
  return out;
}

/** British ↔ American pairs that matter in news: defence/defense, organisation/organization, … */
function spellingVariants(w: string): string[] {
  const rules: [RegExp, string][] = [
    [/ence$/, 'ense'], [/ense$/, 'ence'],
    [/our(s?)$/, 'or$1'], [/or(s?)$/, 'our$1'],
    [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'], [/iz(e|es|ed|ing|ation|ations)$/, 'is$1'],
    [/ys(e|es|ed|ing)$/, 'yz$1'], [/tre(s?)$/, 'ter$1'], [/ogue(s?)$/, 'og$1'],
    [/lled$/, 'led'], [/lling$/, 'ling'],
  ];
  const out: string[] = [];
  for (const [re, to] of rules) if (re.test(w)) out.push(w.replace(re, to));
  return out;
}

export interface LemmaCandidates {
  /** The word as typed (lower case): the dictionary has many inflected headwords (sanctions → العقوبات). */
  readonly surface: string;
  /** WordNet lemmas differing from the surface, verb first so "said" reads as "say", not "said". */
  readonly lemmas: readonly string[];
  /** Suffix-stripping and spelling guesses, worth trying only when nothing above is in the lexicon. */
  readonly fallbacks: readonly string[];
}

export const lemmaCandidates: (lower: string) => LemmaCandidates = memo(computeCandidates, 20_000);

function computeCandidates(lower: string): LemmaCandidates {
  const lemmas = [...new Set([wink.verb(lower), wink.noun(lower), wink.adjective(lower)])].filter(
    // WordNet's plural rule reads "discuss" as the plural of "discus"; -ss is never a plural ending.
    (w) => w && w !== lower && !(lower.endsWith('ss') && w === lower.slice(0, -1)),
  );
  const known = new Set([lower, ...lemmas]);
  const suffixed = suffixGuesses(lower);
  const guesses = [...suffixed, ...[lower, ...lemmas, ...suffixed].flatMap(spellingVariants)];
  const fallbacks = [...new Set(guesses)].filter((w) => w.length > 1 && !known.has(w));
  return { surface: lower, lemmas, fallbacks };
}
