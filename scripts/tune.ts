/**
 * Grid search of selection parameters on a TUNING set (arcd-train only: the other sets are
 * for reporting). Prints one line per setting, best sentence accuracy last.
 *   npx tsx scripts/tune.ts ../shared/eval/arcd-train.json
 */
import { readFile } from 'node:fs/promises';
import { indexWithAliases } from '../src/answering.js';
import { AnsweringEngine } from '../src/core/engine.js';
import { createQuestionAnalyzer } from '../src/core/question.js';
import { DEFAULT_SELECTION, type SelectionParams } from '../src/core/selection-params.js';
import { runEval } from '../src/eval/run.js';
import { parseSquad } from '../src/eval/squad.js';
import { createAnalyzer } from '../src/text/analyzer.js';
import { light10Prepositions } from '../src/text/stem.js';

const file = process.argv[2] ?? '../shared/eval/arcd-train.json';
const { article, questions } = parseSquad(JSON.parse(await readFile(file, 'utf8')));

const plain = article.paragraphs.flatMap((p) => p.split(/(?<=[.!?؟])/).map((s) => s.trim()).filter(Boolean));
console.log(`plain split mean chars ${(plain.reduce((n, s) => n + s.length, 0) / plain.length).toFixed(1)}, ours ${(article.sentences.reduce((n, s) => n + s.text.length, 0) / article.sentences.length).toFixed(1)}`);

const grid: Partial<SelectionParams>[] = [];
// The grid searched last; each run takes about a second per setting.
for (const paragraphsToSearch of [3, 5])
  for (const paragraphWeight of [2, 3])
    for (const trigramWeight of [3, 5, 8])
      for (const paragraphTrigramWeight of [0, 0.5, 1])
        for (const answerTypeBonus of [0.1, 0.3, 1])
          for (const lengthPenalty of [0.1, 0.2, 0.28, 0.3])
            grid.push({ paragraphsToSearch, paragraphWeight, trigramWeight, paragraphTrigramWeight, answerTypeBonus, lengthPenalty });

const stemmers = { light10Prepositions };
const rows: [number, string][] = [];
for (const [name, stemmer] of Object.entries(stemmers)) {
  const analyze = createAnalyzer({ stemmer });
  const { index } = indexWithAliases(article, analyze);
  const analyzeQuestion = createQuestionAnalyzer(analyze);
  for (const g of grid) {
    const params = { ...DEFAULT_SELECTION, ...g, minCoverage: 0 };
    const s = await runEval(new AnsweringEngine(index, analyzeQuestion, params), questions);
    rows.push([s.sentence_accuracy, `${name} ${JSON.stringify(g)} sent=${s.sentence_accuracy} para=${s.paragraph_accuracy} chars=${s.mean_sentence_chars}`]);
  }
}
rows.sort((a, b) => a[0] - b[0]);
for (const [, line] of rows.slice(-15)) console.log(line);
