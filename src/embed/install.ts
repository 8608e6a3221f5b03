/**
 * `npm run models`: put the configured model into MODELS_DIR and prove it loads from there.
 * Idempotent: a complete, loadable model is left alone; an incomplete or broken one is
 * replaced as a whole, so files of different revisions never mix.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';

import type { Logger } from 'pino';

import { briefReason, ModelUnavailableError } from './errors.js';
import { openModel, type LoadProgress } from './model.js';
import { MODEL_FILES, missingModelFiles, modelDir } from './model-files.js';
import { probeRemote } from './remote.js';
import { remoteFileUrl } from './runtime.js';
import type { EmbeddingSettings } from './settings.js';

export interface InstallResult {
  readonly status: 'present' | 'downloaded';
  readonly dir: string;
  readonly dims: number;
}

export interface InstallOptions {
  readonly log: Logger;
  readonly onProgress?: (event: LoadProgress) => void;
}

export class InstallError extends Error {
  override name = 'InstallError';
}

export async function installModel(settings: EmbeddingSettings, options: InstallOptions): Promise<InstallResult> {
  const dir = modelDir(settings);
  if ((await missingModelFiles(settings)).length === 0) {
    try {
      return { status: 'present', dir, dims: await verifyOnDisk(settings, options.log) };
    } catch (error) {
      options.log.warn({ model: settings.modelId, dir, reason: briefReason(error) }, 'the installed model does not load; downloading it again');
    }
  }
  await removeModelFiles(settings);

  try {
    await probeRemote(await remoteFileUrl(settings, 'config.json'));
  } catch (error) {
    throw new InstallError(
      `Could not download ${settings.modelId}: ${briefReason(error)}; check the network, or set MODEL_REMOTE_HOST to a reachable mirror.`,
      { cause: error },
    );
  }

  try {
    const downloaded = await openModel(settings, { allowRemote: true, log: options.log, onProgress: options.onProgress });
    await downloaded.dispose();
  } catch (error) {
    const reason = error instanceof ModelUnavailableError ? error.reason : briefReason(error);
    throw new InstallError(`Could not download ${settings.modelId}: ${reason}.`, { cause: error });
  }

  try {
    // transformers.js only warns when it cannot write a downloaded file, so load what is on disk.
    return { status: 'downloaded', dir, dims: await verifyOnDisk(settings, options.log) };
  } catch (error) {
    throw new InstallError(`Downloaded ${settings.modelId} into ${dir}, but it does not load from there: ${briefReason(error)}.`, {
      cause: error,
    });
  }
}

/** Loads from MODELS_DIR with the network disabled and embeds a probe text; returns the dimensions. */
async function verifyOnDisk(settings: EmbeddingSettings, log: Logger): Promise<number> {
  const missing = await missingModelFiles(settings);
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}`);
  const model = await openModel(settings, { allowRemote: false, log });
  await model.dispose();
  return model.dims;
}

async function removeModelFiles(settings: EmbeddingSettings): Promise<void> {
  const dir = modelDir(settings);
  await Promise.all(MODEL_FILES.map((file) => rm(path.join(dir, file), { force: true })));
}

