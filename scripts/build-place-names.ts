/**
 * Writes models/lexicon/place-names.txt from the bundled lexicon and WordNet (see
 * src/translate/place-names.ts). Rerun after rebuilding the lexicon or editing its supplement:
 *   npx tsx scripts/build-place-names.ts
 */
import { writeFileSync } from 'node:fs';
import { loadLexicon } from '../src/translate/index.js';
import { buildPlaceNames, DEFAULT_PLACE_NAMES_PATH } from '../src/translate/place-names.js';

const names = buildPlaceNames(loadLexicon());
writeFileSync(DEFAULT_PLACE_NAMES_PATH, `# Arabic place names, normalised, from the eng-ara lexicon and WordNet (scripts/build-place-names.ts)\n${names.join('\n')}\n`);
console.log(`${names.length} place names → ${DEFAULT_PLACE_NAMES_PATH}`);
