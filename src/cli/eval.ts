/**
 * npm run --silent eval -- --squad FILE --out RESULTS.jsonl [--embedder lexical|model]
 * One JSON line per question to --out, one JSON summary on stdout, logs on stderr.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from './run-cli.js';
import { createAnswerer } from '../answering.js';
import { parseSquad } from '../eval/squad.js';
import { runEval } from '../eval/run.js';

function readCommandLine() {
  const { values } = parseArgs({
    options: {
      squad: { type: 'string' },
      out: { type: 'string' },
      embedder: { type: 'string' },
    },
  });
  if (!values.squad) throw new Error('usage: npm run --silent eval -- --squad FILE --out RESULTS.jsonl [--embedder lexical|model]');
  return { args: { squad: values.squad, out: values.out }, settings: { EMBEDDER: values.embedder } };
}

await runCli(async (log, config, { squad, out: outPath }) => {
  const { article, questions } = parseSquad(JSON.parse(await readFile(squad, 'utf8')), basename(squad));
  const engine = await createAnswerer(config, log, { article });
  const out = outPath ? createWriteStream(outPath) : null;
  const summary = await runEval(engine, questions, (r) => out?.write(JSON.stringify(r) + '\n'));
  if (out) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  process.stdout.write(JSON.stringify(summary) + '\n');
}, readCommandLine);
