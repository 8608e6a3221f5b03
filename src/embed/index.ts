/**
 * Local multilingual embeddings (transformers.js): dense similarity of a question to the
 * article's paragraphs and sentences, or null when the engine should answer lexically.
 */
import type { Logger } from 'pino';

import type { EngineConfig } from '../config.js';
import type { Article } from '../core/types.js';
import { loadArticleVectors } from './article-vectors.js';
import { ModelDenseIndex, type DenseIndex } from './dense-index.js';
import { briefReason, ModelUnavailableError } from './errors.js';
import { loadSharedModel } from './shared-model.js';
import { embeddingSettings } from './settings.js';

export type { DenseIndex } from './dense-index.js';
export { ModelUnavailableError } from './errors.js';
export { embeddingSettings, type EmbeddingSettings } from './settings.js';

/**
 * Loads the model (respecting EMBEDDER, ALLOW_MODEL_DOWNLOAD and MODEL_LOAD_TIMEOUT_MS) and
 * builds or loads the cached vectors for this article.
 * - EMBEDDER=lexical: null, nothing loaded.
 * - EMBEDDER=auto and the model unavailable: null, after one warning naming `npm run models`.
 * - EMBEDDER=model and the model unavailable: throws a ModelUnavailableError with a clear message.
 */
export async function createDenseIndex(article: Article, config: EngineConfig, log: Logger): Promise<DenseIndex | null> {
  if (config.EMBEDDER === 'lexical') return null;
  const settings = embeddingSettings(config);
  try {
    const model = await loadSharedModel(settings, log);
    const { vectors } = await loadArticleVectors(article, model, settings, log);
    return new ModelDenseIndex(model, vectors, settings.queryPrefix);
  } catch (error) {
    const unavailable =
      error instanceof ModelUnavailableError
        ? error
        : new ModelUnavailableError(settings.modelId, `embedding the article failed (${briefReason(error)})`, { cause: error });
    if (config.EMBEDDER === 'model') {
      throw new ModelUnavailableError(
        settings.modelId,
        `${unavailable.reason}; run \`npm run models\` to install it (EMBEDDER=model requires it)`,
        { cause: error },
      );
    }
    log.warn(
      { model: settings.modelId, reason: unavailable.reason },
      `${capitalised(unavailable.message)}, so answers use lexical retrieval only; run \`npm run models\` to install it.`,
    );
    return null;
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
