import path from 'node:path';

import type { EngineConfig } from '../config.js';

export type Pooling = 'mean' | 'cls';

/** Everything the embedding layer needs, resolved once from the engine config. */
export interface EmbeddingSettings {
  readonly modelId: string;
  /** Absolute, so transformers.js' path joining cannot end up relative to node_modules. */
  readonly modelsDir: string;
  readonly queryPrefix: string;
  readonly passagePrefix: string;
  readonly pooling: Pooling;
  readonly threads: number;
  readonly allowDownload: boolean;
  readonly loadTimeoutMs: number;
  /** Undefined means transformers.js' default, the Hugging Face Hub. */
  readonly remoteHost: string | undefined;
}

interface Conventions {
  readonly queryPrefix: string;
  readonly passagePrefix: string;
  readonly pooling: Pooling;
}

/**
 * How known model families were trained to be used. A model outside these gets no prefixes
 * and mean pooling, which is what sentence-transformers exports expect; any field can be
 * overridden through EMBED_QUERY_PREFIX, EMBED_PASSAGE_PREFIX and EMBED_POOLING.
 */
const FAMILIES: ReadonlyArray<{ readonly match: RegExp } & Conventions> = [
  { match: /(^|[/-])e5-/i, queryPrefix: 'query: ', passagePrefix: 'passage: ', pooling: 'mean' },
  {
    match: /(^|\/)bge-/i,
    queryPrefix: 'Represent this sentence for searching relevant passages: ',
    passagePrefix: '',
    pooling: 'cls',
  },
];

const PLAIN: Conventions = { queryPrefix: '', passagePrefix: '', pooling: 'mean' };

export function conventionsFor(modelId: string): Conventions {
  return FAMILIES.find((family) => family.match.test(modelId)) ?? PLAIN;
}

/**
 * dotenv trims unquoted values, so `EMBED_QUERY_PREFIX=query:` would silently glue the prefix
 * to the first word and change its tokens; prefixes are always separated by one space.
 */
function asPrefix(value: string): string {
  return value === '' || /\s$/.test(value) ? value : `${value} `;
}

export function embeddingSettings(config: EngineConfig): EmbeddingSettings {
  const defaults = conventionsFor(config.EMBEDDING_MODEL);
  return {
    modelId: config.EMBEDDING_MODEL,
    modelsDir: path.resolve(config.MODELS_DIR),
    queryPrefix: asPrefix(config.EMBED_QUERY_PREFIX ?? defaults.queryPrefix),
    passagePrefix: asPrefix(config.EMBED_PASSAGE_PREFIX ?? defaults.passagePrefix),
    pooling: config.EMBED_POOLING ?? defaults.pooling,
    threads: config.EMBED_THREADS,
    allowDownload: config.ALLOW_MODEL_DOWNLOAD,
    loadTimeoutMs: config.MODEL_LOAD_TIMEOUT_MS,
    remoteHost: config.MODEL_REMOTE_HOST,
  };
}
