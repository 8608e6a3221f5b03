import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = join('node_modules', '.bin', 'tsx');
const env = { ...process.env, EMBEDDER: 'lexical', LOG_LEVEL: 'silent' };

describe('npm run ask', () => {
  it('prints the sentence with its paragraph and source', async () => {
    const { stdout } = await run(tsx, ['src/cli/ask.ts', 'What did Shoigu say about sanctions?'], { env });
    expect(stdout).toContain('العقوبات');
    expect(stdout).toMatch(/paragraph \d+ of 16, صحيفة الوطن/);
  });

  it('prints JSON for machines, and says so when the article does not answer', async () => {
    const { stdout } = await run(tsx, ['src/cli/ask.ts', '--json', 'What is the capital of France?'], { env });
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ declined: true, declineReason: 'no-match', sentence: null, paragraph: null, source: 'صحيفة الوطن' });
  });

  it('says why it declines: a question for a number the article does not give', async () => {
    const { stdout } = await run(tsx, ['src/cli/ask.ts', 'How old is Shoigu?'], { env });
    expect(stdout).toContain('asks for a number and the closest sentence gives none');
  });

  it('answers about another article given by ARTICLE_PATH, citing the source from its meta file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-'));
    writeFileSync(
      join(dir, 'news.txt'),
      [
        'افتتاح مكتبة جديدة في عمّان',
        'افتتحت بلدية عمّان أمس مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب. وقال رئيس البلدية إن المكتبة ستفتح أبوابها يومياً.',
        'وأضاف أن المشروع كلّف نحو مليوني دينار، بتمويل من منحة أوروبية.',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'news.meta.json'), JSON.stringify({ source: 'وكالة الأنباء' }));
    const { stdout } = await run(tsx, ['src/cli/ask.ts', '--json', 'How much did the library project cost?'], {
      env: { ...env, ARTICLE_PATH: join(dir, 'news.txt') },
    });
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ declined: false, paragraph: 2, paragraphs: 2, source: 'وكالة الأنباء' });
    expect(answer.sentence).toContain('مليوني دينار');
  });

  it('fails with one clear line when the article is missing', async () => {
    const failure = await run(tsx, ['src/cli/ask.ts', 'anything'], { env: { ...env, ARTICLE_PATH: 'data/missing.txt' } }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim().split('\n')).toEqual(['error: article file not found: data/missing.txt (set ARTICLE_PATH)']);
  });
});

describe('npm run eval (the SQuAD contract)', () => {
  it('writes one result line per question and a summary, declining the impossible one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const squad = {
      version: 'v2.0',
      data: [
        {
          title: 'test',
          paragraphs: [
            {
              context: readFileSync('data/article.txt', 'utf8').split('\n')[7]!,
              qas: [
                { id: 'a', question: 'ماذا قال شويغو عن العقوبات الغربية؟', answers: [{ text: 'لا جدوى من العقوبات الغربية', answer_start: 0 }] },
                { id: 'b', question: 'What is the capital of France?', answers: [], is_impossible: true },
              ],
            },
            { context: readFileSync('data/article.txt', 'utf8').split('\n')[9]!, qas: [] },
          ],
        },
      ],
    };
    writeFileSync(join(dir, 'set.json'), JSON.stringify(squad));
    const out = join(dir, 'results.jsonl');
    const { stdout } = await run(tsx, ['src/cli/eval.ts', '--squad', join(dir, 'set.json'), '--out', out], { env });
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ questions: 2, sentence_accuracy: 1, paragraph_accuracy: 1, abstain_accuracy: 1, embedder: 'lexical' });
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]).toMatchObject({ abstained: false, paragraph: 0 });
    expect(squad.data[0]!.paragraphs[0]!.context).toContain(lines[0].sentence);
    expect(lines[1]).toMatchObject({ abstained: true, sentence: null, paragraph: null });
    expect(typeof lines[0].ms).toBe('number');
  });
});
