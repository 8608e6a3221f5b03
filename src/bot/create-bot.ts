/**
 * Composition: one Telegraf instance with the API guard first, then the handlers.
 * Nothing here starts polling or a server; run.ts does that.
 */
import { Telegraf, TelegramError, type Context } from 'telegraf';
import { MAX_QUESTION_CHARS } from '../core/engine.js';
import type { QuestionAnswerer } from '../core/types.js';
import type { Logger } from '../log.js';
import { ApiGuard } from './api-resilience.js';
import { articleVersion } from './callback-data.js';
import type { BotDeps } from './deps.js';
import { renderNotice } from './format.js';
import { buttonHandlers } from './handlers/buttons.js';
import { inlineHandlers } from './handlers/inline.js';
import { messageHandlers } from './handlers/messages.js';
import { languageOfUser, t } from './i18n.js';
import type { QuestionLimiter } from './rate-limit.js';
import { DEFAULT_RETRY, describeError, type RetryPolicy } from './retry.js';
import { sendMessages } from './send.js';
import { DEFAULT_THROTTLE, OutgoingThrottle, type ThrottleLimits } from './throttle.js';

export interface BotOptions {
  readonly token: string;
  /** Another Bot API server (a local one, or a test emulator). */
  readonly apiRoot?: string | undefined;
  readonly answerer: QuestionAnswerer;
  readonly limiter: QuestionLimiter;
  readonly log: Logger;
  readonly logQuestions?: boolean;
  readonly maxQuestionChars?: number;
  readonly retry?: RetryPolicy;
  readonly throttle?: ThrottleLimits;
}

export function createBot(options: BotOptions): Telegraf<Context> {
  const { log } = options;
  const bot = new Telegraf<Context>(options.token, {
    telegram: {
      ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
      // Answering inside the webhook response would hide errors and skip the API guard.
      webhookReply: false,
    },
  });

  const guard = new ApiGuard(new OutgoingThrottle(options.throttle ?? DEFAULT_THROTTLE), options.retry ?? DEFAULT_RETRY, log);
  guard.install(bot.telegram);
  bot.use(guard.middleware());

  const deps: BotDeps = {
    answerer: options.answerer,
    version: articleVersion(options.answerer.article),
    limiter: options.limiter,
    log,
    logQuestions: options.logQuestions ?? false,
    maxQuestionChars: options.maxQuestionChars ?? MAX_QUESTION_CHARS,
  };
  bot.use(messageHandlers(deps), buttonHandlers(deps), inlineHandlers(deps));

  // One failed update must never stop the others: log it, tell the user when we still can.
  bot.catch(async (error, ctx) => {
    log.error({ ...describeError(error), updateId: ctx.update.update_id, updateType: ctx.updateType }, 'update handler failed');
    const telegramFailed = error instanceof TelegramError || (error instanceof Error && error.name === 'FetchError');
    if (telegramFailed || !ctx.chat || !ctx.message) return;
    const notice = renderNotice(t(languageOfUser(ctx.from?.language_code)).failure);
    await sendMessages(ctx, [notice], ctx.message.message_id).catch((e: unknown) =>
      log.warn(describeError(e), 'could not tell the user about the failure'),
    );
  });

  return bot;
}
