/**
 * Shared set-up for the bot's end-to-end tests and the burst benchmark: the emulator, the real
 * answering engine (lexical, offline), and the bot started exactly as main.ts starts it, with
 * short retry delays so fault tests stay fast.
 */
import { Writable } from 'node:stream';
import { createServer } from 'node:net';
import pino from 'pino';
import { createAnswerer } from '../../src/answering.js';
import { readBotConfig, readEngineConfig, type BotConfig } from '../../src/config.js';
import type { Article, QuestionAnswerer } from '../../src/core/types.js';
import type { Logger } from '../../src/log.js';
import { runBot, type RunOptions, type RunningBot } from '../../src/bot/run.js';
import type { BotMessage } from './bot-api-emulator.js';

export const TOKEN = '7000001:AAtest-token_for_the_emulator_0123';

export const FAST: Pick<RunOptions, 'retry' | 'polling' | 'throttle' | 'shutdownGraceMs'> = {
  retry: { maxRetries: 3, baseDelayMs: 20, maxDelayMs: 200, maxRateLimitRetries: 3 },
  polling: { timeoutS: 10, retryDelayMs: 50, maxDelayMs: 500 },
  throttle: { globalPerSecond: 30, groupPerMinute: 20, privateMinIntervalMs: 100 },
  shutdownGraceMs: 3000,
};

let answerer: Promise<QuestionAnswerer> | undefined;

/** The real engine on the default article, loaded once per test file. */
export function realAnswerer(): Promise<QuestionAnswerer> {
  answerer ??= createAnswerer(readEngineConfig({ EMBEDDER: 'lexical', LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
  return answerer;
}

/** JSON log lines kept in memory, with the raw text too, to check what would reach disk. */
export class LogCapture {
  readonly raw: string[] = [];
  readonly logger: Logger;

  constructor(level = 'info') {
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.raw.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    this.logger = pino({ level }, sink);
  }

  get lines(): Record<string, unknown>[] {
    return this.raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  where(event: string): Record<string, unknown>[] {
    return this.lines.filter((l) => l.event === event);
  }
}

export function botConfig(env: Record<string, string | undefined>): BotConfig {
  return readBotConfig({ TELEGRAM_BOT_TOKEN: TOKEN, EMBEDDER: 'lexical', WEBHOOK_HOST: '127.0.0.1', ...env });
}

export async function startBot(
  env: Record<string, string | undefined>,
  options: Partial<RunOptions> & { log?: Logger } = {},
): Promise<RunningBot> {
  return runBot({
    config: botConfig(env),
    answerer: options.answerer ?? (await realAnswerer()),
    log: options.log ?? pino({ level: 'silent' }),
    ...FAST,
    ...options,
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The article sentence a reply quotes, if it quotes one verbatim inside a blockquote. */
export function quotedSentence(reply: BotMessage, article: Article): string | undefined {
  const quote = reply.entities.find((e) => e.type === 'blockquote');
  if (!quote) return undefined;
  const quoted = reply.text.slice(quote.offset, quote.offset + quote.length);
  return article.sentences.find((s) => s.text.trim() === quoted.trim())?.text;
}

/** "paragraph N of M" in either interface language, as a user reads it. */
export function citationOf(reply: BotMessage): { paragraph: number; of: number; language: 'en' | 'ar' } | undefined {
  const en = /paragraph (\d+) of (\d+)/.exec(reply.text);
  if (en) return { paragraph: Number(en[1]), of: Number(en[2]), language: 'en' };
  const ar = /الفقرة (\d+) من (\d+)/.exec(reply.text);
  if (ar) return { paragraph: Number(ar[1]), of: Number(ar[2]), language: 'ar' };
  return undefined;
}
