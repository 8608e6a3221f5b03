/**
 * npx tsx bench/engine.ts [--squad FILE] [--article FILE] [--rounds N] [--json]
 *
 * The answering engine alone, exactly as the bot and the CLIs build it (createAnswerer with
 * EMBEDDER=lexical), on the real article and, when given (default: ../shared/eval/xquad.ar.json
 * if it exists), on a SQuAD file read as one pool of paragraphs like `npm run eval` does:
 * start-up time (article load + index, then the English bridge), per-question latency p50/p95
 * in total and split into Answer.timings (embedMs, retrieveMs, selectMs), and RSS.
 *
 * Each target runs in a fresh child process so start-up and memory are not shared between them.
 * Prints a table, or with --json one JSON line per target (what bench/run.ts reads).
 * The environment and .env are ignored: the numbers depend only on the arguments.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import pino from 'pino';

import { createAnswerer } from '../src/answering.js';
import { readEngineConfig } from '../src/config.js';
import type { Answer, Article } from '../src/core/types.js';
import { parseSquad } from '../src/eval/squad.js';
import { engineReportRows, type EngineReport, type Percentiles } from './engine-report.js';

const DEFAULT_SQUAD = '../shared/eval/xquad.ar.json';

/** Questions a reader of data/article.txt might ask, in both languages, some it cannot answer. */
const ARTICLE_QUESTIONS: readonly string[] = [
  'What did Shoigu say about sanctions?',
  'ماذا قال شويغو عن العقوبات؟',
  'Who is the Iranian defence minister?',
  'من هو وزير الدفاع الإيراني؟',
  'What did Khamenei say about the borders of resistance?',
  'ماذا قال الخامنئي عن حدود المقاومة؟',
  'Does Iran have military bases in the region?',
  'هل لدى إيران قواعد عسكرية في المنطقة؟',
  'Who did the Russian defence minister meet in Tehran?',
  'مع من التقى الوزير الروسي؟',
  'What region did the two sides discuss?',
  'ما المنطقة التي ناقشها الطرفان؟',
  'Which news agency quoted Shoigu?',
  'أي وكالة نقلت تصريحات شويغو؟',
  'What does the Islamic Republic mean according to Khamenei?',
  'ماذا تعني الجمهورية الإسلامية؟',
  'What are the red lines of the Islamic Republic?',
  'ما هي الخطوط الحمر للجمهورية الإسلامية؟',
  'Who won the football match yesterday?',
  'كم سعر النفط اليوم؟',
  'What is the capital of France?',
  'ما هو الطقس في دمشق؟',
];

/**
 * Messages made to be costly, at the engine's 1,000-character limit: one Latin "word" (name
 * matching once grew with the cube of a word's length: 4 minutes for this one), gibberish words
 * for the speller and the typo search, and the same in Arabic letters. The same text every run.
 */
function hostileMessages(): string[] {
  let seed = 1;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const letters = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[next(alphabet.length)]).join('');
  const words = (alphabet: string): string => {
    let text = '';
    while (text.length < 1000) text += `${letters(alphabet, 3 + next(8))} `;
    return text.slice(0, 1000);
  };
  const latin = 'abcdefghijklmnopqrstuvwxyz';
  const arabic = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  return [letters('bcdfghjklmnpqrstvwxz', 1000), letters(latin, 1000), words(latin), words(latin).replace(/\b\w/g, (c) => c.toUpperCase()), letters(arabic, 1000), words(arabic)];
}

/** Nearest rank, as src/eval/run.ts computes it. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function summary(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

async function child(target: 'article' | 'squad', file: string, rounds: number): Promise<EngineReport> {
  // The engine logs "article indexed" between building the index and loading the lexicon.
  let indexedAt = NaN;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { msg?: string; time?: number };
        if (entry.msg === 'article indexed' && entry.time !== undefined) indexedAt = entry.time;
      }
      done();
    },
  });
  const log = pino({ level: 'info' }, sink);
  const config = readEngineConfig({ EMBEDDER: 'lexical', ARTICLE_PATH: file, LOG_LEVEL: 'info' });

  let questions: readonly string[];
  let article: Article | undefined;
  if (target === 'squad') {
    const set = parseSquad(JSON.parse(await readFile(file, 'utf8')), basename(file));
    article = set.article;
    questions = set.questions.map((q) => q.question);
  } else {
    questions = ARTICLE_QUESTIONS;
  }

  // Date.now() on both sides, to compare with pino's `time`.
  const started = Date.now();
  const engine = await createAnswerer(config, log, article ? { article } : {});
  const startMs = Date.now() - started;
  const indexMs = Number.isNaN(indexedAt) ? NaN : indexedAt - started;
  const rssAfterStart = process.memoryUsage().rss;

  const t0 = performance.now();
  await engine.answer(questions[0] ?? '');
  const firstMs = performance.now() - t0;

  // One warm-up round over the questions, then the measured rounds.
  for (const q of questions) await engine.answer(q);
  const answers: Array<{ ms: number; answer: Answer }> = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      const answer = await engine.answer(q);
      answers.push({ ms: performance.now() - t, answer });
    }
  }

  const totals = answers.map((a) => a.ms);
  const hostile = target === 'article' ? hostileMessages() : [];
  let hostileMaxMs = 0;
  for (const message of hostile) {
    const t = performance.now();
    await engine.answer(message);
    hostileMaxMs = Math.max(hostileMaxMs, performance.now() - t);
  }
  return {
    target,
    source: basename(file),
    paragraphs: engine.article.paragraphs.length,
    sentences: engine.article.sentences.length,
    startMs,
    indexMs,
    bridgeMs: startMs - indexMs,
    questions: answers.length,
    declined: answers.filter((a) => a.answer.declined).length,
    firstMs: round(firstMs),
    totalMs: { ...summary(totals), mean: round(totals.reduce((s, x) => s + x, 0) / Math.max(1, totals.length)) },
    embedMs: summary(answers.map((a) => a.answer.timings.embedMs)),
    retrieveMs: summary(answers.map((a) => a.answer.timings.retrieveMs)),
    selectMs: summary(answers.map((a) => a.answer.timings.selectMs)),
    ...(hostile.length > 0 ? { hostile: { messages: hostile.length, maxMs: round(hostileMaxMs) } } : {}),
    rssAfterStartMiB: mib(rssAfterStart),
    rssAfterQuestionsMiB: mib(process.memoryUsage().rss),
    peakRssMiB: mib(process.resourceUsage().maxRSS * 1024),
  };
}

const self = fileURLToPath(import.meta.url);

function runChild(target: 'article' | 'squad', file: string, rounds: number): Promise<EngineReport> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', self, '--child', target, '--file', file, '--rounds', String(rounds)],
      { maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${target} (${file}) failed: ${(stderr || error.message).trim()}`));
        else resolve(JSON.parse(stdout) as EngineReport);
      },
    );
  });
}

function table(reports: readonly EngineReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(`\n${r.target}: ${r.source}`, ...engineReportRows(r).map(([k, v]) => `  ${k.padEnd(60)} ${v}`));
  }
  return `${out.join('\n')}\n`;
}

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    file: { type: 'string' },
    squad: { type: 'string' },
    article: { type: 'string', default: 'data/article.txt' },
    rounds: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

if (values.child === 'article' || values.child === 'squad') {
  const report = await child(values.child, values.file ?? '', Number(values.rounds ?? 1));
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  const squad = values.squad ?? (existsSync(DEFAULT_SQUAD) ? DEFAULT_SQUAD : undefined);
  if (values.squad && !existsSync(values.squad)) throw new Error(`--squad ${values.squad}: no such file`);
  // ~20 article questions × 25 rounds = 500 timed answers; a SQuAD file is asked once through.
  const reports = [await runChild('article', values.article, Number(values.rounds ?? 25))];
  if (squad) reports.push(await runChild('squad', squad, 1));
  if (values.json) for (const r of reports) process.stdout.write(`${JSON.stringify(r)}\n`);
  else {
    process.stdout.write(table(reports));
    if (!squad) process.stdout.write(`\nNo SQuAD file (${DEFAULT_SQUAD} is absent): pass --squad FILE to measure a larger pool.\n`);
  }
}
