/**
 * Diagnostics of the English bridge on a TUNING set (arcd-train-en and the team's own questions
 * only: the xquad and arcd-test files are for reporting and must never guide changes here).
 *
 *   npx tsx scripts/tune-english.ts [test/fixtures/arcd-train-en.json …] [--words 40] [--misses] [--heldout]
 *
 * For each SQuAD file: sentence and paragraph accuracy as `eval` counts them (a decline is a miss),
 * the same without declining (the best-ranked sentence even when the engine declines), the share of
 * answerable questions declined, and the cost of analysing a question. For English files also: the
 * share of concepts found in the gold paragraph, and the most frequent English words whose Arabic
 * renderings never occur in the gold paragraph of any question that uses them: the words whose
 * translations or morphology to look at (general fixes only, never per-question ones).
 * Pass the Arabic original as a second file to compare like with like.
 *
 * --heldout also asks each document's questions against the pool WITHOUT that document's
 * paragraphs, where the right reaction is to decline: the share declined there is the other side
 * of the decline trade-off (some questions are still answered from other documents on the same
 * subject, so compare English with the Arabic original rather than with 100%).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnswerer, indexWithAliases } from '../src/answering.js';
import { readEngineConfig } from '../src/config.js';
import { containsAnswer } from '../src/eval/run.js';
import { parseSquad } from '../src/eval/squad.js';
import { createLogger } from '../src/log.js';
import { createAnalyzer } from '../src/text/analyzer.js';
import { detectLanguage } from '../src/text/language.js';
import { analyzeEnglishQuestion, loadLexicon, NameMatcher } from '../src/translate/index.js';
import { createEnglishBridge } from '../src/translate/concepts.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    words: { type: 'string', default: '40' },
    misses: { type: 'boolean', default: false },
    heldout: { type: 'boolean', default: false },
  },
});
const files = positionals.length ? positionals : ['test/fixtures/arcd-train-en.json'];
const topWords = Number(values.words);
const pct = (x: number, n: number): string => (n ? ((100 * x) / n).toFixed(1) : '-');

const lexicon = loadLexicon();
const log = createLogger({ level: 'silent' });

interface WordStat {
  questions: number;
  found: number;
  /** What the word was rendered as, for the report. */
  renderings: string;
}

/** Share of questions declined when their own document is left out of the pool. */
async function heldOutDeclines(json: { data: unknown[] }): Promise<string> {
  let asked = 0;
  let declined = 0;
  for (let d = 0; d < json.data.length; d++) {
    const own = parseSquad({ data: [json.data[d]] });
    const rest = parseSquad({ data: json.data.filter((_, i) => i !== d) });
    const engine = await createAnswerer(readEngineConfig({ EMBEDDER: 'lexical', LOG_LEVEL: 'silent' }), log, { article: rest.article });
    for (const q of own.questions) {
      asked++;
      if ((await engine.answer(q.question)).declined) declined++;
    }
  }
  return `${pct(declined, asked)}% of ${asked}`;
}

for (const file of files) {
  const json = JSON.parse(await readFile(file, 'utf8')) as { data: unknown[] };
  const { article, questions } = parseSquad(json, basename(file));
  const engine = await createAnswerer(readEngineConfig({ EMBEDDER: 'lexical', LOG_LEVEL: 'silent' }), log, { article });
  const analyze = createAnalyzer();
  const { index } = indexWithAliases(article, analyze);
  const bridge = createEnglishBridge(lexicon, new NameMatcher(index.vocabulary), analyze);
  const inParagraph = (term: string, p: number): boolean => index.paragraphs.conceptMatches([{ label: term, alternatives: [{ term, weight: 1 }] }], p)[0]! > 0;

  let answerable = 0;
  let sentence = 0;
  let paragraph = 0;
  let sentenceAny = 0;
  let paragraphAny = 0;
  let declined = 0;
  let declinedRight = 0;
  let english = 0;
  let concepts = 0;
  let conceptsFound = 0;
  const analysisMs: number[] = [];
  const words = new Map<string, WordStat>();
  const missLines: string[] = [];

  for (const q of questions) {
    if (q.impossible) continue;
    answerable++;
    const a = await engine.answer(q.question);
    const top = a.candidates[0]?.sentence ?? null;
    const right = !!top && containsAnswer(top.text, q.answers);
    if (right) sentenceAny++;
    if (top?.paragraph === q.paragraph) paragraphAny++;
    if (a.declined) {
      declined++;
      if (right) declinedRight++;
    } else {
      if (right) sentence++;
      if (top?.paragraph === q.paragraph) paragraph++;
    }
    if (!right && values.misses) missLines.push(`${a.declined ? 'DECL' : 'MISS'} ${a.confidence.toFixed(2)} ${q.question} | ${top?.text.slice(0, 80) ?? ''}`);
    if (detectLanguage(q.question) !== 'en') continue;

    english++;
    const t0 = performance.now();
    const query = bridge(q.question);
    analysisMs.push(performance.now() - t0);
    for (const c of query) {
      concepts++;
      if (c.alternatives.some((alt) => inParagraph(alt.term, q.paragraph))) conceptsFound++;
    }
    // Per English word (a phrase's words together), did any of its concept's terms occur in the gold paragraph?
    const { terms, unknown } = analyzeEnglishQuestion(q.question, lexicon);
    const perWord = new Map<string, { found: boolean; renderings: string }>();
    const conceptsOf = (surface: string) => query.filter((c) => c.label === surface || c.label.startsWith(`${surface}:`));
    for (const [key, surface, isUnknown] of [
      ...terms.map((t) => [t.lemma, t.surface, false] as const),
      ...unknown.map((w) => [w.toLowerCase(), w, true] as const),
    ]) {
      const own = conceptsOf(surface);
      if (own.length === 0 && !isUnknown) continue; // function words only ("first" → الأول): no concept
      const alternatives = own.flatMap((c) => c.alternatives);
      const found = alternatives.some((alt) => inParagraph(alt.term, q.paragraph));
      perWord.set(key, { found, renderings: `${isUnknown ? '(unknown) ' : ''}${alternatives.slice(0, 5).map((x) => x.term).join(' ')}` });
    }
    for (const [w, { found, renderings }] of perWord) {
      const s = words.get(w) ?? { questions: 0, found: 0, renderings };
      s.questions++;
      if (found) s.found++;
      words.set(w, s);
    }
  }

  analysisMs.sort((x, y) => x - y);
  const p = (q: number): string => (analysisMs.length ? analysisMs[Math.min(analysisMs.length - 1, Math.floor(q * analysisMs.length))]!.toFixed(3) : '-');
  console.log(`\n== ${file}: ${answerable} answerable questions (${english} English)`);
  console.log(`  as eval counts (decline = miss): sentence ${pct(sentence, answerable)}%  paragraph ${pct(paragraph, answerable)}%`);
  console.log(`  without declining:               sentence ${pct(sentenceAny, answerable)}%  paragraph ${pct(paragraphAny, answerable)}%`);
  console.log(`  declined: ${pct(declined, answerable)}% of answerable (${declined}; ${declinedRight} of them had the right sentence first)`);
  if (english) {
    console.log(`  concepts found in the gold paragraph: ${pct(conceptsFound, concepts)}% of ${concepts}`);
    console.log(`  English analysis ms: p50 ${p(0.5)}  p95 ${p(0.95)}  max ${p(1)}`);
    const never = [...words].filter(([, s]) => s.found === 0).sort((x, y) => y[1].questions - x[1].questions);
    console.log(`  words never found in their gold paragraph (${never.length} of ${words.size}), most frequent first:`);
    for (const [w, s] of never.slice(0, topWords)) console.log(`    ${String(s.questions).padStart(3)}  ${w.padEnd(16)} ${s.renderings}`);
    const often = [...words]
      .filter(([, s]) => s.found > 0 && s.questions >= 5 && s.found / s.questions < 0.5)
      .sort((x, y) => y[1].questions - y[1].found - (x[1].questions - x[1].found));
    console.log('  words found in under half of their gold paragraphs (≥5 questions):');
    for (const [w, s] of often.slice(0, topWords)) console.log(`    ${String(s.found).padStart(3)}/${String(s.questions).padEnd(3)} ${w.padEnd(16)} ${s.renderings}`);
  }
  if (values.heldout) console.log(`  declined with the question's own document left out of the pool: ${await heldOutDeclines(json)}`);
  if (values.misses) for (const line of missLines) console.log(`  ${line}`);
}
