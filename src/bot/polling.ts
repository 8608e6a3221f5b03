/**
 * Long polling that hands each update to the dispatcher instead of awaiting it, unlike
 * telegraf's built-in loop, which waits for a whole batch before fetching the next one.
 * Errors of getUpdates itself are waited out here, except a rejected token.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { TelegramError, type Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Logger } from '../log.js';
import type { UpdateDispatcher } from './dispatcher.js';
import { describeError } from './retry.js';

/** telegraf types its signal with the abort-controller polyfill; node-fetch accepts the native one. */
type TelegrafSignal = NonNullable<Parameters<Telegram['callApi']>[2]>['signal'];

export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;

export interface PollingOptions {
  /** Seconds the server may hold a getUpdates call open. */
  readonly timeoutS: number;
  /** First delay after a failed getUpdates; doubles up to maxDelayMs. */
  readonly retryDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_POLLING: PollingOptions = { timeoutS: 30, retryDelayMs: 1000, maxDelayMs: 30_000 };

export class LongPoller {
  private readonly abort = new AbortController();
  private offset = 0;

  constructor(
    private readonly telegram: Telegram,
    private readonly dispatcher: UpdateDispatcher,
    private readonly log: Logger,
    private readonly options: PollingOptions = DEFAULT_POLLING,
  ) {}

  /** Resolves when stopped; rejects only when polling cannot go on (token revoked). */
  async run(): Promise<void> {
    let failures = 0;
    while (!this.abort.signal.aborted) {
      let updates: Update[];
      try {
        updates = await this.telegram.callApi(
          'getUpdates',
          { timeout: this.options.timeoutS, offset: this.offset, allowed_updates: [...ALLOWED_UPDATES] },
          { signal: this.abort.signal as unknown as TelegrafSignal },
        );
        failures = 0;
      } catch (error) {
        if (this.abort.signal.aborted) break;
        if (error instanceof TelegramError && error.code === 401) throw error;
        const delayMs = this.delayAfter(error, failures++);
        // 409: another instance polls with this token, or a webhook is set. Waiting is all we can do.
        this.log.warn({ ...describeError(error), retryInMs: delayMs }, 'getUpdates failed');
        await sleep(delayMs, undefined, { signal: this.abort.signal }).catch(() => undefined);
        continue;
      }
      for (const update of updates) {
        this.offset = Math.max(this.offset, update.update_id + 1);
        this.dispatcher.dispatch(update);
      }
    }
  }

  stop(): void {
    this.abort.abort();
  }

  /** Tells the server which updates were taken, so a restart does not receive them again. */
  async confirm(): Promise<void> {
    if (this.offset === 0) return;
    await this.telegram.callApi('getUpdates', { offset: this.offset, limit: 1, timeout: 0 });
  }

  private delayAfter(error: unknown, failures: number): number {
    if (error instanceof TelegramError && error.code === 429) return (error.parameters?.retry_after ?? 1) * 1000;
    return Math.min(this.options.maxDelayMs, this.options.retryDelayMs * 2 ** failures);
  }
}
