/**
 * The embedding layer on the real transformers.js pipeline and onnxruntime, offline, with the
 * committed tiny model (scripts/make-tiny-model.ts): tokenise → infer → pool → normalise →
 * cache → dense scores, plus every way the model can be unavailable.
 */
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';

import { env, pipeline } from '@xenova/transformers';
import pino, { type Logger } from 'pino';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveModel } from './support/hub-stand-in.js';

import { makeTinyModel, TINY_MODEL_DEFAULTS } from '../scripts/make-tiny-model.js';
import { readEngineConfig } from '../src/config.js';
import type { Article, Sentence } from '../src/core/types.js';
import { createDenseIndex, embeddingSettings, ModelUnavailableError, type DenseIndex } from '../src/embed/index.js';
import { openModel } from '../src/embed/model.js';
import { MODEL_FILES } from '../src/embed/model-files.js';

const FIXTURE = path.resolve('test/fixtures/tiny-model');
const MODEL_ID = 'local/tiny-bert';

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'embed-test-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A models dir holding the tiny model under an org/name id, as real ids are. */
async function modelsDirWithTinyModel(): Promise<string> {
  const dir = await tempDir();
  await cp(FIXTURE, path.join(dir, ...MODEL_ID.split('/')), { recursive: true });
  return dir;
}

function config(modelsDir: string, overrides: Record<string, string> = {}) {
  return readEngineConfig({
    EMBEDDER: 'auto',
    EMBEDDING_MODEL: MODEL_ID,
    MODELS_DIR: modelsDir,
    EMBED_QUERY_PREFIX: 'query: ',
    EMBED_PASSAGE_PREFIX: 'passage: ',
    ...overrides,
  });
}

interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

function memoryLogger(): { log: Logger; lines: LogLine[]; warnings: () => LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { log: pino({ level: 'debug' }, stream), lines, warnings: () => lines.filter((l) => l.level === 40) };
}

/** The article of data/article.txt: headline, then one paragraph per line, sentences split at . ! ? ؟ */
async function loadTestArticle(): Promise<Article> {
  const [title = '', ...paragraphs] = (await readFile('data/article.txt', 'utf8')).split('\n').map((l) => l.trim()).filter(Boolean);
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const match of paragraph.matchAll(/[^.!?؟]+[.!?؟»]*/g)) {
      const text = match[0].trim();
      if (!text) continue;
      const start = match.index + match[0].indexOf(text);
      sentences.push({ id: sentences.length, paragraph: p, start, end: start + text.length, text });
    }
  });
  return { title, source: 'test', paragraphs, sentences };
}

function argmax(scores: Float32Array): number {
  return scores.reduce((best, score, i, all) => (score > (all[best] ?? -Infinity) ? i : best), 0);
}

const norm = (v: ArrayLike<number>): number => Math.hypot(...Array.from(v));
const dot = (a: ArrayLike<number>, b: ArrayLike<number>): number => Array.from(a).reduce((s, x, i) => s + x * (b[i] ?? 0), 0);

let article: Article;
beforeEach(async () => {
  article ??= await loadTestArticle();
});

describe('the tiny model through transformers.js', () => {
  it('regenerates byte for byte from its script, so the committed fixture is reproducible', async () => {
    const dir = await tempDir();
    const corpus = await Promise.all(TINY_MODEL_DEFAULTS.corpusFiles.map((f) => readFile(f, 'utf8')));
    await makeTinyModel({ outDir: dir, corpus });
    for (const file of MODEL_FILES) {
      const stale = `${file} differs from the fixture: regenerate it with \`npx tsx scripts/make-tiny-model.ts\``;
      expect(await readFile(path.join(dir, file)), stale).toEqual(await readFile(path.join(FIXTURE, file)));
    }
  });

  it('mean-pools over real tokens only and L2-normalises', async () => {
    const modelsDir = await modelsDirWithTinyModel();
    const settings = embeddingSettings(config(modelsDir));
    const { log } = memoryLogger();
    const model = await openModel(settings, { allowRemote: false, log });
    expect(model.dims).toBe(TINY_MODEL_DEFAULTS.hidden);

    const short = 'وزير الدفاع الروسي';
    const long = 'أكد قائد الثورة الإسلامية في إيران أن حدود المقاومة الفكرية اتسعت غرباً وشرقاً';
    const [alone, batched] = [await model.embed([short]), await model.embed([short, long])];

    // Reference: the raw hidden states of the same graph, averaged by hand.
    env.localModelPath = modelsDir;
    env.allowRemoteModels = false;
    const raw = await pipeline('feature-extraction', MODEL_ID, { quantized: true });
    const hidden = await raw(short, { pooling: 'none' });
    const [, tokens = 0, dims = 0] = hidden.dims;
    const mean = Array.from({ length: dims }, (_, k) => {
      let sum = 0;
      for (let t = 0; t < tokens; t++) sum += Number(hidden.data[t * dims + k]);
      return sum / tokens;
    });
    expect(norm(mean)).not.toBeCloseTo(1, 2);
    const expected = mean.map((x) => x / norm(mean));

    expect(norm(alone)).toBeCloseTo(1, 5);
    Array.from(alone).forEach((x, k) => expect(x).toBeCloseTo(expected[k] ?? NaN, 5));
    // [PAD] has a large vector in the tiny model: had the mask been ignored, batching would move this row.
    Array.from(batched.subarray(0, dims)).forEach((x, k) => expect(x).toBeCloseTo(alone[k] ?? NaN, 5));
    await raw.dispose();
    await model.dispose();
  });
});

describe('onnxruntime threads', () => {
  it.runIf(existsSync('/proc/self/task'))('EMBED_THREADS sizes the intra-op thread pool', async () => {
    const dir = await modelsDirWithTinyModel();
    const threadCount = (): number => readdirSync('/proc/self/task').length;
    const threadsAddedBy = async (threads: string): Promise<number> => {
      const before = threadCount();
      await openModel(embeddingSettings(config(dir, { EMBED_THREADS: threads })), { allowRemote: false, log: memoryLogger().log });
      return threadCount() - before;
    };
    // The calling thread is one of the pool's threads, so N threads start N - 1 workers.
    expect(await threadsAddedBy('1')).toBe(0);
    expect(await threadsAddedBy('3')).toBe(2);
  });
});

describe('createDenseIndex with the tiny model', () => {
  let modelsDir: string;
  let index: DenseIndex;

  it('builds the index, and dense scores find the paragraph and sentence a question is about', async () => {
    modelsDir = await modelsDirWithTinyModel();
    const { log, lines } = memoryLogger();
    const built = await createDenseIndex(article, config(modelsDir), log);
    expect(built).not.toBeNull();
    index = built as DenseIndex;
    expect(index.modelId).toBe(MODEL_ID);
    expect(lines.some((l) => l.msg === 'article vectors built')).toBe(true);

    const cases: Array<[question: string, phrase: string]> = [
      ['من التقى الوزير الروسي لبحث توسيع التعاون والتعامل مع التهديدات؟', 'أحمديان'],
      ['ماذا قال شويغو عن ضغط العقوبات على روسيا وإيران؟', 'ضغط العقوبات'],
      ['هل لدى إيران قواعد عسكرية في المنطقة؟', 'قواعد عسكرية'],
      ['ما هي التطورات في منطقة القوقاز؟', 'القوقاز'],
    ];
    for (const [question, phrase] of cases) {
      const scores = await index.score(question);
      expect(scores.sentences).toHaveLength(article.sentences.length);
      expect(scores.paragraphs).toHaveLength(article.paragraphs.length);
      const best = article.sentences[argmax(scores.sentences)];
      expect(best?.text, question).toContain(phrase);
      expect(argmax(scores.paragraphs), question).toBe(best?.paragraph);
      expect(scores.embedMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('scores are cosines between the prefixed question and the prefixed passages', async () => {
    const settings = embeddingSettings(config(modelsDir));
    const model = await openModel(settings, { allowRemote: false, log: memoryLogger().log });
    const question = 'وزير الدفاع الروسي في طهران';
    const sentence = article.sentences[3];
    const [q, s] = [await model.embed([`query: ${question}`]), await model.embed([`passage: ${sentence?.text}`])];
    const { sentences } = await index.score(question);
    expect(sentences[3]).toBeCloseTo(dot(q, s), 5);
    await model.dispose();
  });

  it('loads the vectors from the cache on the next start, keyed by model and article', async () => {
    const { log, lines } = memoryLogger();
    const again = await createDenseIndex(article, config(modelsDir), log);
    const cached = lines.find((l) => l.msg === 'article vectors loaded from cache');
    expect(cached).toBeDefined();
    expect(cached?.ms).toBeLessThan(100);
    const files = await readdir(path.join(modelsDir, '.cache'));
    expect(files).toEqual([expect.stringMatching(/^local_tiny-bert-[0-9a-f]{16}-v1\.bin$/)]);

    const question = 'التعاون بين موسكو وطهران';
    expect((await again?.score(question))?.sentences).toEqual((await index.score(question)).sentences);
  });

  it.each([
    ['a flipped payload byte', (b: Buffer) => { b[b.length - 7] = (b[b.length - 7] ?? 0) ^ 0xff; return b; }, 'checksum mismatch'],
    ['a truncated file', (b: Buffer) => b.subarray(0, b.length - 100), 'truncated'],
    ['garbage', () => Buffer.from('not a cache'), 'not a vector cache file'],
    ['a broken header', (b: Buffer) => { b.write('}}}}', 8); return b; }, 'corrupt'],
  ])('rebuilds a cache with %s, with one warning and no crash', async (_name, damage, reason) => {
    const [file = ''] = await readdir(path.join(modelsDir, '.cache'));
    const cachePath = path.join(modelsDir, '.cache', file);
    const intact = await readFile(cachePath);
    await writeFile(cachePath, damage(Buffer.from(intact)));

    const { log, lines, warnings } = memoryLogger();
    const rebuilt = await createDenseIndex(article, config(modelsDir), log);
    expect(rebuilt).not.toBeNull();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]?.msg).toContain(reason);
    expect(lines.some((l) => l.msg === 'article vectors built')).toBe(true);
    expect(await readFile(cachePath)).toEqual(intact);
  });

  it('treats a cache made with other settings as stale', async () => {
    const { log, warnings } = memoryLogger();
    await createDenseIndex(article, config(modelsDir, { EMBED_PASSAGE_PREFIX: 'document: ' }), log);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]?.msg).toMatch(/stale \(passagePrefix changed\)/);
  });

  it('loads one model for concurrent starts and answers concurrent questions consistently', async () => {
    const dir = await modelsDirWithTinyModel();
    const { log, lines } = memoryLogger();
    const [a, b] = await Promise.all([createDenseIndex(article, config(dir), log), createDenseIndex(article, config(dir), log)]);
    expect(lines.filter((l) => l.msg === 'embedding model loaded')).toHaveLength(1);

    const questions = article.sentences.slice(0, 20).map((s) => s.text.split(' ').slice(0, 5).join(' '));
    const together = await Promise.all(questions.map((q, i) => (i % 2 ? a : b)?.score(q)));
    for (const [i, q] of questions.entries()) {
      // The trailing space tokenises away but misses the per-question memo, so this really runs alone.
      const alone = await a?.score(`${q} `);
      together[i]?.sentences.forEach((x, k) => expect(x).toBeCloseTo(alone?.sentences[k] ?? NaN, 5));
    }
  });
});

describe('when the model is unavailable', () => {
  it('EMBEDDER=lexical loads nothing', async () => {
    const dir = await tempDir();
    const { log, lines } = memoryLogger();
    expect(await createDenseIndex(article, config(dir, { EMBEDDER: 'lexical' }), log)).toBeNull();
    expect(lines).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('falls back with one warning naming `npm run models` when absent and downloads are off', async () => {
    const { log, warnings } = memoryLogger();
    const dir = await tempDir();
    expect(await createDenseIndex(article, config(dir, { ALLOW_MODEL_DOWNLOAD: 'false' }), log)).toBeNull();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]?.msg).toMatch(/not in .* and ALLOW_MODEL_DOWNLOAD=false.*lexical.*`npm run models`/);
  });

  it('falls back within a second when the download host refuses connections', async () => {
    const { log, warnings } = memoryLogger();
    const started = performance.now();
    const dense = await createDenseIndex(article, config(await tempDir(), { MODEL_REMOTE_HOST: await closedPortUrl() }), log);
    expect(dense).toBeNull();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]?.msg).toMatch(/unreachable \(ECONNREFUSED\).*`npm run models`/);
  });

  it('gives up after MODEL_LOAD_TIMEOUT_MS when the download host never answers', async () => {
    const host = await silentServerUrl();
    const { log, warnings } = memoryLogger();
    const started = performance.now();
    const overrides = { MODEL_REMOTE_HOST: host, MODEL_LOAD_TIMEOUT_MS: '800' };
    expect(await createDenseIndex(article, config(await tempDir(), overrides), log)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(warnings()[0]?.msg).toMatch(/did not answer within/);
  });

  it('falls back quietly on a corrupt ONNX file: one warning, nothing on the console', async () => {
    const dir = await modelsDirWithTinyModel();
    await writeFile(path.join(dir, ...MODEL_ID.split('/'), 'onnx', 'model_quantized.onnx'), 'not a protobuf');
    const consoleWarn = vi.spyOn(console, 'warn');
    const consoleError = vi.spyOn(console, 'error');
    const { log, warnings } = memoryLogger();
    try {
      expect(await createDenseIndex(article, config(dir), log)).toBeNull();
      expect(warnings()).toHaveLength(1);
      expect(warnings()[0]?.msg).toMatch(/ONNX file is corrupt/);
      expect(consoleWarn).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleWarn.mockRestore();
      consoleError.mockRestore();
    }
  });

  it('EMBEDDER=model without a model is a clear error', async () => {
    const { log } = memoryLogger();
    const attempt = createDenseIndex(article, config(await tempDir(), { EMBEDDER: 'model', ALLOW_MODEL_DOWNLOAD: 'false' }), log);
    await expect(attempt).rejects.toBeInstanceOf(ModelUnavailableError);
    await expect(attempt).rejects.toThrow(/embedding model local\/tiny-bert is unavailable: .*`npm run models`/);
  });

  it('downloads a missing model on first start when allowed, into MODELS_DIR', async () => {
    const dir = await tempDir();
    const { log, lines } = memoryLogger();
    const dense = await createDenseIndex(article, config(dir, { MODEL_REMOTE_HOST: await mirrorUrl() }), log);
    expect(dense).not.toBeNull();
    expect(lines.some((l) => l.msg === 'downloading the embedding model')).toBe(true);
    for (const file of MODEL_FILES) {
      expect(await readFile(path.join(dir, ...MODEL_ID.split('/'), file))).toEqual(await readFile(path.join(FIXTURE, file)));
    }
  });
});

async function closedPortUrl(): Promise<string> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

/** Accepts connections and never answers, like a host behind a firewall that drops replies. */
async function silentServerUrl(): Promise<string> {
  const sockets: Socket[] = [];
  const server = createTcpServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
}

/** A Hugging Face Hub stand-in serving the tiny model at /<model>/resolve/main/<file>. */
async function mirrorUrl(): Promise<string> {
  const hub = await serveModel(FIXTURE, MODEL_ID);
  cleanups.push(() => hub.close());
  return hub.url;
}
