/**
 * npm run ask -- "what did Shoigu say about sanctions?" [--json] [--embedder lexical|model]
 * Answers one question about the configured article, offline, through the bot's answering path.
 */
import { parseArgs } from 'node:util';
import { runCli } from './run-cli.js';
import { createAnswerer } from '../answering.js';
import { readEngineConfig } from '../config.js';

await runCli(async (log) => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, embedder: { type: 'string' } },
  });
  const question = positionals.join(' ').trim();
  if (!question) throw new Error('usage: npm run ask -- "your question" [--json] [--embedder lexical|model]');
  const config = readEngineConfig({ ...process.env, ...(values.embedder ? { EMBEDDER: values.embedder } : {}) });
  const engine = await createAnswerer(config, log);
  const answer = await engine.answer(question);
  const { article } = engine;

  if (values.json) {
    const best = answer.best;
    process.stdout.write(
      JSON.stringify({
        question,
        language: answer.language,
        declined: answer.declined,
        sentence: best?.sentence.text ?? null,
        paragraph: best ? best.sentence.paragraph + 1 : null,
        paragraphs: article.paragraphs.length,
        source: article.source,
        score: best?.score ?? null,
        confidence: answer.confidence,
        closerShare: answer.closerShare,
        embedder: answer.embedder,
        timings: answer.timings,
      }) + '\n',
    );
    return;
  }
  if (!answer.best) {
    const meaning = answer.closerShare === null ? '' : `, ${Math.round(answer.closerShare * 100)}% of paragraphs closer in meaning`;
    process.stdout.write(`The article does not answer this question (coverage ${answer.confidence.toFixed(2)}${meaning}).\n`);
    return;
  }
  const { sentence, score } = answer.best;
  process.stdout.write(
    `${sentence.text}\n— paragraph ${sentence.paragraph + 1} of ${article.paragraphs.length}, ${article.source} ` +
      `(score ${score.toFixed(2)}, coverage ${answer.confidence.toFixed(2)}, ${answer.embedder})\n`,
  );
});
