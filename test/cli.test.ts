import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readBotConfig } from '../src/config.js';

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

describe('settings the command-line tools read at start', () => {
  // A stray .env in the working tree must not decide these.
  const clean = { ...env, DOTENV_CONFIG_PATH: '/nonexistent/.env' };

  it('an empty LOG_LEVEL means "not set", as .env.example says', async () => {
    const { stdout, stderr } = await run(tsx, ['src/cli/ask.ts', 'What did Shoigu say about sanctions?'], { env: { ...clean, LOG_LEVEL: '' } });
    expect(stdout).toMatch(/paragraph 7 of 16/);
    expect(stderr).toBe('');
  });

  it('an invalid LOG_LEVEL is one error line naming it and exit code 1, in ask and in eval', async () => {
    for (const args of [['src/cli/ask.ts', 'anything'], ['src/cli/eval.ts', '--squad', 'unused.json']]) {
      const failure = await run(tsx, args, { env: { ...clean, LOG_LEVEL: 'verbose' } }).catch((e) => e);
      expect(failure.code).toBe(1);
      const lines = failure.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^error: LOG_LEVEL: .*"warn"/);
    }
  });

  it('with EMBEDDER=model and no model installed, ask is one error line saying how to install it, exit code 1', async () => {
    const env = { ...clean, EMBEDDER: 'model', ALLOW_MODEL_DOWNLOAD: 'false', MODELS_DIR: mkdtempSync(join(tmpdir(), 'no-model-')) };
    const failure = await run(tsx, ['src/cli/ask.ts', 'What did Shoigu say about sanctions?'], { env }).catch((e) => e);
    expect(failure.code).toBe(1);
    const lines = failure.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: embedding model .* is unavailable.*npm run models/);
  });

  it('with EMBEDDER=auto and no model installed, ask answers lexically without trying to download unless ALLOW_MODEL_DOWNLOAD is set', async () => {
    // A stand-in for the Hugging Face Hub that has nothing: it only counts who asks.
    let requests = 0;
    const hub = createServer((_req, res) => {
      requests++;
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
    try {
      const offline = {
        ...clean,
        EMBEDDER: 'auto',
        ALLOW_MODEL_DOWNLOAD: undefined,
        MODELS_DIR: mkdtempSync(join(tmpdir(), 'no-model-')),
        MODEL_REMOTE_HOST: `http://127.0.0.1:${(hub.address() as { port: number }).port}/`,
      };
      const { stdout } = await run(tsx, ['src/cli/ask.ts', '--json', 'What did Shoigu say about sanctions?'], { env: offline });
      expect(JSON.parse(stdout)).toMatchObject({ declined: false, paragraph: 7, embedder: 'lexical' });
      expect(requests).toBe(0);

      // Asked for, a download is still attempted (and fails over to lexical here).
      const allowed = await run(tsx, ['src/cli/ask.ts', '--json', 'What did Shoigu say about sanctions?'], {
        env: { ...offline, ALLOW_MODEL_DOWNLOAD: 'true' },
      });
      expect(JSON.parse(allowed.stdout)).toMatchObject({ declined: false, embedder: 'lexical' });
      expect(requests).toBeGreaterThan(0);
    } finally {
      await new Promise<void>((resolve) => hub.close(() => resolve()));
    }
  });
});

describe('URLs are checked at start, not at first use', () => {
  const bot = (env: Record<string, string>) => readBotConfig({ TELEGRAM_BOT_TOKEN: '7000001:AAtest-token', ...env });

  it('WEBHOOK_URL must be https, since Telegram posts updates only over HTTPS', () => {
    expect(bot({ WEBHOOK_URL: 'https://bot.example.org/telegram' }).WEBHOOK_URL).toBe('https://bot.example.org/telegram');
    expect(() => bot({ WEBHOOK_URL: 'http://bot.example.org/telegram' })).toThrow(/^WEBHOOK_URL: must be an https:\/\/ URL/);
    expect(() => bot({ WEBHOOK_URL: 'http://bot.example.org/telegram', TELEGRAM_API_ROOT: 'https://api.telegram.org' })).toThrow(
      /^WEBHOOK_URL: must be an https:\/\/ URL/,
    );
    expect(() => bot({ WEBHOOK_URL: 'ftp://bot.example.org/telegram' })).toThrow(/^WEBHOOK_URL: /);
  });

  it('WEBHOOK_URL may be http with a local Bot API server, which posts over plain HTTP', () => {
    const config = bot({ WEBHOOK_URL: 'http://127.0.0.1:8080/telegram', TELEGRAM_API_ROOT: 'http://127.0.0.1:8081' });
    expect(config).toMatchObject({ WEBHOOK_URL: 'http://127.0.0.1:8080/telegram', TELEGRAM_API_ROOT: 'http://127.0.0.1:8081' });
  });

  it('TELEGRAM_API_ROOT must be http or https', () => {
    expect(() => bot({ TELEGRAM_API_ROOT: 'ftp://x' })).toThrow(/^TELEGRAM_API_ROOT: must be an http:\/\/ or https:\/\/ URL$/);
    expect(() => bot({ TELEGRAM_API_ROOT: 'notaurl' })).toThrow(/^TELEGRAM_API_ROOT: /);
  });

  it('REDIS_URL must be a redis:// or rediss:// URL, not silently ignored', () => {
    expect(bot({ REDIS_URL: 'redis://localhost:6379' }).REDIS_URL).toBe('redis://localhost:6379');
    expect(bot({ REDIS_URL: 'rediss://user:secret@cache.example.org:6380/0' }).REDIS_URL).toBe('rediss://user:secret@cache.example.org:6380/0');
    for (const wrong of ['notaurl', 'http://localhost:6379', 'localhost:6379']) {
      expect(() => bot({ REDIS_URL: wrong })).toThrow(/^REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
    }
  });

  it('npm start reports a rejected URL as one line and exit code 1', async () => {
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TELEGRAM_') && !k.startsWith('WEBHOOK_')));
    const failure = await run(tsx, ['src/main.ts'], {
      env: { ...base, DOTENV_CONFIG_PATH: '/nonexistent/.env', TELEGRAM_BOT_TOKEN: '7000001:AAtest-token', TELEGRAM_API_ROOT: 'ftp://x' },
    }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim().split('\n')).toEqual(['TELEGRAM_API_ROOT: must be an http:// or https:// URL']);
  });
});
