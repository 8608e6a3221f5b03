/**
 * Nouns' broken plurals (قاعدة / قواعد, خط / خطوط, سجن / سجون), which light stemming cannot bring
 * together: a question asking in one number misses an article writing the other. The pairs come
 * from the dictionary, which renders an English noun and its plural (base / bases, line / lines)
 * with the Arabic singular and plural; built once by scripts/build-broken-plurals.ts into
 * models/lexicon/broken-plurals.txt (derived from the lexicon, so under its licence).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Analyzer } from '../text/analyzer.js';
import { normalizeArabic } from '../text/normalize.js';

export const DEFAULT_BROKEN_PLURALS_PATH = fileURLToPath(new URL('../../models/lexicon/broken-plurals.txt', import.meta.url));

/** English plurals by the regular rules; the dictionary's headwords say which exist. */
const englishPlurals = (noun: string): string[] => [`${noun}s`, `${noun}es`, ...(noun.endsWith('y') ? [`${noun.slice(0, -1)}ies`] : [])];

/**
 * The letters a broken plural moves around or adds (long vowels, hamza seats, ة / ت), left out to
 * compare the root's; a doubled root letter is one (خط, whose shadda normalising drops, and خطوط).
 */
const PATTERN_LETTERS = /[اويهتءئؤ]/g;
const consonants = (word: string): string => word.replace(PATTERN_LETTERS, '').replace(/(.)\1/g, '$1');

/** A plural by ending alone (الطبقات, المنتجون), which light stemming already meets with its singular. */
const isSoundPlural = (one: string, many: string): boolean => ['ات', 'ون', 'ين'].some((ending) => many === `${one.replace(/ه$/, '')}${ending}`);

/**
 * Pairs of a definite one-word singular and plural rendering (so both are nouns) of the same root
 * consonants, the plural not a sound one: "singular\tplural" lines, normalised, without the
 * article, sorted.
 */
export function buildBrokenPlurals(entries: ReadonlyMap<string, string>): string[] {
  const renderings = (key: string): string[] =>
    (entries.get(key)?.split('\t') ?? []).slice(0, 3).map((r) => normalizeArabic(r).trim()).filter((r) => /^ال\S+$/.test(r)).map((r) => r.slice(2));
  const pairs = new Set<string>();
  for (const noun of entries.keys()) {
    if (noun.length < 3 || /\s/.test(noun)) continue;
    for (const plural of englishPlurals(noun).filter((p) => entries.has(p))) {
      for (const one of renderings(noun)) {
        const root = consonants(one);
        for (const many of renderings(plural)) {
          if (many === one || isSoundPlural(one, many) || root.length < 2 || consonants(many) !== root) continue;
          pairs.add(`${one}\t${many}`);
        }
      }
    }
  }
  return [...pairs].sort();
}

/** [singular, plural] pairs; a missing file is an error that says how to rebuild it. */
export function loadBrokenPlurals(path: string = DEFAULT_BROKEN_PLURALS_PATH): readonly (readonly [string, string])[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`Broken plurals not found at ${path} (${(err as Error).message}); rebuild them with \`npx tsx scripts/build-broken-plurals.ts\`.`);
  }
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string]);
}

/** Each noun's stem to its stems in the other number, both ways. */
export function stemsInOtherNumber(pairs: readonly (readonly [string, string])[], analyze: Analyzer): ReadonlyMap<string, readonly string[]> {
  const other = new Map<string, string[]>();
  const add = (from: string, to: string): void => {
    const list = other.get(from) ?? [];
    if (!list.includes(to)) other.set(from, [...list, to]);
  };
  for (const [one, many] of pairs) {
    const [singular] = analyze(one);
    const [plural] = analyze(many);
    if (!singular || !plural || singular === plural) continue;
    add(singular, plural);
    add(plural, singular);
  }
  return other;
}
