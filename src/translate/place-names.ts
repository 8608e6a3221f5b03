/**
 * Arabic names of places (countries, cities, regions, continents), for "where" questions: a
 * sentence that names a place more likely answers one. They are the dictionary's renderings of
 * the words WordNet knows as places (see locationWords), built once by scripts/build-place-names.ts into
 * models/lexicon/place-names.txt (derived from the lexicon, so under its licence), since building
 * them at start would cost about 180 ms; and the countries' names (country-names.txt, built by the
 * same script), which also mark a country an Arabic question names (see buildCountryNames).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from './lexicon.js';
import { isPlace, locationWords } from './wordnet.js';
import { normalizeArabic } from '../text/normalize.js';

/** Names are kept without the article: العراق and عراق are one name. */
export const withoutArticle = (name: string): string => name.replace(/^ال(?=..)/, '');

export const DEFAULT_PLACE_NAMES_PATH = fileURLToPath(new URL('../../models/lexicon/place-names.txt', import.meta.url));

/**
 * Normalised one-word names, without the article (العراق and عراق are one name), sorted: several
 * words ("كوريا الجنوبية") would need phrase matching, and their head word is mostly a name of its own.
 */
export function buildPlaceNames(lexicon: Lexicon): string[] {
  const names = new Set<string>();
  for (const word of locationWords()) {
    for (const rendering of lexicon.translations(word)) {
      const name = normalizeArabic(rendering).trim();
      if (name && !/\s/.test(name)) names.add(withoutArticle(name));
    }
  }
  return [...names].sort();
}

export function loadPlaceNames(path: string = DEFAULT_PLACE_NAMES_PATH): ReadonlySet<string> {
  return readNames(path, 'place names');
}

function readNames(path: string, what: string): ReadonlySet<string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${what} not found at ${path} (${(err as Error).message}); regenerate them with \`npx tsx scripts/build-place-names.ts\``);
  }
  return new Set(text.split('\n').filter((line) => line && !line.startsWith('#')));
}

export const DEFAULT_COUNTRY_NAMES_PATH = fileURLToPath(new URL('../../models/lexicon/country-names.txt', import.meta.url));

/**
 * The countries' one-word Arabic names from CLDR (the runtime's Intl.DisplayNames), normalised and
 * without the article as place-names.txt holds them, less those the dictionary also gives for a
 * word that is no place (مالي, "financial"; قطر, "diameter"; مصر, "insistent"): a question naming
 * one of these names a country. The dictionary's places cannot serve so: WordNet gives France, China
 * and Japan other senses (Anatole France, porcelain, lacquer), so they are missing there, and a few
 * of its places are common words too (كيف, Kiev and "how"; خصص, mete and "allot").
 * `entries` are the lexicon's (lexicon-file.ts).
 */
export function buildCountryNames(entries: ReadonlyMap<string, string>): string[] {
  const regions = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const names = new Set<string>();
  for (const first of letters) {
    for (const second of letters) {
      const name = normalizeArabic(regions.of(first + second) ?? '').trim();
      if (/^[\u0600-\u06FF]+$/.test(name)) names.add(withoutArticle(name));
    }
  }
  for (const [english, arabic] of entries) {
    if (isPlace(english)) continue;
    for (const rendering of arabic.split('\t')) names.delete(withoutArticle(normalizeArabic(rendering).trim()));
  }
  return [...names].sort();
}

export function loadCountryNames(path: string = DEFAULT_COUNTRY_NAMES_PATH): ReadonlySet<string> {
  return readNames(path, 'country names');
}

let bundledCountries: ReadonlySet<string> | undefined;
/** The shipped country names, read once for the process: the engine's places and the English bridge both ask. */
export const countryNames = (): ReadonlySet<string> => (bundledCountries ??= loadCountryNames());

export const DEFAULT_CAPITALS_PATH = fileURLToPath(new URL('../../models/lexicon/capitals.txt', import.meta.url));

/**
 * Each country's capital in English, lower case, and the country's Arabic name from CLDR, one word
 * only (روسيا, not الولايات المتحدة): lines "moscow\tروسيا". Capitals from the countries-list
 * package (`countries`, passed in by scripts/build-place-names.ts). Built once, since reading the
 * package and CLDR's Arabic names at start had cost 35–50 ms.
 */
export function buildCapitals(countries: Readonly<Record<string, { readonly capital: string }>>): string[] {
  const regions = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const lines = new Set<string>();
  for (const [code, { capital }] of Object.entries(countries)) {
    const country = regions.of(code);
    // "Washington D.C." is asked as Washington.
    const city = capital.toLowerCase().replace(/\s+d\.c\.$/, '');
    if (city && country && !/\s/.test(country)) lines.add(`${city}\t${country}`);
  }
  return [...lines].sort();
}

/** Capital (English, lower case) → the country's Arabic name, as buildCapitals wrote them. */
export function loadCapitals(path: string = DEFAULT_CAPITALS_PATH): ReadonlyMap<string, string> {
  const lines = [...readNames(path, 'capitals')];
  return new Map(lines.map((line) => line.split('\t') as [string, string]));
}
