/**
 * The article's paragraph and sentence vectors: read from the on-disk cache when it matches,
 * otherwise embedded in batches at start and written back. Never computed at question time.
 */
import { createHash } from 'node:crypto';

import type { Logger } from 'pino';

import type { Article } from '../core/types.js';
import type { EmbeddingModel } from './model.js';
import { modelFingerprint } from './model-files.js';
import type { EmbeddingSettings } from './settings.js';
import { readVectorCache, vectorCachePath, writeVectorCache, type ArticleVectors, type CacheIdentity } from './vector-cache.js';

/** Big enough to amortise per-call overhead, small enough that one long paragraph pads few others. */
export const PASSAGE_BATCH_SIZE = 16;

/** Paragraphs plus sentence spans determine every text that gets embedded. */
export function articleSha256(article: Article): string {
  const spans = article.sentences.map((s) => [s.paragraph, s.start, s.end]);
  return createHash('sha256').update(JSON.stringify({ paragraphs: article.paragraphs, spans })).digest('hex');
}

/**
 * Embeds in batches of similar length (less padding per batch) and returns rows in the
 * original order, row-major [texts × dims].
 */
export async function embedInBatches(
  model: EmbeddingModel,
  texts: readonly string[],
  batchSize = PASSAGE_BATCH_SIZE,
): Promise<Float32Array> {
  const order = texts.map((_, i) => i).sort((a, b) => (texts[a]?.length ?? 0) - (texts[b]?.length ?? 0));
  const out = new Float32Array(texts.length * model.dims);
  for (let start = 0; start < order.length; start += batchSize) {
    const rows = order.slice(start, start + batchSize);
    const vectors = await model.embed(rows.map((i) => texts[i] ?? ''));
    rows.forEach((row, j) => out.set(vectors.subarray(j * model.dims, (j + 1) * model.dims), row * model.dims));
  }
  return out;
}

export interface LoadedVectors {
  readonly vectors: ArticleVectors;
  readonly source: 'cache' | 'built';
  readonly ms: number;
}

export async function loadArticleVectors(
  article: Article,
  model: EmbeddingModel,
  settings: EmbeddingSettings,
  log: Logger,
): Promise<LoadedVectors> {
  const started = performance.now();
  const identity: CacheIdentity = {
    modelId: settings.modelId,
    modelFingerprint: await modelFingerprint(settings),
    articleSha256: articleSha256(article),
    passagePrefix: settings.passagePrefix,
    pooling: settings.pooling,
    dims: model.dims,
    paragraphs: article.paragraphs.length,
    sentences: article.sentences.length,
  };
  const file = vectorCachePath(settings.modelsDir, identity);
  const elapsed = (): number => Math.round(performance.now() - started);

  const cached = await readVectorCache(file, identity);
  if (cached.kind === 'hit') {
    log.info({ file, ms: elapsed() }, 'article vectors loaded from cache');
    return { vectors: cached.vectors, source: 'cache', ms: elapsed() };
  }
  if (cached.kind === 'unusable') log.warn({ file, reason: cached.reason }, `vector cache ${cached.reason}; rebuilding it`);

  const texts = [...article.paragraphs, ...article.sentences.map((s) => s.text)].map((t) => settings.passagePrefix + t);
  const all = await embedInBatches(model, texts);
  const split = article.paragraphs.length * model.dims;
  const vectors: ArticleVectors = { dims: model.dims, paragraphs: all.subarray(0, split), sentences: all.subarray(split) };
  try {
    await writeVectorCache(file, identity, vectors);
  } catch (error) {
    // A read-only models dir costs a rebuild at each start, not the service.
    log.warn({ file, err: error }, 'could not write the vector cache; vectors will be rebuilt at next start');
  }
  log.info(
    { paragraphs: article.paragraphs.length, sentences: article.sentences.length, ms: elapsed() },
    'article vectors built',
  );
  return { vectors, source: 'built', ms: elapsed() };
}
