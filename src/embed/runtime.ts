/**
 * The one place that touches transformers.js' and onnxruntime's process-wide settings.
 * They are global by design in transformers.js 2.17, which is fine because a process holds
 * one model; every load goes through `configureRuntime` so the settings are never stale.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

import type { Logger } from 'pino';

import { modelDir, ONNX_FILE } from './model-files.js';
import type { EmbeddingSettings } from './settings.js';

type Transformers = typeof import('@xenova/transformers');
type OnnxRuntime = typeof import('onnxruntime-node');
type SessionOptions = import('onnxruntime-node').InferenceSession.SessionOptions;

interface Runtime {
  readonly transformers: Transformers;
  /** transformers.js' hub settings before anything here changed them. */
  readonly defaultRemoteHost: string;
}

let runtime: Promise<Runtime> | undefined;

/** Imported on first use: a lexical-only start should not pay for loading onnxruntime and sharp. */
function loadRuntime(): Promise<Runtime> {
  runtime ??= (async () => {
    const [transformers, onnx] = await Promise.all([import('@xenova/transformers'), import('onnxruntime-node')]);
    // The same lookup transformers.js does: depending on the loader, a CommonJS module's exports
    // arrive as the namespace's default or as the namespace itself.
    patchSessionThreads((onnx as { default?: OnnxRuntime }).default ?? onnx);
    return { transformers, defaultRemoteHost: transformers.env.remoteHost };
  })();
  return runtime;
}

export async function configureRuntime(settings: EmbeddingSettings, options: { allowRemote: boolean }): Promise<Transformers> {
  const { transformers, defaultRemoteHost } = await loadRuntime();
  const { env } = transformers;
  // Downloads are cached exactly where local look-ups search, so a model fetched once is found
  // offline next time, and nothing is ever written into node_modules.
  env.localModelPath = settings.modelsDir;
  env.cacheDir = settings.modelsDir;
  env.allowLocalModels = true;
  env.useFSCache = true;
  env.allowRemoteModels = options.allowRemote;
  env.remoteHost = withTrailingSlash(settings.remoteHost ?? defaultRemoteHost);
  if (env.backends.onnx.wasm) env.backends.onnx.wasm.numThreads = settings.threads;
  sessionThreads = settings.threads;
  sessionModelFile = path.join(modelDir(settings), ONNX_FILE);
  return transformers;
}

/** Where transformers.js would download `file` of the configured model from. */
export async function remoteFileUrl(settings: EmbeddingSettings, file: string): Promise<string> {
  const { transformers, defaultRemoteHost } = await loadRuntime();
  const repoPath = transformers.env.remotePathTemplate
    .replaceAll('{model}', settings.modelId)
    .replaceAll('{revision}', 'main');
  return new URL(`${withTrailingSlash(repoPath)}${file}`, withTrailingSlash(settings.remoteHost ?? defaultRemoteHost)).href;
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

let sessionThreads = 1;
/** The ONNX file the current load reads; see `patchSessionThreads`. */
let sessionModelFile: string | undefined;

/**
 * transformers.js 2.17 creates its ONNX sessions without session options, so onnxruntime-node
 * would start one thread per core. Wrapping the shared `InferenceSession.create` is the only
 * hook. It hands over the file path rather than the bytes transformers.js read: onnxruntime-node
 * 1.14 ignores the options of a session created from a buffer (its native binding parses the
 * byteOffset argument as the options). Only 'cpu' is asked for, because the native binding
 * rejects the 'wasm' that transformers.js lists as a fallback; a wasm-only retry is left as is.
 */
function patchSessionThreads(onnx: OnnxRuntime): void {
  const { InferenceSession } = onnx;
  const create = InferenceSession.create.bind(InferenceSession) as (...args: unknown[]) => Promise<unknown>;
  InferenceSession.create = ((...args: unknown[]) => {
    const [model, given] = args;
    const options = (given ?? {}) as SessionOptions;
    const providers = (options.executionProviders ?? ['cpu']).map((p) => (typeof p === 'string' ? p : p.name));
    const forNode = args.length <= 2 && (typeof model === 'string' || model instanceof Uint8Array) && providers.includes('cpu');
    if (!forNode) return create(...args);
    return create(sameFileAs(model) ?? model, {
      ...options,
      executionProviders: ['cpu'],
      intraOpNumThreads: sessionThreads,
      interOpNumThreads: 1,
    });
  }) as typeof InferenceSession.create;
}

/** The path of the file these bytes were read from, when that is the current model file. */
function sameFileAs(model: string | Uint8Array): string | undefined {
  if (typeof model === 'string' || !sessionModelFile) return undefined;
  try {
    return statSync(sessionModelFile).size === model.byteLength ? sessionModelFile : undefined;
  } catch {
    return undefined;
  }
}

/**
 * transformers.js reports recoverable trouble (a failed cpu session and its wasm retry, a
 * cache write error) with console.warn and multi-line dumps. While a model loads those go to
 * the debug log, so a failed load surfaces as the single warning its caller logs.
 */
export function captureConsole(log: Logger): () => void {
  if (captures === 0) consoleBeforeCapture = { warn: console.warn, error: console.error };
  captures += 1;
  const toDebug = (...args: unknown[]): void =>
    log.debug({ from: 'transformers.js' }, args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
  console.warn = toDebug;
  console.error = toDebug;
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    captures -= 1;
    if (captures === 0 && consoleBeforeCapture) Object.assign(console, consoleBeforeCapture);
  };
}

let captures = 0;
let consoleBeforeCapture: Pick<Console, 'warn' | 'error'> | undefined;
