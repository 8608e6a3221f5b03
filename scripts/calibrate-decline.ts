/**
 * Calibrates the decline threshold (minCoverage) on arcd-train. SQuAD v1.1 has no unanswerable
 * questions, so we make them: the documents are split in two halves, and the questions of one
 * half are asked against a pool of only the other half's paragraphs, where no answer exists.
 * The same questions against the full pool are the answerable ones.
 *   npx tsx scripts/calibrate-decline.ts ../shared/eval/arcd-train.json
 */
import { readFile } from 'node:fs/promises';
import { buildArticle } from '../src/article/parse.js';
import { indexArticle } from '../src/core/article-index.js';
import { AnsweringEngine } from '../src/core/engine.js';
import { createQuestionAnalyzer } from '../src/core/question.js';
import { DEFAULT_SELECTION } from '../src/core/select.js';
import type { Article } from '../src/core/types.js';
import { parseSquad } from '../src/eval/squad.js';
import { createAnalyzer } from '../src/text/analyzer.js';

const file = process.argv[2] ?? '../shared/eval/arcd-train.json';
const json = JSON.parse(await readFile(file, 'utf8')) as { data: unknown[] };
const half = Math.floor(json.data.length / 2);
const first = parseSquad({ data: json.data.slice(0, half) });
const second = parseSquad({ data: json.data.slice(half) });
const full = parseSquad(json);

const analyze = createAnalyzer();
const engineFor = (article: Article) =>
  new AnsweringEngine(indexArticle(article, analyze), createQuestionAnalyzer(analyze), { ...DEFAULT_SELECTION, minCoverage: 0 });

async function confidences(article: Article, questions: readonly { question: string }[]): Promise<number[]> {
  const engine = engineFor(article);
  return Promise.all(questions.map(async (q) => (await engine.answer(q.question)).confidence));
}

const answerable = await confidences(full.article, full.questions);
const unanswerable = [
  ...(await confidences(buildArticle('', second.article.paragraphs, ''), first.questions)),
  ...(await confidences(buildArticle('', first.article.paragraphs, ''), second.questions)),
];

console.log('threshold  answered(answerable)  declined(unanswerable)  balanced');
for (let t = 0.2; t <= 0.9001; t += 0.05) {
  const kept = answerable.filter((c) => c >= t).length / answerable.length;
  const declined = unanswerable.filter((c) => c < t).length / unanswerable.length;
  console.log(`${t.toFixed(2)}       ${kept.toFixed(3)}                 ${declined.toFixed(3)}                  ${((kept + declined) / 2).toFixed(3)}`);
}
