/**
 * Dense + lexical fusion: unit-level on the selection core, and end to end through the real
 * transformers.js pipeline with the committed tiny model.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/parse.js';
import { createAnswerer } from '../src/answering.js';
import { readEngineConfig } from '../src/config.js';
import { indexArticle } from '../src/core/article-index.js';
import { createQuestionAnalyzer } from '../src/core/question.js';
import { retrieve, selectSentences, type DenseScores } from '../src/core/select.js';
import { DEFAULT_SELECTION, type SelectionParams } from '../src/core/selection-params.js';
import { AnsweringEngine, type DenseScorer } from '../src/core/engine.js';
import { createLogger } from '../src/log.js';
import { createAnalyzer } from '../src/text/analyzer.js';

describe('fusion of dense and lexical scores', () => {
  const analyze = createAnalyzer();
  const article = buildArticle('t', ['زار الوزير موسكو أمس.', 'زار الوزير طهران أمس.', 'تحدث الوزير عن العقوبات.'], 's');
  const index = indexArticle(article, analyze);
  const question = createQuestionAnalyzer(analyze)('أين زار الوزير؟');
  const rank = (params: SelectionParams, dense?: DenseScores) =>
    selectSentences(index, retrieve(index, question, params, dense), params).ranked;
  const towards = (p: number) => ({
    paragraphs: Float32Array.from([0, 1, 2], (i) => (i === p ? 0.9 : 0.1)),
    sentences: Float32Array.from([0, 1, 2], (i) => (i === p ? 0.9 : 0.1)),
  });

  it('lets the dense signal decide between lexically tied paragraphs', () => {
    for (const p of [0, 1]) {
      expect(rank(DEFAULT_SELECTION, towards(p))[0]!.sentence.paragraph).toBe(p);
    }
  });

  it('reports how many paragraphs the model finds closer than the answer, and nothing without a model', () => {
    const select = (dense?: DenseScores) => selectSentences(index, retrieve(index, question, DEFAULT_SELECTION, dense), DEFAULT_SELECTION);
    expect(select().closerShare).toBeNull();
    const agreeing = select(towards(0));
    expect(agreeing.closerShare).toBe(0);
    // The model puts paragraph 2 first; the lexical winner (0 or 1) then has one closer paragraph of three.
    const disagreeing = select(towards(2));
    expect(disagreeing.ranked[0]!.sentence.paragraph).not.toBe(2);
    expect(disagreeing.closerShare).toBeCloseTo(1 / 3);
  });

  it('ignores dense scores when their weight is zero', () => {
    const lexical = rank(DEFAULT_SELECTION).map((r) => r.sentence.id);
    const fused = rank({ ...DEFAULT_SELECTION, denseWeight: 0 }, towards(1)).map((r) => r.sentence.id);
    expect(fused).toEqual(lexical);
  });
});

describe('declining with both signals', () => {
  const article = buildArticle('t', ['زار الوزير موسكو أمس.', 'تحدث الوزير عن الاقتصاد.', 'افتتح الرئيس المعرض.', 'هطلت الأمطار بغزارة.'], 's');
  const index = indexArticle(article, createAnalyzer());
  // Stands in for the model only to set its similarities; the real pipeline is tested below.
  const modelPreferring = (order: readonly number[]): DenseScorer => ({
    modelId: 'stand-in',
    score: async () => {
      const paragraphs = Float32Array.from(order);
      return { paragraphs, sentences: Float32Array.from(article.sentences, (s) => paragraphs[s.paragraph]!), embedMs: 0 };
    },
  });
  const answer = (order: readonly number[]) =>
    new AnsweringEngine(index, createQuestionAnalyzer(createAnalyzer()), DEFAULT_SELECTION, modelPreferring(order)).answer('أين زار الوزير؟');

  it('answers when the model agrees with the lexical match', async () => {
    const agreed = await answer([0.9, 0.5, 0.2, 0.1]);
    expect(agreed.declined).toBe(false);
    expect(agreed.closerShare).toBe(0);
  });

  it('declines when most paragraphs are closer in meaning than the lexical match', async () => {
    const vetoed = await answer([0.1, 0.2, 0.8, 0.9]);
    expect(vetoed.candidates[0]?.sentence.paragraph).toBe(0);
    expect(vetoed.closerShare).toBeGreaterThanOrEqual(0.5);
    expect(vetoed.declined).toBe(true);
  });
});

describe('answering with the tiny model through transformers.js', () => {
  it('embeds the question, fuses, answers, and still declines', async () => {
    const modelsDir = await mkdtemp(path.join(tmpdir(), 'hybrid-'));
    await cp('test/fixtures/tiny-model', path.join(modelsDir, 'local', 'tiny-bert'), { recursive: true });
    const config = readEngineConfig({
      EMBEDDER: 'model',
      EMBEDDING_MODEL: 'local/tiny-bert',
      MODELS_DIR: modelsDir,
      ALLOW_MODEL_DOWNLOAD: 'false',
    });
    const engine = await createAnswerer(config, createLogger({ level: 'silent' }));
    const answer = await engine.answer('ماذا قال شويغو عن العقوبات الغربية؟');
    expect(answer.embedder).toBe('model');
    expect(answer.timings.embedMs).toBeGreaterThan(0);
    expect(answer.best?.sentence.text).toContain('لا جدوى من العقوبات الغربية');
    expect((await engine.answer('What is the capital of France?')).declined).toBe(true);
  });
});
