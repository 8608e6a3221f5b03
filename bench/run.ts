/**
 * npm run bench [-- --squad FILE] [--only engine,embed,bot-burst]
 *
 * Runs every benchmark in bench/ one after the other (never in parallel: they would skew each
 * other's timings), each as its own `node --import tsx` child process, and prints ONE Markdown
 * table of their results, ready to paste into the README. A benchmark file that is absent is a
 * "skipped" row; one that fails or times out is a "FAILED" row and makes the exit code 1.
 *
 * How each one reports (adapt here if that changes):
 *   engine.ts --json   one JSON line per target (see EngineReport in bench/engine-report.ts)
 *   bot-burst.ts       one JSON line; exits 1 on a missing or wrong answer or a p95 over budget
 *   embed.ts           a text table: an unindented heading per model, then indented
 *                      "metric<spaces>value" rows, and unindented notes
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { engineReportRows, formatMs as ms, type EngineReport } from './engine-report.js';

type Row = readonly [benchmark: string, metric: string, value: string];

interface Bench {
  readonly name: string;
  readonly file: string;
  readonly args: readonly string[];
  /** Kills the child past this; the three together stay within about two minutes. */
  readonly timeoutMs: number;
  readonly parse: (stdout: string) => Row[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

const { values } = parseArgs({
  options: {
    squad: { type: 'string' },
    only: { type: 'string' },
  },
});

function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as unknown);
}

function engineRows(stdout: string): Row[] {
  return jsonLines(stdout).flatMap((value) => {
    const r = value as EngineReport;
    const b = `engine: ${r.target === 'article' ? 'article' : `SQuAD pool (${r.source})`}`;
    return engineReportRows(r).map(([metric, v]): Row => [b, metric, v]);
  });
}

/** bot-burst's keys are self-explanatory enough; name the ones with units. */
const BURST_LABELS: Record<string, string> = {
  questions: 'questions sent at once',
  users: 'users',
  answered: 'answered',
  quoted: 'answered with a quote',
  declined: 'declined',
  wrong: 'wrong answers',
  missing: 'missing answers',
  p50Ms: 'latency p50 (update queued → answer accepted)',
  p95Ms: 'latency p95',
  maxMs: 'latency max',
  elapsedMs: 'whole burst',
  throughputPerS: 'throughput (answers/s)',
  rssMiB: 'RSS (MiB)',
  rssPeakMiB: 'peak RSS (MiB)',
  failedCalls: 'Bot API calls retried (429/5xx)',
};

function burstRows(stdout: string): Row[] {
  return jsonLines(stdout).flatMap((value) =>
    Object.entries(value as Record<string, unknown>).map(([key, v]): Row => {
      const text = typeof v === 'number' && key.endsWith('Ms') ? ms(v) : typeof v === 'object' ? JSON.stringify(v) : String(v);
      return ['bot burst (emulator, lexical)', BURST_LABELS[key] ?? key, text];
    }),
  );
}

/** embed.ts' text table: headings name the model, indented rows are "metric  value". */
function embedRows(stdout: string): Row[] {
  const rows: Row[] = [];
  let heading = '';
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const row = /^\s+(.+?)\s{2,}(\S.*)$/.exec(line) ?? /^\s+(.{72}) (.+)$/.exec(line);
    if (/^\s/.test(line) && row) rows.push([`embed: ${heading}`, row[1]!.trim(), row[2]!.trim()]);
    else if (/^\s/.test(line)) rows.push([`embed: ${heading}`, line.trim(), '']);
    else if (/[.:]$/.test(line.trim()) || line.includes('`')) rows.push(['embed', 'note', line.trim()]);
    else heading = line.trim();
  }
  return rows;
}

const squad = values.squad ?? '../shared/eval/xquad.ar.json';
const haveSquad = existsSync(path.resolve(root, squad));
const BENCHES: readonly Bench[] = [
  {
    name: 'engine',
    file: 'bench/engine.ts',
    args: ['--json', ...(haveSquad ? ['--squad', squad] : [])],
    timeoutMs: 45_000,
    parse: (stdout) => [
      ...engineRows(stdout),
      ...(haveSquad ? [] : [['engine', 'note', `no SQuAD pool: ${squad} not found (pass --squad FILE)`] satisfies Row]),
    ],
  },
  { name: 'embed', file: 'bench/embed.ts', args: ['--questions', '30'], timeoutMs: 90_000, parse: embedRows },
  { name: 'bot-burst', file: 'bench/bot-burst.ts', args: [], timeoutMs: 45_000, parse: burstRows },
];

interface Outcome {
  readonly rows: Row[];
  readonly failed: boolean;
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).at(-1)?.slice(0, 200) ?? '';
}

function run(bench: Bench): Promise<Outcome> {
  if (!existsSync(path.join(root, bench.file))) {
    return Promise.resolve({ rows: [[bench.name, 'status', `skipped (${bench.file} not present)`]], failed: false });
  }
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', bench.file, ...bench.args],
      // LOG_LEVEL silent keeps stray logs of the code under test off stdout.
      { cwd: root, timeout: bench.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 8 << 20, env: { ...process.env, LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) => {
        const seconds = `${((performance.now() - started) / 1000).toFixed(1)} s`;
        let rows: Row[] = [];
        let parseError = '';
        try {
          rows = bench.parse(stdout);
        } catch (e) {
          parseError = `output not understood (${(e as Error).message})`;
        }
        const timedOut = error?.killed === true;
        const failed = Boolean(error) || Boolean(parseError) || rows.length === 0;
        const status = timedOut
          ? `FAILED: killed after ${bench.timeoutMs / 1000} s`
          : error
            ? `FAILED (exit ${error.code ?? '?'}): ${lastLine(stderr) || lastLine(error.message)}`
            : parseError || (rows.length === 0 ? `FAILED: no results in its output` : `ok, ${seconds}`);
        resolve({ rows: [[bench.name, 'status', status], ...rows], failed });
      },
    );
  });
}

function markdown(rows: readonly Row[]): string {
  const header: Row = ['benchmark', 'metric', 'value'];
  const escape = (s: string): string => s.replaceAll('|', '\\|');
  const all = [header, ...rows].map((r) => r.map(escape));
  const widths = [0, 1, 2].map((i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(all[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}

const only = values.only?.split(',').map((s) => s.trim());
const selected = BENCHES.filter((b) => !only || only.includes(b.name));
const rows: Row[] = [];
let failed = false;
for (const bench of selected) {
  process.stderr.write(`running ${bench.name}…\n`);
  const outcome = await run(bench);
  rows.push(...outcome.rows);
  failed ||= outcome.failed;
}
process.stdout.write(`${markdown(rows)}\n`);
process.exitCode = failed ? 1 : 0;
