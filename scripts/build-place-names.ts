/**
 * Writes models/lexicon/place-names.txt, country-names.txt and capitals.txt from the bundled
 * lexicon, WordNet, the countries-list package and the runtime's CLDR names (see src/translate/place-names.ts). Rerun after rebuilding the
 * lexicon or editing its supplement:
 *   npx tsx scripts/build-place-names.ts
 */
import { writeFileSync } from 'node:fs';
import { countries as countryList } from 'countries-list';
import { createLexicon, readLexiconEntries } from '../src/translate/lexicon.js';
import { buildCapitals, buildCountryNames, buildPlaceNames, DEFAULT_CAPITALS_PATH, DEFAULT_COUNTRY_NAMES_PATH, DEFAULT_PLACE_NAMES_PATH } from '../src/translate/place-names.js';

// Read once: the places come from the lexicon's lookups, the countries' filter from its every entry.
const entries = readLexiconEntries();
const names = buildPlaceNames(createLexicon(entries));
writeFileSync(DEFAULT_PLACE_NAMES_PATH, `# Arabic place names, normalised, from the eng-ara lexicon and WordNet (scripts/build-place-names.ts)\n${names.join('\n')}\n`);
console.log(`${names.length} place names → ${DEFAULT_PLACE_NAMES_PATH}`);

const countries = buildCountryNames(entries);
writeFileSync(
  DEFAULT_COUNTRY_NAMES_PATH,
  `# Arabic country names, normalised, from CLDR ${process.versions.cldr ?? ''} less the eng-ara lexicon's renderings of other words (scripts/build-place-names.ts)\n${countries.join('\n')}\n`,
);
console.log(`${countries.length} country names → ${DEFAULT_COUNTRY_NAMES_PATH}`);

const capitals = buildCapitals(countryList);
writeFileSync(DEFAULT_CAPITALS_PATH, `# Capitals (English, lower case) and their country's Arabic name, from countries-list and CLDR ${process.versions.cldr ?? ''} (scripts/build-place-names.ts)\n${capitals.join('\n')}\n`);
console.log(`${capitals.length} capitals → ${DEFAULT_CAPITALS_PATH}`);
