/**
 * Every Bot API call the bot makes goes through here: outgoing messages are throttled to
 * Telegram's limits, 429s are retried after retry_after (a wait past a minute is given up on),
 * 5xx and network errors a bounded number of times. Telegraf builds a fresh Telegram client per
 * update, so the guard is installed on each of them by a middleware, and once on the bot's own
 * client.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Middleware, Context, Telegram } from 'telegraf';
import type { Logger } from '../log.js';
import { classify, describeError, MAX_RATE_LIMIT_WAIT_MS, retryDelay, type RetryPolicy } from './retry.js';
import type { ChatId, OutgoingThrottle } from './throttle.js';

type CallApi = Telegram['callApi'];
type RawCall = (method: string, payload: unknown, options?: { signal?: AbortSignal }) => Promise<unknown>;

/** Long polling manages its own waiting and errors; retrying it here would stall shutdown. */
const PASS_THROUGH = new Set(['getUpdates']);

/** Calls that post something into a chat and so count against the per-chat and global limits. */
function throttledChat(method: string, payload: unknown): ChatId | undefined {
  if (!/^(send|edit|copy|forward)/.test(method) || method === 'sendChatAction') return undefined;
  const chatId = (payload as { chat_id?: ChatId } | undefined)?.chat_id;
  return chatId ?? undefined;
}

export class ApiGuard {
  private readonly installed = new WeakSet<Telegram>();

  constructor(
    private readonly throttle: OutgoingThrottle,
    private readonly policy: RetryPolicy,
    private readonly log: Logger,
  ) {}

  install(telegram: Telegram): void {
    if (this.installed.has(telegram)) return;
    this.installed.add(telegram);
    const raw = telegram.callApi.bind(telegram) as unknown as RawCall;
    // callApi is generic over every method; the guard is method-agnostic, hence the cast.
    telegram.callApi = ((method: string, payload: unknown, options?: { signal?: AbortSignal }) =>
      PASS_THROUGH.has(method)
        ? raw(method, payload, options)
        : this.call(method, payload, () => raw(method, payload, options), options?.signal)) as unknown as CallApi;
  }

  middleware<C extends Context>(): Middleware<C> {
    return (ctx, next) => {
      this.install(ctx.telegram);
      return next();
    };
  }

  private async call(method: string, payload: unknown, send: () => Promise<unknown>, signal?: AbortSignal): Promise<unknown> {
    const chatId = throttledChat(method, payload);
    const attempt = chatId === undefined ? send : () => this.throttle.schedule(chatId, send);
    const retries = { transient: 0, rateLimited: 0 };
    for (;;) {
      try {
        return await attempt();
      } catch (error) {
        const failure = classify(error);
        const delayMs = retryDelay(failure, retries, this.policy);
        if (delayMs === null || signal?.aborted) {
          // Thrown like any other give-up (bot.catch logs the update); this line says why it was not waited out.
          if (failure.kind === 'rate-limited' && failure.retryAfterMs > MAX_RATE_LIMIT_WAIT_MS) {
            const wait = { retryAfterMs: failure.retryAfterMs, maxWaitMs: MAX_RATE_LIMIT_WAIT_MS };
            this.log.warn({ method, chatId, ...describeError(error), ...wait }, 'Bot API asked for a longer wait than a call is held for; giving up');
          }
          throw error;
        }
        if (failure.kind === 'rate-limited') retries.rateLimited++;
        else retries.transient++;
        this.log.warn({ method, chatId, ...describeError(error), retryInMs: delayMs, retries }, 'Bot API call failed, retrying');
        await sleep(delayMs, undefined, signal ? { signal } : undefined);
      }
    }
  }
}
