/**
 * Runs updates concurrently and remembers which are still running, so that shutdown can wait
 * for in-flight answers and one slow update (a 429 wait) does not hold up the others.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Update } from 'telegraf/types';
import type { Logger } from '../log.js';

export class UpdateDispatcher {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly handle: (update: Update) => Promise<void>,
    private readonly log: Logger,
  ) {}

  get pending(): number {
    return this.inFlight.size;
  }

  dispatch(update: Update): void {
    const task: Promise<void> = this.handle(update)
      // bot.catch already logged handler errors; this catches failures of the error handler itself.
      .catch((error: unknown) => this.log.error({ err: String(error), updateId: update.update_id }, 'update failed'))
      .finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
  }

  /** Waits for running updates, at most `timeoutMs`; resolves to how many were still running. */
  async drain(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    // Loop because an update may still be dispatched while we wait (a webhook request mid-read).
    while (this.inFlight.size > 0 && Date.now() < deadline) {
      const timer = new AbortController();
      const timeout = sleep(deadline - Date.now(), undefined, { signal: timer.signal }).catch(() => undefined);
      await Promise.race([Promise.allSettled([...this.inFlight]), timeout]);
      timer.abort();
    }
    return this.inFlight.size;
  }
}
