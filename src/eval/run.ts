import type { EvalQuestion } from './squad.js';
import type { QuestionAnswerer } from '../core/types.js';

export interface EvalResult {
  readonly id: string;
  readonly abstained: boolean;
  readonly sentence: string | null;
  readonly paragraph: number | null;
  readonly ms: number;
}

export interface EvalSummary {
  questions: number;
  answerable: number;
  unanswerable: number;
  sentence_accuracy: number;
  paragraph_accuracy: number;
  /** Share of all questions where declining was right: declined iff unanswerable. */
  abstain_accuracy: number;
  /** Of the unanswerable questions, the share declined (null when there are none). */
  unanswerable_declined: number | null;
  mean_sentence_chars: number;
  latency_ms: { p50: number; p95: number };
  embedder: string;
}

/** Whitespace differs between gold answers and contexts in these sets; compare on folded spaces. */
const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function containsAnswer(sentence: string, answers: readonly string[]): boolean {
  const s = fold(sentence);
  return answers.some((a) => fold(a).length > 0 && s.includes(fold(a)));
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (x: number, digits = 4): number => Number(x.toFixed(digits));

export async function runEval(
  engine: QuestionAnswerer,
  questions: readonly EvalQuestion[],
  onResult: (result: EvalResult) => void = () => {},
): Promise<EvalSummary> {
  let sentenceHits = 0;
  let paragraphHits = 0;
  let abstainHits = 0;
  let impossibleDeclined = 0;
  let chars = 0;
  let returned = 0;
  let embedder = 'lexical';
  const latencies: number[] = [];

  for (const q of questions) {
    const t0 = performance.now();
    const answer = await engine.answer(q.question);
    const ms = performance.now() - t0;
    embedder = answer.embedder;
    const best = answer.best?.sentence ?? null;
    latencies.push(ms);
    // A SQuAD pool has no headline (squad.ts), so `paragraph` is a context's index whenever there is a sentence.
    onResult({ id: q.id, abstained: answer.declined, sentence: best?.text ?? null, paragraph: best?.paragraph ?? null, ms: round(ms, 3) });

    if (best) {
      chars += best.text.length;
      returned++;
    }
    if (answer.declined === q.impossible) abstainHits++;
    if (q.impossible) {
      if (answer.declined) impossibleDeclined++;
      continue;
    }
    if (best && containsAnswer(best.text, q.answers)) sentenceHits++;
    if (best && best.paragraph === q.paragraph) paragraphHits++;
  }

  const unanswerable = questions.filter((q) => q.impossible).length;
  const answerable = questions.length - unanswerable;
  latencies.sort((a, b) => a - b);
  return {
    questions: questions.length,
    answerable,
    unanswerable,
    sentence_accuracy: round(answerable ? sentenceHits / answerable : 0),
    paragraph_accuracy: round(answerable ? paragraphHits / answerable : 0),
    abstain_accuracy: round(questions.length ? abstainHits / questions.length : 0),
    unanswerable_declined: unanswerable ? round(impossibleDeclined / unanswerable) : null,
    mean_sentence_chars: round(returned ? chars / returned : 0, 1),
    latency_ms: { p50: round(percentile(latencies, 50), 3), p95: round(percentile(latencies, 95), 3) },
    embedder,
  };
}
