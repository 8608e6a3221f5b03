/**
 * Opening a feature-extraction pipeline and wrapping it as an `EmbeddingModel`: pooled,
 * L2-normalised vectors, one inference at a time.
 */
import PQueue from 'p-queue';
import pTimeout from 'p-timeout';
import type { Logger } from 'pino';

import { briefReason, ModelUnavailableError } from './errors.js';
import { captureConsole, configureRuntime } from './runtime.js';
import type { EmbeddingSettings, Pooling } from './settings.js';

type FeatureExtractionPipeline = import('@xenova/transformers').FeatureExtractionPipeline;

export interface EmbeddingModel {
  readonly modelId: string;
  readonly dims: number;
  /** Row-major [texts.length × dims], each row pooled and of unit length. Texts go in as given: prefixes are the caller's. */
  embed(texts: readonly string[]): Promise<Float32Array>;
  dispose(): Promise<void>;
}

/** transformers.js' progress_callback payload. */
export interface LoadProgress {
  readonly status: 'initiate' | 'download' | 'progress' | 'done' | 'ready' | (string & {});
  readonly file?: string;
  readonly progress?: number;
  readonly loaded?: number;
  readonly total?: number;
}

export interface OpenOptions {
  /** False: local files only, the network is never touched. */
  readonly allowRemote: boolean;
  readonly log: Logger;
  readonly onProgress?: (event: LoadProgress) => void;
  /** Gives up waiting (the load itself cannot be cancelled; a late result is disposed). */
  readonly signal?: AbortSignal;
}

/** transformers.js' settings are process-wide, so two loads must never interleave. */
const loads = new PQueue({ concurrency: 1 });

export async function openModel(settings: EmbeddingSettings, options: OpenOptions): Promise<EmbeddingModel> {
  const opening = loads.add(() => openNow(settings, options));
  if (!options.signal) return opening;
  return pTimeout(opening, { milliseconds: Number.POSITIVE_INFINITY, signal: options.signal }).catch((error: unknown) => {
    if (options.signal?.aborted) {
      void opening.then((late) => late.dispose(), () => undefined);
      throw new ModelUnavailableError(
        settings.modelId,
        `loading took longer than MODEL_LOAD_TIMEOUT_MS (${settings.loadTimeoutMs} ms)`,
        { cause: error },
      );
    }
    throw error;
  });
}

async function openNow(settings: EmbeddingSettings, options: OpenOptions): Promise<EmbeddingModel> {
  const restoreConsole = captureConsole(options.log);
  // A stalled download may outlive the caller's patience; the console must not stay captured that long.
  options.signal?.addEventListener('abort', restoreConsole, { once: true });
  try {
    const t = await configureRuntime(settings, { allowRemote: options.allowRemote });
    const extractor = await t.pipeline('feature-extraction', settings.modelId, {
      quantized: true,
      progress_callback: options.onProgress,
    });
    return await PipelineModel.verified(settings.modelId, extractor, settings.pooling);
  } catch (error) {
    throw error instanceof ModelUnavailableError
      ? error
      : new ModelUnavailableError(settings.modelId, describeLoadError(error), { cause: error });
  } finally {
    restoreConsole();
  }
}

/** transformers.js' messages name internals; say what is wrong with the model instead. */
function describeLoadError(error: unknown): string {
  const reason = briefReason(error);
  const missing = /file was not found locally at "([^"]+)"/.exec(reason);
  if (missing) return `${missing[1]} is missing`;
  if (/Can't create a session|protobuf parsing failed/i.test(reason)) return 'its ONNX file is corrupt or not a model onnxruntime can load';
  if (error instanceof SyntaxError) return `one of its JSON files is corrupt (${reason})`;
  if (/fetch failed/i.test(reason)) return 'downloading it failed (the network went away)';
  return reason;
}

class PipelineModel implements EmbeddingModel {
  /** onnxruntime-node runs on the main thread anyway; queueing keeps batches whole and ordered. */
  readonly #inference = new PQueue({ concurrency: 1 });

  private constructor(
    readonly modelId: string,
    readonly dims: number,
    private readonly extractor: FeatureExtractionPipeline,
    private readonly pooling: Pooling,
  ) {}

  /** A model that loads but yields NaNs or a wrong shape is as unusable as a missing one. */
  static async verified(modelId: string, extractor: FeatureExtractionPipeline, pooling: Pooling): Promise<PipelineModel> {
    const probe = await extractor(['ok'], { pooling, normalize: true });
    const dims = probe.dims.at(-1) ?? 0;
    const data = probe.data;
    const norm = Math.hypot(...Array.from(data, Number));
    if (probe.dims.length !== 2 || dims === 0 || !(data instanceof Float32Array) || !(Math.abs(norm - 1) < 1e-3)) {
      await extractor.dispose();
      throw new ModelUnavailableError(modelId, `it does not produce ${pooling}-pooled unit vectors (got shape [${probe.dims.join(', ')}])`);
    }
    return new PipelineModel(modelId, dims, extractor, pooling);
  }

  async embed(texts: readonly string[]): Promise<Float32Array> {
    if (texts.length === 0) return new Float32Array(0);
    return this.#inference.add(async () => {
      const output = await this.extractor([...texts], { pooling: this.pooling, normalize: true });
      if (!(output.data instanceof Float32Array) || output.data.length !== texts.length * this.dims) {
        throw new Error(`embedding model ${this.modelId} returned shape [${output.dims.join(', ')}]`);
      }
      return output.data;
    });
  }

  async dispose(): Promise<void> {
    await this.#inference.onIdle();
    await this.extractor.dispose();
  }
}
