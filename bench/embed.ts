/**
 * npx tsx bench/embed.ts [--questions N]
 *
 * Embedding costs, for the tiny test model and, when it is in MODELS_DIR, the configured
 * real model: cold start (no vector cache) and warm start (cache present) measured from
 * process start in fresh child processes, model load, article vectors, index build time per
 * 1,000 sentences, per-question embed latency, and RSS.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import 'dotenv/config';
import pino from 'pino';

import { loadArticle } from '../src/article/load.js';
import { readEngineConfig } from '../src/config.js';
import { embedInBatches } from '../src/embed/article-vectors.js';
import { createDenseIndex, embeddingSettings } from '../src/embed/index.js';
import { missingModelFiles, modelDir } from '../src/embed/model-files.js';
import { loadSharedModel } from '../src/embed/shared-model.js';

interface StartReport {
  readonly mode: 'cold' | 'warm';
  readonly dims: number;
  /** From process start (runtime and module loading included) until the dense index is ready. */
  readonly readyMs: number;
  readonly modelLoadMs: number;
  readonly vectorsMs: number;
  readonly vectorsFrom: 'cache' | 'built';
  readonly sentences: number;
  readonly per1000SentencesMs?: number;
  readonly questionMs: { readonly p50: number; readonly p95: number; readonly mean: number };
  readonly rssMb: number;
  readonly maxRssMb: number;
}

const self = fileURLToPath(import.meta.url);

async function child(mode: 'cold' | 'warm', questionCount: number): Promise<void> {
  const logs: Array<{ msg: string; ms?: number }> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const log = pino({ level: 'info' }, sink);
  const config = readEngineConfig({ ...process.env, EMBEDDER: 'model' });
  const article = await loadArticle(config.ARTICLE_PATH);

  const index = await createDenseIndex(article, config, log);
  const readyMs = performance.now();
  if (!index) throw new Error('no dense index');
  const msOf = (msg: string): number => logs.find((l) => l.msg === msg)?.ms ?? NaN;
  const vectorsFrom = logs.some((l) => l.msg === 'article vectors loaded from cache') ? 'cache' : 'built';

  const questions = Array.from({ length: questionCount }, (_, i) => {
    const words = article.sentences[i % article.sentences.length]?.text.split(/\s+/) ?? [];
    return `${words.slice(0, 8).join(' ')} ${i}؟`;
  });
  const latencies: number[] = [];
  for (const question of questions) {
    const started = performance.now();
    await index.score(question);
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;

  const model = await loadSharedModel(embeddingSettings(config), log);
  let per1000SentencesMs: number | undefined;
  if (mode === 'cold') {
    const texts = Array.from({ length: 1000 }, (_, i) => `passage: ${article.sentences[i % article.sentences.length]?.text} ${i}`);
    const started = performance.now();
    await embedInBatches(model, texts);
    per1000SentencesMs = performance.now() - started;
  }

  const report: StartReport = {
    mode,
    dims: model.dims,
    readyMs,
    modelLoadMs: msOf('embedding model loaded'),
    vectorsMs: vectorsFrom === 'cache' ? msOf('article vectors loaded from cache') : msOf('article vectors built'),
    vectorsFrom,
    sentences: article.sentences.length,
    ...(per1000SentencesMs === undefined ? {} : { per1000SentencesMs }),
    questionMs: { p50: at(0.5), p95: at(0.95), mean: latencies.reduce((s, x) => s + x, 0) / latencies.length },
    rssMb: process.memoryUsage().rss / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 2 ** 10,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function runChild(mode: 'cold' | 'warm', env: Record<string, string>, questions: number): Promise<StartReport> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', self, '--child', mode, '--questions', String(questions)],
      { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => (error ? reject(new Error(`${mode} start failed: ${stderr || error.message}`)) : resolve(JSON.parse(stdout))),
    );
  });
}

interface Target {
  readonly label: string;
  readonly env: Record<string, string>;
}

const notes: string[] = [];

/** A scratch models dir, so cold starts really find no vector cache and the user's cache is untouched. */
async function targets(scratch: string): Promise<Target[]> {
  const tinyDir = path.join(scratch, 'tiny');
  await cp(path.resolve('test/fixtures/tiny-model'), path.join(tinyDir, 'local', 'tiny-bert'), { recursive: true });
  const list: Target[] = [
    {
      label: 'tiny test model',
      env: { MODELS_DIR: tinyDir, EMBEDDING_MODEL: 'local/tiny-bert', EMBED_QUERY_PREFIX: 'query: ', EMBED_PASSAGE_PREFIX: 'passage: ' },
    },
  ];
  const real = embeddingSettings(readEngineConfig());
  if ((await missingModelFiles(real)).length === 0) {
    const realDir = path.join(scratch, 'real');
    const link = modelDir({ modelsDir: realDir, modelId: real.modelId });
    await mkdir(path.dirname(link), { recursive: true });
    await symlink(modelDir(real), link);
    list.push({ label: real.modelId, env: { MODELS_DIR: realDir, EMBEDDING_MODEL: real.modelId, ALLOW_MODEL_DOWNLOAD: 'false' } });
  } else {
    notes.push(`${real.modelId} is not in ${real.modelsDir}: run \`npm run models\` to benchmark it too.`);
  }
  return list;
}

async function main(questions: number): Promise<void> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'embed-bench-'));
  try {
    const ms = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '-' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
    for (const target of await targets(scratch)) {
      const cold = await runChild('cold', target.env, questions);
      const warm = await runChild('warm', target.env, questions);
      const rows: Array<[string, string]> = [
        ['dimensions', String(cold.dims)],
        ['cold start (process start → index ready, vectors built)', ms(cold.readyMs)],
        ['warm start (process start → index ready, vectors cached)', ms(warm.readyMs)],
        ['model load (cold / warm)', `${ms(cold.modelLoadMs)} / ${ms(warm.modelLoadMs)}`],
        [`article vectors: built (${cold.sentences} sentences + paragraphs) / from cache`, `${ms(cold.vectorsMs)} / ${ms(warm.vectorsMs)}`],
        ['index build per 1,000 sentences', ms(cold.per1000SentencesMs)],
        [`question embed + score, ${questions} questions: p50 / p95 / mean`, `${ms(warm.questionMs.p50)} / ${ms(warm.questionMs.p95)} / ${ms(warm.questionMs.mean)}`],
        ['RSS after questions (warm) / peak RSS (cold)', `${warm.rssMb.toFixed(0)} MB / ${cold.maxRssMb.toFixed(0)} MB`],
      ];
      process.stdout.write(`\n${target.label}\n${rows.map(([k, v]) => `  ${k.padEnd(72)} ${v}`).join('\n')}\n`);
    }
    for (const note of notes) process.stdout.write(`\n${note}\n`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: { child: { type: 'string' }, questions: { type: 'string', default: '50' } },
});
const questions = Number(values.questions);
if (values.child === 'cold' || values.child === 'warm') await child(values.child, questions);
else await main(questions);
