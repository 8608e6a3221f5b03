/**
 * Calibrates the decline threshold (minCoverage) on arcd-train. SQuAD v1.1 has no unanswerable
 * questions, so we make them: the documents are split in two halves, and the questions of one
 * half are asked against a pool of only the other half's paragraphs, where no answer exists.
 * The same questions against the full pool are the answerable ones. Runs the one answering
 * path, so English sets (test/fixtures/arcd-train-en.json) calibrate the English bridge too.
 *
 * Questions from another document are easy to decline: their names are missing. The hard ones
 * stay on topic and ask for what the article does not say ("What is the population of
 * Tehran?" about a report from Tehran). The last column simulates them: each question is asked
 * against the full pool without its own paragraph, so the rest of its document, its subject
 * included, is still there (an answer repeated elsewhere in the document makes a few of them
 * answerable after all). Building one index per paragraph takes a minute or two.
 *   npx tsx scripts/calibrate-decline.ts ../shared/eval/arcd-train.json
 */
import { readFile } from 'node:fs/promises';
import { buildArticle } from '../src/article/parse.js';
import { createAnswerer } from '../src/answering.js';
import { readEngineConfig } from '../src/config.js';
import type { Article } from '../src/core/types.js';
import { parseSquad } from '../src/eval/squad.js';
import { createLogger } from '../src/log.js';

const file = process.argv[2] ?? '../shared/eval/arcd-train.json';
const json = JSON.parse(await readFile(file, 'utf8')) as { data: unknown[] };
const half = Math.floor(json.data.length / 2);
const first = parseSquad({ data: json.data.slice(0, half) });
const second = parseSquad({ data: json.data.slice(half) });
const full = parseSquad(json);

// EMBEDDER=model calibrates the fused (dense + lexical) path on a machine that has the model.
const config = readEngineConfig({ ...process.env, EMBEDDER: process.env.EMBEDDER ?? 'lexical' });
const log = createLogger({ level: 'silent' });

/**
 * Each question's coverage, or -Infinity when the engine declines it whatever the threshold (no
 * number for "how many", or the model finding most paragraphs closer in meaning).
 */
async function confidences(article: Article, questions: readonly { question: string }[]): Promise<number[]> {
  const engine = await createAnswerer(config, log, { article, selection: { minCoverage: 0 } });
  return Promise.all(
    questions.map(async (q) => {
      const answer = await engine.answer(q.question);
      return answer.declined ? -Infinity : answer.confidence;
    }),
  );
}

const answerable = await confidences(full.article, full.questions);
const unanswerable = [
  ...(await confidences(buildArticle('', second.article.paragraphs, ''), first.questions)),
  ...(await confidences(buildArticle('', first.article.paragraphs, ''), second.questions)),
];

const nearTopic: number[] = [];
const paragraphs = [...new Set(full.questions.map((q) => q.paragraph))];
for (const own of paragraphs) {
  const rest = buildArticle('', full.article.paragraphs.filter((_, i) => i !== own), '');
  nearTopic.push(...(await confidences(rest, full.questions.filter((q) => q.paragraph === own))));
}

const share = (values: readonly number[], keep: (c: number) => boolean): string =>
  (values.filter(keep).length / values.length).toFixed(3);
console.log('threshold  answered(answerable)  declined(other documents)  declined(near topic)');
for (let t = 0.2; t <= 0.9001; t += 0.05) {
  const below = (c: number): boolean => c < t;
  console.log(
    `${t.toFixed(2)}       ${share(answerable, (c) => !below(c))}                 ${share(unanswerable, below)}                      ${share(nearTopic, below)}`,
  );
}
