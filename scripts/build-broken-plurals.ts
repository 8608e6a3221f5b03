/**
 * Writes models/lexicon/broken-plurals.txt from the bundled lexicon (see
 * src/translate/broken-plurals.ts). Rerun after rebuilding the lexicon:
 *   npx tsx scripts/build-broken-plurals.ts
 */
import { writeFileSync } from 'node:fs';
import { readLexiconEntries } from '../src/translate/lexicon.js';
import { buildBrokenPlurals, DEFAULT_BROKEN_PLURALS_PATH } from '../src/translate/broken-plurals.js';

const pairs = buildBrokenPlurals(readLexiconEntries());
writeFileSync(DEFAULT_BROKEN_PLURALS_PATH, `# Arabic singular and broken plural, normalised, without the article, from the eng-ara lexicon (scripts/build-broken-plurals.ts)\n${pairs.join('\n')}\n`);
console.log(`${pairs.length} pairs → ${DEFAULT_BROKEN_PLURALS_PATH}`);
