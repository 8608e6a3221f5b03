/**
 * What to do when a Bot API call fails: a 429 says how long to wait (retry_after), 5xx and
 * network failures are usually brief, anything else (400, 403 …) will fail the same way again.
 */
import { TelegramError } from 'telegraf';

export interface RetryPolicy {
  /** Retries after 5xx or network errors, with exponential backoff from baseDelayMs. */
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Retries after 429, each after the retry_after Telegram asked for (at most MAX_RATE_LIMIT_WAIT_MS). */
  readonly maxRateLimitRetries: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  maxRateLimitRetries: 5,
};

/**
 * The longest 429 wait a call is held for. Telegram asks for more only when it has put the bot
 * in a flood wait, and a reply that late is worth less than a logged drop; the update also
 * stays in flight all along, and shutdown abandons in-flight work after a few seconds
 * (run.ts), so a longer sleep would most likely end cut off rather than delivered.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 60_000;

export type Failure =
  | { readonly kind: 'rate-limited'; readonly retryAfterMs: number }
  | { readonly kind: 'transient' }
  | { readonly kind: 'permanent' };

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED']);

export function classify(error: unknown): Failure {
  if (error instanceof TelegramError) {
    if (error.code === 429) return { kind: 'rate-limited', retryAfterMs: (error.parameters?.retry_after ?? 1) * 1000 };
    return error.code >= 500 ? { kind: 'transient' } : { kind: 'permanent' };
  }
  if (error instanceof Error) {
    if (error.name === 'AbortError') return { kind: 'permanent' };
    // node-fetch (inside telegraf) wraps socket errors in a FetchError with the errno code.
    const code = (error as NodeJS.ErrnoException).code;
    if (error.name === 'FetchError' || (code !== undefined && NETWORK_CODES.has(code))) return { kind: 'transient' };
  }
  return { kind: 'permanent' };
}

/** Delay before retry number `retry` (0-based), or null when the policy says give up. */
export function retryDelay(failure: Failure, retry: { transient: number; rateLimited: number }, policy: RetryPolicy): number | null {
  switch (failure.kind) {
    case 'rate-limited':
      return retry.rateLimited < policy.maxRateLimitRetries && failure.retryAfterMs <= MAX_RATE_LIMIT_WAIT_MS ? failure.retryAfterMs : null;
    case 'transient':
      return retry.transient < policy.maxRetries
        ? Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry.transient)
        : null;
    case 'permanent':
      return null;
  }
}

export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof TelegramError) {
    return { code: error.code, description: error.description, method: (error.on as { method?: string } | undefined)?.method };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, code: (error as NodeJS.ErrnoException).code };
  return { message: String(error) };
}
