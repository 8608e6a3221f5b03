/**
 * Builds models/lexicon/fra-eng.tsv.gz from FreeDict fra-eng (dictd format): the French words that
 * chats of the Maghreb and Lebanon mix into a question cross to English, then over the English
 * bridge to the article's Arabic (src/translate/french.ts).
 *
 *   apt-get download dict-freedict-fra-eng && dpkg -x dict-freedict-fra-eng_*.deb /tmp/fd
 *   npx tsx scripts/build-french-lexicon.ts /tmp/fd/usr/share/dictd/freedict-fra-eng.index \
 *                                           /tmp/fd/usr/share/dictd/freedict-fra-eng.dict.dz
 *
 * The output is committed so a fresh clone never needs apt; rerun only to upgrade the dictionary.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripLatinAccents } from '../src/text/normalize.js';
import { serializeLexicon } from '../src/translate/lexicon-file.js';
import { dictdArguments, dictdEntries, edition, writeLexiconFile } from './build-lexicon.js';

/** Longer glosses explain ("very slightly cooked") rather than translate. */
const MAX_WORDS = 3;
/** An English gloss: letters, with the spaces, hyphens and apostrophes of compounds. */
const GLOSS = /^[a-z][a-z' -]*$/;

/**
 * One definition body → English glosses in the dictionary's order. Senses are numbered lines
 * ("1. leader", "2. handbook, guide"); a sense may open with a domain label ("[cul] whisk") and
 * put notes in parentheses, neither a translation.
 */
export function parseGlosses(body: string): string[] {
  const out: string[] = [];
  for (const rawLine of body.split('\n')) {
    const line = rawLine
      .replace(/^\s*\d+\s*[.)]\s*/, '')
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      .toLowerCase();
    for (const piece of line.split(/[,;/]/)) {
      const gloss = piece.replace(/\s+/g, ' ').trim();
      if (GLOSS.test(gloss) && gloss.split(' ').length <= MAX_WORDS && !out.includes(gloss)) out.push(gloss);
    }
  }
  return out;
}

/**
 * Keys are lower case without accents: chats type "securite" as often as "sécurité". Headwords
 * that then coincide (pêche, péché) share one entry, their glosses in file order.
 */
export function frenchKey(headword: string): string {
  return stripLatinAccents(headword.replace(/\s+/g, ' ').trim().toLowerCase());
}

export function buildFrenchLexicon(indexText: string, dict: Buffer): { entries: Map<string, string[]>; stats: Record<string, number> } {
  const entries = new Map<string, string[]>();
  let rawEntries = 0;
  for (const { head, firstLine, body } of dictdEntries(indexText, dict)) {
    rawEntries++;
    const glosses = parseGlosses(body);
    if (glosses.length === 0) continue;
    // The first line is the headword, its IPA and part of speech: "plafond /plafɔ̃/ <n, masc>".
    const key = frenchKey(firstLine.replace(/\s*(\/[^/]*\/)?\s*(<[^>]*>)?\s*$/, '') || head);
    entries.set(key, [...new Set([...(entries.get(key) ?? []), ...glosses])]);
  }
  const sorted = new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const glosses = [...sorted.values()].reduce((n, list) => n + list.length, 0);
  return { entries: sorted, stats: { rawEntries, headwords: sorted.size, glosses } };
}

const CHECK_WORDS = ['pays', 'ville', 'incendie', 'blessé', 'plafond', 'secours', 'grève', 'enquête', 'ennemi', 'deux', 'salle à manger'];

function main(): void {
  const { indexText, dict, out } = dictdArguments('build-french-lexicon.ts', 'fra-eng');
  const { entries, stats } = buildFrenchLexicon(indexText, dict);
  const text = serializeLexicon(`FreeDict fra-eng ${edition(dict)}`, entries);
  console.log(JSON.stringify({ ...stats, ...writeLexiconFile(out, text) }, null, 1));
  for (const w of CHECK_WORDS) console.log(`${w.padEnd(14)} ${(entries.get(frenchKey(w)) ?? ['(missing)']).join(' | ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
