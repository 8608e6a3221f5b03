/**
 * Builds models/lexicon/eng-ara.tsv.gz from FreeDict eng-ara (dictd format).
 *
 *   apt-get download dict-freedict-eng-ara && dpkg -x dict-freedict-eng-ara_*.deb /tmp/fd
 *   npx tsx scripts/build-lexicon.ts /tmp/fd/usr/share/dictd/freedict-eng-ara.index \
 *                                    /tmp/fd/usr/share/dictd/freedict-eng-ara.dict.dz
 *
 * The output is committed so a fresh clone never needs apt; rerun only to upgrade the dictionary.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeArabic } from '../src/text/normalize.js';
import { serializeLexicon } from '../src/translate/lexicon-file.js';

/** Longer pieces are the dictionary's descriptions ("a kind of fish that …"), not translations. */
const MAX_WORDS = 4;

const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3]/;
const LATIN_LETTER = /[A-Za-z]/;
/** Arabic letters and marks, tatweel, space and the hyphen the dictionary uses inside compounds. */
const DISALLOWED = /[^\u0600-\u06FF\u0750-\u077F\s\-]|[\u060C\u061B\u061F\u066A-\u066D\u06D4]/g;

const DICTD_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeDictdNumber(s: string): number {
  let n = 0;
  for (const ch of s) {
    const v = DICTD_B64.indexOf(ch);
    if (v < 0) throw new Error(`bad dictd base64 digit ${JSON.stringify(ch)} in ${JSON.stringify(s)}`);
    n = n * 64 + v;
  }
  return n;
}

/**
 * One definition body → clean Arabic alternatives in the dictionary's order.
 * The bodies are plain text: optional "N." numbering per line, alternatives separated by ، , ; / and
 * explanatory tails introduced by " - " or ":" or put in parentheses, which are notes, not translations.
 */
export function parseDefinition(body: string): string[] {
  const out: string[] = [];
  let firstLong: string | undefined;
  for (const rawLine of body.split('\n')) {
    let line = rawLine
      .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
      .replace(/\\"/g, '"')
      .replace(/^\s*\d+\s*[.)]\s*/, '')
      .replace(/\s*::\s*$/, '');
    line = line.split(/\s[-–—]|[-–—]\s|[-–—]$|:/)[0] ?? '';
    line = line.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/[([].*$/, '');
    for (const piece of line.split(/[,،;؛/]/)) {
      if (LATIN_LETTER.test(piece)) continue;
      const clean = piece.replace(DISALLOWED, ' ').replace(/\s+/g, ' ').replace(/^[\s-]+|[\s-]+$/g, '');
      if (!ARABIC_LETTER.test(clean)) continue;
      if (clean.split(' ').length > MAX_WORDS) {
        firstLong ??= clean;
        continue;
      }
      out.push(clean.normalize('NFC'));
    }
  }
  // Description-only entries ("الشّريك المساهم في تنفيذ …") still name the thing in their first word
  // when it is a definite noun; anything else in a description is too loose to be a translation.
  const head = firstLong?.split(' ')[0];
  if (out.length === 0 && head?.startsWith('ال') && head.length > 3) out.push(head.normalize('NFC'));
  return out;
}

/** Keeps the first spelling of each normalised form: vocalised and bare variants are one translation. */
function dedupe(items: readonly string[], seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const item of items) {
    const key = normalizeArabic(item).replace(/\s+/g, ' ').trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/**
 * The index's own keys drop punctuation and case (A&M and Am are both "am", U.S and Us both "us"),
 * so keys come from the entry's first line instead. Acronyms keep upper case without dots so that
 * "US" the country never shares a key with "us" the pronoun.
 */
export function lexiconKey(headword: string): string {
  const h = headword.replace(/\s+/g, ' ').trim();
  const acronym = /^[A-Z0-9&.]+$/.test(h) && (h.match(/[A-Z]/g) ?? []).length >= 2;
  return acronym ? h.replace(/\./g, '') : h.toLowerCase();
}

/**
 * The dictionary's entries in index order, the database's own info entries left out: the index
 * key, the entry's first line (the headword with its IPA, sometimes its part of speech) and the
 * definition after it.
 */
export function* dictdEntries(indexText: string, dict: Buffer): Generator<{ head: string; firstLine: string; body: string }> {
  for (const line of indexText.split('\n')) {
    const [head, off, len] = line.split('\t');
    if (!head || !off || !len || head.startsWith('00database')) continue;
    const start = decodeDictdNumber(off);
    const text = dict.subarray(start, start + decodeDictdNumber(len)).toString('utf8');
    const newline = text.indexOf('\n');
    yield { head, firstLine: text.slice(0, newline), body: text.slice(newline + 1) };
  }
}

export function buildLexicon(indexText: string, dict: Buffer): { entries: Record<string, string[]>; stats: Record<string, number> } {
  const merged = new Map<string, string[]>();
  let rawEntries = 0;
  let emptyEntries = 0;
  for (const { head, firstLine, body } of dictdEntries(indexText, dict)) {
    rawEntries++;
    const translations = parseDefinition(body);
    if (translations.length === 0) emptyEntries++;
    const key = lexiconKey(firstLine.replace(/\s*\/[^/]*\/\s*$/, '') || head);
    merged.set(key, [...(merged.get(key) ?? []), ...translations]);
  }
  const entries: Record<string, string[]> = {};
  let total = 0;
  for (const key of [...merged.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const list = dedupe(merged.get(key)!);
    if (list.length === 0) continue;
    entries[key] = list;
    total += list.length;
  }
  const headwords = Object.keys(entries).length;
  return {
    entries,
    stats: { rawEntries, emptyEntries, headwords, translations: total, avgPerHeadword: +(total / headwords).toFixed(2) },
  };
}

/** "Edition: 0.6.3" from the dictionary's own 00-database-info entry, recorded in the output header. */
export function edition(dict: Buffer): string {
  const m = /Edition:\s*(\S+)/.exec(dict.subarray(0, 4096).toString('utf8'));
  return m ? `edition ${m[1]}` : 'edition unknown';
}

/**
 * A build script's arguments, `<name.index> <name.dict.dz> [out.tsv.gz]`: the index's text, the
 * dictionary's (dictzip is gzip with random-access extras, which sequential gunzip reads fine) and
 * where to write, models/lexicon/<name>.tsv.gz unless given.
 */
export function dictdArguments(script: string, name: string): { indexText: string; dict: Buffer; out: string } {
  const [indexPath, dictPath, outArg] = process.argv.slice(2);
  if (!indexPath || !dictPath) {
    console.error(`usage: tsx scripts/${script} <${name}.index> <${name}.dict.dz> [out.tsv.gz]`);
    process.exit(2);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const raw = readFileSync(dictPath);
  return {
    indexText: readFileSync(indexPath, 'utf8'),
    dict: dictPath.endsWith('.dz') || dictPath.endsWith('.gz') ? gunzipSync(raw) : raw,
    out: resolve(outArg ?? resolve(here, `../models/lexicon/${name}.tsv.gz`)),
  };
}

/** Writes a serialised lexicon, gzipped when the name says so, and reports its sizes. */
export function writeLexiconFile(out: string, text: string): { textBytes: number; fileBytes: number; out: string } {
  mkdirSync(dirname(out), { recursive: true });
  // Node writes no file name or mtime into the gzip header, so rebuilds are byte-identical.
  const bytes = out.endsWith('.gz') ? gzipSync(text, { level: 9 }) : Buffer.from(text);
  writeFileSync(out, bytes);
  return { textBytes: Buffer.byteLength(text), fileBytes: bytes.length, out };
}

const CHECK_WORDS = [
  'minister', 'defence', 'defense', 'sanctions', 'cooperation', 'visit', 'say', 'said', 'meet', 'region', 'forces',
  'foreign', 'russia', 'iran', 'united states', 'security', 'resistance', 'borders', 'war', 'president', 'army',
  'oil', 'capital', 'country', 'agreement', 'talks', 'leader', 'week', 'expand', 'presence', 'nuclear',
];

function main(): void {
  const { indexText, dict, out } = dictdArguments('build-lexicon.ts', 'eng-ara');
  const { entries, stats } = buildLexicon(indexText, dict);
  const text = serializeLexicon(`FreeDict eng-ara ${edition(dict)}`, Object.entries(entries));
  console.log(JSON.stringify({ ...stats, ...writeLexiconFile(out, text) }, null, 1));
  for (const w of CHECK_WORDS) console.log(`${w.padEnd(14)} ${(entries[w] ?? ['(missing)']).join(' | ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
