import { describe, expect, it } from 'vitest';
import { buildLexicon, decodeDictdNumber, lexiconKey, parseDefinition } from '../scripts/build-lexicon.js';
import { frenchKey, parseGlosses } from '../scripts/build-french-lexicon.js';
import { loadFrenchGlosses } from '../src/translate/french.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLexicon, serializeLexicon } from '../src/translate/lexicon-file.js';
import { loadLexicon } from '../src/translate/index.js';
import { readFileSync } from 'node:fs';
import { readLexiconEntries } from '../src/translate/lexicon.js';
import { buildBrokenPlurals, loadBrokenPlurals } from '../src/translate/broken-plurals.js';
import { buildCapitals, buildCountryNames, buildPlaceNames, DEFAULT_CAPITALS_PATH, DEFAULT_COUNTRY_NAMES_PATH, loadCapitals, loadCountryNames, loadPlaceNames } from '../src/translate/place-names.js';
import { countries } from 'countries-list';

describe('build-lexicon: FreeDict definition bodies → Arabic translations', () => {
  it.each([
    ['1. المنزل\n2. المسكن\n3. المقر\n', ['المنزل', 'المسكن', 'المقر']],
    ['حمّض، يحمّض\n', ['حمّض', 'يحمّض']],
    ['أديس أبابا - عاصمة أثيوبيا\n', ['أديس أبابا']],
    ['الهريس: مزيح من حنطة ونخالة وماء حار\n', ['الهريس']],
    ['كري (قبيلة هندية)\n', ['كري']],
    ['كانا - مقدار من الطول في إيطاليا (6 - 7\n', ['كانا']],
    ['يونيو/حزيران\n', ['يونيو', 'حزيران']],
    ['الحرف Z\n', []],
    ['1. اختصر\n2. أوجز ::\n', ['اختصر', 'أوجز']],
    ['كريمي- شبه جزيرة أوكرانيّة\n', ['كريمي']],
    ['لأي سبب؟\n', ['لأي سبب']],
    // A description with no short alternative still names its head noun.
    ['الشّريك المساهم في تنفيذ عملية شرّيرة\n', ['الشّريك']],
    ['حرف يسبق الكلمة ويعني في إتجاه كذا\n', []],
  ])('%j', (body, expected) => {
    expect(parseDefinition(body)).toEqual(expected);
  });

  it('decodes dictd base64 offsets', () => {
    expect(decodeDictdNumber('A')).toBe(0);
    expect(decodeDictdNumber('BM')).toBe(76);
    expect(decodeDictdNumber('l4')).toBe(37 * 64 + 56);
    expect(() => decodeDictdNumber('a=b')).toThrow(/base64/);
  });

  it('keys headwords by their own spelling, keeping acronyms apart', () => {
    expect(lexiconKey('U.S')).toBe('US');
    expect(lexiconKey('Us')).toBe('us');
    expect(lexiconKey('A&M')).toBe('A&M');
    expect(lexiconKey('Well-known')).toBe('well-known');
    expect(lexiconKey('Addis  Ababa')).toBe('addis ababa');
  });

  it('builds from index + dict, merging duplicate headwords and deduping spellings', () => {
    const entries = ['Say /sˈeɪ/\nقل\n', 'Us /ˈʌs/\nنحن\n', 'U.S /jˈuː ˈɛs/\nالولايات المتّحدة\n', 'Say /sˈeɪ/\n1. قُل\n2. يقول\n'];
    let offset = 0;
    const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const b64 = (n: number): string => (n < 64 ? A[n]! : b64(Math.floor(n / 64)) + A[n % 64]!);
    const index = ['00databaseinfo\tA\tB', 'say', 'us', 'us', 'say'].map((h, i) => {
      if (i === 0) return h;
      const len = Buffer.byteLength(entries[i - 1]!);
      const line = `${h}\t${b64(offset)}\t${b64(len)}`;
      offset += len;
      return line;
    });
    const { entries: built, stats } = buildLexicon(index.join('\n'), Buffer.from(entries.join('')));
    expect(built).toEqual({ US: ['الولايات المتّحدة'], say: ['قل', 'يقول'], us: ['نحن'] });
    expect(stats.headwords).toBe(3);
  });
});

describe('lexicon file codec', () => {
  it('round-trips and rejects what it did not write', () => {
    const text = serializeLexicon('test', [['prime minister', ['رئيس الوزراء', 'رئيس الحكومة']]]);
    expect(parseLexicon(text).get('prime minister')).toBe('رئيس الوزراء\tرئيس الحكومة');
    expect(() => parseLexicon('{"a":1}')).toThrow(/header/);
    expect(() => parseLexicon(`${text}minister\n`)).toThrow(/line 3/);
    expect(() => serializeLexicon('x', [['a', ['b\tc']]])).toThrow(/unserialisable/);
  });
});

describe('place names (models/lexicon/place-names.txt)', () => {
  it('are what the bundled lexicon and WordNet give today, countries and continents alike', () => {
    const shipped = loadPlaceNames();
    expect([...shipped]).toEqual(buildPlaceNames(loadLexicon()));
    for (const place of ['ايران', 'لبنان', 'قاهره', 'افريقيا', 'قوقاز']) expect(shipped.has(place), place).toBe(true);
    for (const word of ['تعاون', 'وزير', 'منطقه']) expect(shipped.has(word), word).toBe(false);
  });
});

describe('broken plurals (models/lexicon/broken-plurals.txt)', () => {
  it('pair a singular with its broken plural, not with a sound one, as the bundled lexicon gives them today', () => {
    const built = buildBrokenPlurals(new Map([['base', 'القاعدة'], ['bases', 'القواعد'], ['layer', 'الطبقة'], ['layers', 'الطبقات'], ['line', 'الخطّ'], ['lines', 'الخطوط']]));
    expect(built).toEqual(['خط\tخطوط', 'قاعده\tقواعد']);
    expect(loadBrokenPlurals().map(([one, many]) => `${one}\t${many}`)).toEqual(buildBrokenPlurals(readLexiconEntries()));
  });
});

describe('capitals (models/lexicon/capitals.txt)', () => {
  it('name their country in Arabic, one word only', () => {
    const shipped = loadCapitals();
    expect(shipped.get('moscow')).toBe('روسيا');
    expect(shipped.get('warsaw')).toBe('بولندا');
    // الولايات المتحدة is two words: "Washington" stays a name of its own.
    expect(shipped.has('washington')).toBe(false);
  });

  const builtWith = /CLDR (\S+)/.exec(readFileSync(DEFAULT_CAPITALS_PATH, 'utf8'))?.[1];
  it.skipIf(builtWith !== process.versions.cldr)('are what countries-list and CLDR give today', () => {
    expect([...loadCapitals()].map(([city, country]) => `${city}\t${country}`)).toEqual(buildCapitals(countries));
  });
});

describe('country names (models/lexicon/country-names.txt)', () => {
  const entries = readLexiconEntries();

  it("have the countries the dictionary's places miss, and none the dictionary gives for another word", () => {
    const shipped = loadCountryNames();
    for (const country of ['صين', 'يابان', 'فرنسا', 'تركيا', 'استراليا']) expect(shipped.has(country), country).toBe(true);
    // مالي is "financial" too, قطر "diameter": a question using them need not name a country.
    for (const word of ['مالي', 'قطر']) expect(shipped.has(word), word).toBe(false);
  });

  // CLDR's names come with the runtime: rebuilt exactly only where its version is the file's.
  const builtWith = /CLDR (\S+)/.exec(readFileSync(DEFAULT_COUNTRY_NAMES_PATH, 'utf8'))?.[1];
  it.skipIf(builtWith !== process.versions.cldr)('are what CLDR and the bundled lexicon give today', () => {
    expect([...loadCountryNames()]).toEqual(buildCountryNames(entries));
  });
});

describe('build-french-lexicon: FreeDict fra-eng bodies → English glosses', () => {
  it.each([
    ['country, land\n', ['country', 'land']],
    ['1. leader\n2. handbook, guide, guidebook\n', ['leader', 'handbook', 'guide', 'guidebook']],
    // Domain labels and notes are no glosses; explanations longer than three words are dropped.
    ['1. treatment\n2.  [cul] very rare, cooked only very slightly\n', ['treatment', 'very rare']],
    ['dining-room\n', ['dining-room']],
  ])('%j', (body, expected) => {
    expect(parseGlosses(body)).toEqual(expected);
  });

  it('keys headwords in lower case without accents, as chats type them', () => {
    expect(frenchKey('Grève')).toBe('greve');
    expect(frenchKey('salle  à manger')).toBe('salle a manger');
  });

  it('ships a glossary that renders the words chats mix in, and names the file when it is corrupt', () => {
    const glosses = loadFrenchGlosses();
    expect(glosses.get('greve')?.split('\t')).toContain('strike');
    expect(glosses.get('ville')?.split('\t')).toContain('city');
    const dir = mkdtempSync(join(tmpdir(), 'fra-'));
    writeFileSync(join(dir, 'fra-eng.tsv'), 'not a lexicon\n');
    expect(() => loadFrenchGlosses(join(dir, 'fra-eng.tsv'))).toThrow(/French→English glossary at .*fra-eng\.tsv is corrupt.*build-french-lexicon/);
  });
});
