/**
 * Outgoing messages respect Telegram's published limits before Telegram has to enforce them
 * with 429s: about 30 messages per second overall, 20 per minute in a group, and about one per
 * second in a private chat. Bottleneck keeps one limiter per chat (dropped when idle) chained
 * to one global limiter, the same scheme as grammY's throttler.
 */
import Bottleneck from 'bottleneck';

export interface ThrottleLimits {
  /** Messages per second across all chats. */
  readonly globalPerSecond: number;
  /** Messages per minute in one group or channel. */
  readonly groupPerMinute: number;
  /** Minimum spacing of messages in one private chat. */
  readonly privateMinIntervalMs: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = {
  globalPerSecond: 30,
  groupPerMinute: 20,
  privateMinIntervalMs: 1000,
};

export type ChatId = number | string;

export class OutgoingThrottle {
  private readonly global: Bottleneck;
  private readonly groups: Bottleneck.Group;
  private readonly privates: Bottleneck.Group;

  constructor(limits: ThrottleLimits = DEFAULT_THROTTLE) {
    this.global = new Bottleneck({
      reservoir: limits.globalPerSecond,
      reservoirRefreshAmount: limits.globalPerSecond,
      reservoirRefreshInterval: 1000,
    });
    // One at a time per chat keeps the parts of a split answer in order.
    this.groups = new Bottleneck.Group({
      maxConcurrent: 1,
      reservoir: limits.groupPerMinute,
      reservoirRefreshAmount: limits.groupPerMinute,
      reservoirRefreshInterval: 60_000,
    });
    this.privates = new Bottleneck.Group({ maxConcurrent: 1, minTime: limits.privateMinIntervalMs });
    for (const group of [this.groups, this.privates]) group.on('created', (limiter) => limiter.chain(this.global));
  }

  schedule<T>(chatId: ChatId, task: () => Promise<T>): Promise<T> {
    return this.limiterFor(chatId).schedule(task);
  }

  /** Private chats have positive ids; groups, supergroups and channels negative ids or @usernames. */
  private limiterFor(chatId: ChatId): Bottleneck {
    const isPrivate = typeof chatId === 'number' ? chatId > 0 : /^\d+$/.test(chatId);
    return (isPrivate ? this.privates : this.groups).key(String(chatId));
  }
}
