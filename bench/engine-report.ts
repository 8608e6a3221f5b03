/** The engine benchmark's report and its rows: one wording for bench/engine.ts and bench/run.ts. */

export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
}

export interface EngineReport {
  readonly target: 'article' | 'squad';
  /** File name of the article or SQuAD set. */
  readonly source: string;
  readonly paragraphs: number;
  readonly sentences: number;
  /** createAnswerer from call to return: everything a bot start does before connecting. */
  readonly startMs: number;
  /** Part of startMs until the index was built (article read, segmentation, analysis, index). */
  readonly indexMs: number;
  /** The rest of startMs: English→Arabic lexicon and name matcher (EMBEDDER=lexical: no model). */
  readonly bridgeMs: number;
  /** Questions measured (the warm-up round excluded). */
  readonly questions: number;
  readonly declined: number;
  /** The very first answer of the process (cold JIT). */
  readonly firstMs: number;
  readonly totalMs: Percentiles & { readonly mean: number };
  readonly embedMs: Percentiles;
  readonly retrieveMs: Percentiles;
  readonly selectMs: Percentiles;
  /** The slowest of a few messages made to be costly (see hostileMessages in bench/engine.ts); article target only. */
  readonly hostile?: { readonly messages: number; readonly maxMs: number };
  readonly rssAfterStartMiB: number;
  readonly rssAfterQuestionsMiB: number;
  readonly peakRssMiB: number;
}

export const formatMs = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? '-' : `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;

const pair = (p: Percentiles): string => `${formatMs(p.p50)} / ${formatMs(p.p95)}`;

/** metric → value, in reading order; what AnsweringEngine.answer times under each Answer.timings field. */
export function engineReportRows(r: EngineReport): Array<[metric: string, value: string]> {
  return [
    ['paragraphs / sentences', `${r.paragraphs} / ${r.sentences}`],
    ['start: createAnswerer (article load + index / English bridge)', `${formatMs(r.startMs)} (${formatMs(r.indexMs)} / ${formatMs(r.bridgeMs)})`],
    ['first question (cold)', formatMs(r.firstMs)],
    [`per question p50 / p95 (${r.questions} questions, ${r.declined} declined)`, pair(r.totalMs)],
    ['embedMs (dense scoring) p50 / p95', pair(r.embedMs)],
    ['retrieve (question analysis + BM25) p50 / p95', pair(r.retrieveMs)],
    ['select (trigram re-rank + sentence choice) p50 / p95', pair(r.selectMs)],
    ...(r.hostile ? [[`slowest of ${r.hostile.messages} hostile 1,000-character messages`, formatMs(r.hostile.maxMs)] satisfies [string, string]] : []),
    ['RSS after start / after questions / peak', `${r.rssAfterStartMiB} / ${r.rssAfterQuestionsMiB} / ${r.peakRssMiB} MiB`],
  ];
}
