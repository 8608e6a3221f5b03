/**
 * The process' one embedding model: found locally, or downloaded when allowed and the host
 * answers, all within MODEL_LOAD_TIMEOUT_MS. Concurrent callers share the same load.
 */
import path from 'node:path';

import type { Logger } from 'pino';

import { briefReason, ModelUnavailableError } from './errors.js';
import { openModel, type EmbeddingModel } from './model.js';
import { missingModelFiles, modelDir } from './model-files.js';
import { probeRemote, REMOTE_PROBE_TIMEOUT_MS } from './remote.js';
import { remoteFileUrl } from './runtime.js';
import type { EmbeddingSettings } from './settings.js';

const shared = new Map<string, Promise<EmbeddingModel>>();

export function loadSharedModel(settings: EmbeddingSettings, log: Logger): Promise<EmbeddingModel> {
  const key = [settings.modelsDir, settings.modelId, settings.pooling].join('\0');
  const existing = shared.get(key);
  if (existing) return existing;
  const loading = locateAndOpen(settings, log);
  shared.set(key, loading);
  // A failed load is not remembered: a later start (say, after `npm run models`) may succeed.
  loading.catch(() => shared.delete(key));
  return loading;
}

async function locateAndOpen(settings: EmbeddingSettings, log: Logger): Promise<EmbeddingModel> {
  const signal = AbortSignal.timeout(settings.loadTimeoutMs);
  const started = performance.now();
  const missing = await missingModelFiles(settings);
  const where = displayPath(modelDir(settings));
  if (missing.length > 0) {
    if (!settings.allowDownload) {
      throw new ModelUnavailableError(settings.modelId, `it is not in ${where} and ALLOW_MODEL_DOWNLOAD=false`);
    }
    try {
      await probeRemote(await remoteFileUrl(settings, 'config.json'), Math.min(REMOTE_PROBE_TIMEOUT_MS, settings.loadTimeoutMs));
    } catch (error) {
      throw new ModelUnavailableError(settings.modelId, `it is not in ${where} and ${briefReason(error)}`, { cause: error });
    }
    log.info({ model: settings.modelId, dir: where, missing }, 'downloading the embedding model');
  }
  const model = await openModel(settings, { allowRemote: missing.length > 0, log, signal });
  log.info(
    { model: settings.modelId, dims: model.dims, threads: settings.threads, ms: Math.round(performance.now() - started) },
    'embedding model loaded',
  );
  return model;
}

export function displayPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') ? relative : dir;
}
