import { stat } from 'node:fs/promises';
import path from 'node:path';

import type { EmbeddingSettings } from './settings.js';

export const ONNX_FILE = 'onnx/model_quantized.onnx';
/** What transformers.js 2.17 reads for a quantized feature-extraction pipeline. */
export const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', ONNX_FILE] as const;

/** transformers.js looks up `<localModelPath>/<model id>/<file>`, org/name ids included. */
export function modelDir(settings: Pick<EmbeddingSettings, 'modelsDir' | 'modelId'>): string {
  return path.join(settings.modelsDir, ...settings.modelId.split('/'));
}

export async function missingModelFiles(settings: Pick<EmbeddingSettings, 'modelsDir' | 'modelId'>): Promise<string[]> {
  const dir = modelDir(settings);
  const present = await Promise.all(
    MODEL_FILES.map((file) =>
      stat(path.join(dir, file)).then(
        (s) => s.isFile() && s.size > 0,
        () => false,
      ),
    ),
  );
  return MODEL_FILES.filter((_, i) => !present[i]);
}

/**
 * Sizes and modification times of the model files: replacing the model under the same id
 * (a re-download, a new revision) must invalidate vectors cached for it, and hashing a
 * 100 MB file at every start would cost more than the cache saves.
 */
export async function modelFingerprint(settings: Pick<EmbeddingSettings, 'modelsDir' | 'modelId'>): Promise<string> {
  const dir = modelDir(settings);
  const stats = await Promise.all(MODEL_FILES.map((file) => stat(path.join(dir, file))));
  return stats.map((s) => `${s.size}@${Math.trunc(s.mtimeMs)}`).join(',');
}
