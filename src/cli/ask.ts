/**
 * npm run ask -- "what did Shoigu say about sanctions?" [--json] [--embedder lexical|model]
 * Answers one question about the configured article, offline, through the bot's answering path.
 */
import { parseArgs } from 'node:util';
import { runCli } from './run-cli.js';
import { createAnswerer } from '../answering.js';
import { paragraphNumber, type DeclineReason } from '../core/types.js';

const WHY_DECLINED: Readonly<Record<DeclineReason, string>> = {
  'no-match': 'no word of it is in the article',
  'no-number': 'it asks for a number and the closest sentence gives none',
  'no-time': 'it asks when and the closest paragraph names no time',
  'no-date': 'it asks for a date and the closest paragraph names no month or year',
  'no-month': 'it names a month the closest paragraph does not',
  'no-attribute': 'it asks for something (a population, a capital, next week …) the closest paragraph does not name',
  'no-name': 'it names someone or somewhere the article never mentions, or asks for names it never gives',
  'no-quote': 'it asks what someone said and the closest sentence quotes no one',
  'low-coverage': 'the closest paragraph covers too little of it',
  'names-only': 'the closest paragraph has its names but hardly any of its other words',
  meaning: 'the closest paragraph by words is not close in meaning',
};

function readCommandLine() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, embedder: { type: 'string' } },
  });
  const question = positionals.join(' ').trim();
  if (!question) throw new Error('usage: npm run ask -- "your question" [--json] [--embedder lexical|model]');
  return { args: { question, json: values.json }, settings: { EMBEDDER: values.embedder } };
}

await runCli(async (log, config, { question, json }) => {
  const engine = await createAnswerer(config, log);
  const answer = await engine.answer(question);
  const { article } = engine;

  if (json) {
    const best = answer.best;
    process.stdout.write(
      JSON.stringify({
        question,
        language: answer.language,
        declined: answer.declined,
        declineReason: answer.declineReason,
        sentence: best?.sentence.text ?? null,
        // Null for the headline (headline-quote.ts), as in the bot's logs.
        paragraph: best ? paragraphNumber(best.sentence) : null,
        paragraphs: article.paragraphs.length,
        source: article.source,
        score: best?.score ?? null,
        confidence: answer.confidence,
        // When declined: the closest passage, which the bot shows only on request.
        closest: answer.closest ? { sentence: answer.closest.sentence.text, paragraph: answer.closest.sentence.paragraph + 1 } : null,
        closerShare: answer.closerShare,
        embedder: answer.embedder,
        timings: answer.timings,
      }) + '\n',
    );
    return;
  }
  if (!answer.best) {
    const meaning = answer.closerShare === null ? '' : `, ${Math.round(answer.closerShare * 100)}% of paragraphs closer in meaning`;
    const why = answer.declineReason ? `${WHY_DECLINED[answer.declineReason]} ` : '';
    process.stdout.write(`The article does not answer this question: ${why}(coverage ${answer.confidence.toFixed(2)}${meaning}).\n`);
    const closest = answer.closest?.sentence;
    if (closest) process.stdout.write(`Closest passage, not an answer (paragraph ${closest.paragraph + 1}): ${closest.text}\n`);
    return;
  }
  const { sentence, score } = answer.best;
  const paragraph = paragraphNumber(sentence);
  const place = paragraph === null ? 'the headline' : `paragraph ${paragraph} of ${article.paragraphs.length}`;
  process.stdout.write(
    `${sentence.text}\n— ${place}, ${article.source} ` +
      `(score ${score.toFixed(2)}, coverage ${answer.confidence.toFixed(2)}, ${answer.embedder})\n`,
  );
}, readCommandLine);
