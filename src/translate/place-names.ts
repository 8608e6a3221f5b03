/**
 * Arabic names of places (countries, cities, regions, continents), for "where" questions: a
 * sentence that names a place more likely answers one. They are the dictionary's renderings of
 * the words WordNet knows as places (see locationWords), built once by scripts/build-place-names.ts into
 * models/lexicon/place-names.txt (derived from the lexicon, so under its licence), since building
 * them at start would cost about 180 ms.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from './lexicon.js';
import { locationWords } from './wordnet.js';
import { normalizeArabic } from '../text/normalize.js';

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
      if (name && !/\s/.test(name)) names.add(name.replace(/^ال(?=..)/, ''));
    }
  }
  return [...names].sort();
}

export function loadPlaceNames(path: string = DEFAULT_PLACE_NAMES_PATH): ReadonlySet<string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`place names not found at ${path} (${(err as Error).message}); regenerate them with \`npx tsx scripts/build-place-names.ts\``);
  }
  return new Set(text.split('\n').filter((line) => line && !line.startsWith('#')));
}

/**
 * The countries' one-word Arabic names from the runtime's CLDR data (Intl.DisplayNames), as
 * place-names.txt holds them: WordNet gives France, China and Japan other senses too (Anatole
 * France, porcelain, lacquer), so the dictionary's list misses the best-known countries.
 */
export function arabicCountryNames(): string[] {
  const regions = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const names = new Set<string>();
  for (const first of letters) {
    for (const second of letters) {
      const name = normalizeArabic(regions.of(first + second) ?? '').trim();
      if (/^[\u0600-\u06FF]+$/.test(name)) names.add(name.replace(/^ال(?=..)/, ''));
    }
  }
  return [...names].sort();
}
