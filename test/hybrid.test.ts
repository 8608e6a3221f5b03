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
import { DEFAULT_SELECTION, retrieve, selectSentences, type DenseScores, type SelectionParams } from '../src/core/select.js';
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

  it('ignores dense scores when their weight is zero', () => {
    const lexical = rank(DEFAULT_SELECTION).map((r) => r.sentence.id);
    const fused = rank({ ...DEFAULT_SELECTION, denseWeight: 0 }, towards(1)).map((r) => r.sentence.id);
    expect(fused).toEqual(lexical);
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
