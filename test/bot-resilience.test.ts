/** The outgoing throttle, the retry guard around callApi, and the per-user question limit. */
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { Telegram } from 'telegraf';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiGuard } from '../src/bot/api-resilience.js';
import { createQuestionLimiter } from '../src/bot/rate-limit.js';
import { DEFAULT_RETRY, MAX_RATE_LIMIT_WAIT_MS, retryDelay } from '../src/bot/retry.js';
import { OutgoingThrottle } from '../src/bot/throttle.js';
import { BotApiEmulator } from './emulator/bot-api-emulator.js';
import { LogCapture, TOKEN } from './emulator/harness.js';

describe('outgoing throttle', () => {
  it('holds a group to its per-minute budget', async () => {
    const throttle = new OutgoingThrottle({ globalPerSecond: 100, groupPerMinute: 3, privateMinIntervalMs: 0 });
    let done = 0;
    for (let i = 0; i < 5; i++) void throttle.schedule(-100, async () => void done++);
    await vi.waitFor(() => expect(done).toBe(3));
    await sleep(300);
    // The other two wait for the next minute.
    expect(done).toBe(3);
  });

  it('holds all chats together to the global per-second budget', async () => {
    const throttle = new OutgoingThrottle({ globalPerSecond: 5, groupPerMinute: 20, privateMinIntervalMs: 0 });
    const started = Date.now();
    const finished: number[] = [];
    await Promise.all(Array.from({ length: 8 }, (_, i) => throttle.schedule(1 + i, async () => void finished.push(Date.now() - started))));
    finished.sort((a, b) => a - b);
    // Five go at once; the rest wait for the reservoir to refill.
    expect(finished[5]! - finished[4]!).toBeGreaterThan(200);
  });

  it('spaces messages within one private chat, but not across chats', async () => {
    const throttle = new OutgoingThrottle({ globalPerSecond: 30, groupPerMinute: 20, privateMinIntervalMs: 200 });
    const started = Date.now();
    const times = await Promise.all([1, 1, 2, 3].map((chat) => throttle.schedule(chat, async () => Date.now() - started)));
    // Bottleneck spaces the launches; the global chain adds a little jitter to when they run.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(100);
    // Other chats do not wait for chat 1's spacing.
    expect(times[2]!).toBeLessThan(times[1]!);
    expect(times[3]!).toBeLessThan(times[1]!);
  });
});

describe('API guard over HTTP', () => {
  let emu: BotApiEmulator;
  let telegram: Telegram;
  const logs = new LogCapture('warn');

  beforeAll(async () => {
    emu = await BotApiEmulator.start({ token: TOKEN });
    telegram = new Telegram(TOKEN, { apiRoot: emu.apiRoot });
    const guard = new ApiGuard(
      new OutgoingThrottle({ globalPerSecond: 30, groupPerMinute: 20, privateMinIntervalMs: 0 }),
      { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 50, maxRateLimitRetries: 2 },
      logs.logger,
    );
    guard.install(telegram);
  });

  afterAll(async () => {
    await emu?.stop();
  });

  it('gives up after the bounded number of 5xx retries and reports the error', async () => {
    const user = emu.user();
    emu.privateChat(user);
    emu.inject('sendMessage', { kind: 'status', status: 500 }, 3);
    await expect(telegram.sendMessage(user.id, 'hello')).rejects.toMatchObject({ code: 500 });
    expect(emu.callsOf('sendMessage').map((c) => c.status)).toEqual([500, 500, 500]);
    expect(logs.lines.filter((l) => l.msg === 'Bot API call failed, retrying')).toHaveLength(2);
  });

  it('does not retry a 400, which would fail the same way again', async () => {
    const user = emu.user();
    emu.privateChat(user);
    await expect(telegram.sendMessage(user.id, '<b>unclosed', { parse_mode: 'HTML' })).rejects.toMatchObject({ code: 400 });
    expect(emu.callsOf('sendMessage').filter((c) => Number(c.payload.chat_id) === user.id)).toHaveLength(1);
  });

  it('honours retry_after on 429', async () => {
    const user = emu.user();
    emu.privateChat(user);
    emu.inject('sendMessage', { kind: 'status', status: 429, retryAfter: 1 }, 1);
    const started = Date.now();
    await telegram.sendMessage(user.id, 'hello');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('gives up at once, with a warning, when a 429 asks for a longer wait than the cap', async () => {
    const user = emu.user();
    emu.privateChat(user);
    emu.inject('sendMessage', { kind: 'status', status: 429, retryAfter: 3600 }, 1);
    const started = Date.now();
    const outcome = await Promise.race([
      telegram.sendMessage(user.id, 'hello').then(() => 'sent', (error: unknown) => error),
      sleep(2000).then(() => 'still waiting'),
    ]);
    expect(outcome).toMatchObject({ code: 429 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(emu.callsOf('sendMessage').filter((c) => Number(c.payload.chat_id) === user.id).map((c) => c.status)).toEqual([429]);
    const warning = logs.lines.find((l) => l.msg === 'Bot API asked for a longer wait than a call is held for; giving up');
    expect(warning).toMatchObject({ level: 40, method: 'sendMessage', code: 429, retryAfterMs: 3_600_000, maxWaitMs: MAX_RATE_LIMIT_WAIT_MS });
  });

  it('never puts the token in what it logs', () => {
    expect(logs.raw.join('\n')).not.toContain(TOKEN.split(':')[1]);
  });
});

describe('retry policy', () => {
  const first = { transient: 0, rateLimited: 0 };

  it('waits out a 429 up to the cap, and no longer', () => {
    expect(retryDelay({ kind: 'rate-limited', retryAfterMs: MAX_RATE_LIMIT_WAIT_MS }, first, DEFAULT_RETRY)).toBe(MAX_RATE_LIMIT_WAIT_MS);
    expect(retryDelay({ kind: 'rate-limited', retryAfterMs: MAX_RATE_LIMIT_WAIT_MS + 1000 }, first, DEFAULT_RETRY)).toBeNull();
  });
});

describe('per-user question limit', () => {
  it('allows the budget, then refuses with exactly one warning', async () => {
    const limiter = await createQuestionLimiter({ perMinute: 3, log: pino({ level: 'silent' }) });
    const verdicts = [];
    for (let i = 0; i < 6; i++) verdicts.push(await limiter.check(1));
    expect(verdicts.slice(0, 3).every((v) => v.allowed)).toBe(true);
    expect(verdicts.slice(3).map((v) => (v.allowed ? 'allowed' : v.warn ? 'warn' : 'silent'))).toEqual(['warn', 'silent', 'silent']);
    expect((await limiter.check(2)).allowed).toBe(true);
    await limiter.close();
  });

  it('keeps answering from memory when Redis is unreachable', async () => {
    const log = new LogCapture('warn');
    const limiter = await createQuestionLimiter({ perMinute: 2, redisUrl: 'redis://127.0.0.1:1', log: log.logger });
    const verdicts = [];
    for (let i = 0; i < 3; i++) verdicts.push(await limiter.check(7));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false]);
    await limiter.close();
  });
});
