import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { memo } from '../memo.js';
import { parseLexicon } from './lexicon-file.js';
import { SUPPLEMENT } from './supplement.js';

export interface Lexicon {
  /** Arabic translations of a lower-case lemma or phrase (or an upper-case acronym), best first; [] if unknown. */
  translations(englishLemmaOrPhrase: string): readonly string[];
  /**
   * Whether the curated supplement has this exact key: a curated surface form ("born", "found")
   * stands alone, without its lemma's dictionary senses ("bear" → الدّبّ, "find" → البحث).
   */
  isCurated?(englishLemmaOrPhrase: string): boolean;
  /**
   * Whether some phrase in the lexicon begins with these words: most word pairs of a question
   * begin none, and then no form of the next word needs lemmatising or looking up.
   */
  beginsPhrase?(words: string): boolean;
}

/** Resolved from this module rather than the working directory, so the bot can start from anywhere. */
export const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('../../models/lexicon/eng-ara.tsv.gz', import.meta.url));

const EMPTY: readonly string[] = Object.freeze([]);

/** What a lexicon file's errors call it and how to rebuild it. */
export interface LexiconFile {
  readonly name: string;
  readonly builder: string;
}

const ENGLISH_ARABIC: LexiconFile = { name: 'English→Arabic lexicon', builder: 'scripts/build-lexicon.ts' };

type RawEntries = ReadonlyMap<string, string | readonly string[]>;

/**
 * Curated entries replace the dictionary's for the same key. Dictionary values may still be
 * tab-joined strings (see parseLexicon); each is split once, on first lookup.
 */
export function createLexicon(
  entries: RawEntries | Readonly<Record<string, readonly string[]>>,
  supplement: Readonly<Record<string, readonly string[]>> = SUPPLEMENT,
): Lexicon {
  const raw: RawEntries = entries instanceof Map ? entries : new Map(Object.entries(entries));
  // Each key's entry is split and merged once: questions look the same words up again and again.
  const lookup = memo((key: string): readonly string[] => {
    const stored = raw.get(key);
    const fromDictionary = stored === undefined ? [] : typeof stored === 'string' ? stored.split('\t') : stored;
    const curated = Object.hasOwn(supplement, key) ? supplement[key]! : [];
    // A curated entry replaces the dictionary's: it lists the senses worth keeping, and FreeDict's
    // single sense is typically the one to avoid (imperatives like ابدأ, قل).
    const chosen = curated.length > 0 ? curated : fromDictionary;
    return chosen.length === 0 ? EMPTY : Object.freeze([...new Set(chosen)]);
  }, 20_000);
  let phraseStarts: Set<string> | null = null;
  const beginsPhrase = (words: string): boolean => {
    if (!phraseStarts) {
      phraseStarts = new Set();
      for (const key of [...raw.keys(), ...Object.keys(supplement)]) {
        const parts = key.split(' ');
        for (let n = 1; n < parts.length; n++) phraseStarts.add(parts.slice(0, n).join(' '));
      }
    }
    return phraseStarts.has(words);
  };
  return {
    translations: (key) => lookup(key.replace(/\s+/g, ' ').trim()),
    isCurated: (key) => Object.hasOwn(supplement, key),
    beginsPhrase,
  };
}

export function loadLexicon(path: string = DEFAULT_LEXICON_PATH): Lexicon {
  return createLexicon(readLexiconEntries(path));
}

/** The lexicon file's entries (see parseLexicon), for the loaders and the scripts that derive data from it. */
export function readLexiconEntries(path: string = DEFAULT_LEXICON_PATH, { name, builder } = ENGLISH_ARABIC): Map<string, string> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new Error(
      `${name} not found at ${path} (${(err as Error).message}); ` +
        'it is committed under models/lexicon/, see models/lexicon/SOURCE.md to regenerate it',
    );
  }
  try {
    // gzip magic bytes rather than the extension decide, so an uncompressed copy loads too.
    const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    return parseLexicon(text);
  } catch (err) {
    throw new Error(`${name} at ${path} is corrupt (${(err as Error).message}); rebuild it with ${builder}`);
  }
}
