/**
 * Runs a file of questions about the article (the shipped one, or ARTICLE_PATH's) through the
 * answering path and prints the misses and a score: `answer` is a span the returned sentence must
 * contain, null means the engine must decline.
 *   npx tsx scripts/article-questions.ts [test/fixtures/article-questions-heldout.json]
 *   ARTICLE_PATH=test/fixtures/other-article.txt npx tsx scripts/article-questions.ts test/fixtures/other-article-questions.json
 */
import { readFile } from 'node:fs/promises';
import { createAnswerer } from '../src/answering.js';
import { readEngineConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';

interface Fixture {
  question: string;
  answer: string | null;
}

const file = process.argv[2] ?? 'test/fixtures/article-questions.json';
const { questions } = JSON.parse(await readFile(file, 'utf8')) as { questions: Fixture[] };
const engine = await createAnswerer(readEngineConfig({ ...process.env, EMBEDDER: 'lexical' }), createLogger({ level: 'silent' }));

let answered = 0;
let declined = 0;
// Misses where the best-ranked sentence was right but the engine declined it: the cost of declining.
let declinedRight = 0;
for (const q of questions) {
  const a = await engine.answer(q.question);
  const text = a.best?.sentence.text ?? null;
  const right = q.answer === null ? a.declined : text !== null && text.includes(q.answer);
  if (right && q.answer === null) declined++;
  else if (right) answered++;
  else {
    const top = a.candidates[0]?.sentence.text;
    if (q.answer !== null && a.declined && top?.includes(q.answer)) declinedRight++;
    console.log(`MISS ${q.question} | ${a.declineReason ?? 'answered'} | coverage ${a.confidence.toFixed(2)} | got ${(a.candidates[0]?.sentence.text ?? '—').slice(0, 80)} | want ${q.answer}`);
  }
}
const unanswerable = questions.filter((q) => q.answer === null).length;
console.log(`answered ${answered}/${questions.length - unanswerable}, declined ${declined}/${unanswerable}; right sentence declined ${declinedRight}`);
