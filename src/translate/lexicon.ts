import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseLexicon } from './lexicon-file.js';
import { SUPPLEMENT } from './supplement.js';

export interface Lexicon {
  /** Arabic translations of a lower-case lemma or phrase (or an upper-case acronym), best first; [] if unknown. */
  translations(englishLemmaOrPhrase: string): readonly string[];
}

/** Resolved from this module rather than the working directory, so the bot can start from anywhere. */
export const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('../../models/lexicon/eng-ara.tsv.gz', import.meta.url));

const EMPTY: readonly string[] = Object.freeze([]);

type RawEntries = ReadonlyMap<string, string | readonly string[]>;

/**
 * Curated entries come first and the dictionary's follow, minus duplicates. Dictionary values may
 * still be tab-joined strings (see parseLexicon); each is split once, on first lookup.
 */
export function createLexicon(
  entries: RawEntries | Readonly<Record<string, readonly string[]>>,
  supplement: Readonly<Record<string, readonly string[]>> = SUPPLEMENT,
): Lexicon {
  const raw: RawEntries = entries instanceof Map ? entries : new Map(Object.entries(entries));
  const cache = new Map<string, readonly string[]>();
  const lookup = (key: string): readonly string[] => {
    const hit = cache.get(key);
    if (hit) return hit;
    const stored = raw.get(key);
    const fromDictionary = stored === undefined ? [] : typeof stored === 'string' ? stored.split('\t') : stored;
    const extra = supplement[key] ?? [];
    const list = extra.length + fromDictionary.length === 0 ? EMPTY : Object.freeze([...new Set([...extra, ...fromDictionary])]);
    cache.set(key, list);
    return list;
  };
  return {
    translations: (key) => lookup(key.replace(/\s+/g, ' ').trim()),
  };
}

export function loadLexicon(path: string = DEFAULT_LEXICON_PATH): Lexicon {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new Error(
      `English→Arabic lexicon not found at ${path} (${(err as Error).message}); ` +
        'it is committed under models/lexicon/, see models/lexicon/SOURCE.md to regenerate it',
    );
  }
  try {
    // gzip magic bytes rather than the extension decide, so an uncompressed copy loads too.
    const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    return createLexicon(parseLexicon(text));
  } catch (err) {
    throw new Error(
      `English→Arabic lexicon at ${path} is corrupt (${(err as Error).message}); rebuild it with scripts/build-lexicon.ts`,
    );
  }
}
