/**
 * Per-user limit on questions. In memory by default; with REDIS_URL the counters live in Redis
 * so replicas behind a load balancer share them. If Redis is unreachable, an in-memory limiter
 * stands in (rate-limiter-flexible's insurance limiter) rather than refusing to answer.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../log.js';

export type Verdict =
  | { readonly allowed: true }
  /** `warn` is true for the first refused question of a window only, so a flood gets one reply. */
  | { readonly allowed: false; readonly warn: boolean; readonly retryAfterS: number };

export interface QuestionLimiter {
  check(userId: number): Promise<Verdict>;
  close(): Promise<void>;
}

export interface QuestionLimiterOptions {
  readonly perMinute: number;
  readonly redisUrl?: string | undefined;
  readonly log: Logger;
}

const KEY_PREFIX = 'qa-bot:questions';

export async function createQuestionLimiter(options: QuestionLimiterOptions): Promise<QuestionLimiter> {
  const memory = new RateLimiterMemory({ keyPrefix: KEY_PREFIX, points: options.perMinute, duration: 60 });
  if (!options.redisUrl) return new FlexibleLimiter(memory, options.perMinute, async () => {});

  // Loaded only when asked for, so a single instance needs no Redis client at all.
  const { Redis } = await import('ioredis');
  const client = new Redis(options.redisUrl, {
    // Fail fast into the insurance limiter instead of queueing commands while Redis is down.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  client.on('error', (error: Error) => options.log.warn({ err: error.message }, 'Redis error; using in-memory rate limits meanwhile'));
  const redis = new RateLimiterRedis({
    storeClient: client,
    keyPrefix: KEY_PREFIX,
    points: options.perMinute,
    duration: 60,
    insuranceLimiter: memory,
  });
  return new FlexibleLimiter(redis, options.perMinute, async () => {
    await client.quit().catch(() => client.disconnect());
  });
}

class FlexibleLimiter implements QuestionLimiter {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly points: number,
    readonly close: () => Promise<void>,
  ) {}

  async check(userId: number): Promise<Verdict> {
    try {
      await this.limiter.consume(String(userId));
      return { allowed: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // Counting continues past the limit, so "one over" identifies the first refusal in any replica.
      return {
        allowed: false,
        warn: rejection.consumedPoints === this.points + 1,
        retryAfterS: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      };
    }
  }
}
