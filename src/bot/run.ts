/**
 * Starts the bot in long polling or webhook mode and stops it gracefully: stop taking updates,
 * let in-flight answers finish (bounded), confirm what was taken, release Redis.
 */
import { createHash } from 'node:crypto';
import { TelegramError, type Telegraf } from 'telegraf';
import type { BotConfig } from '../config.js';
import type { QuestionAnswerer } from '../core/types.js';
import type { Logger } from '../log.js';
import { createBot } from './create-bot.js';
import { UpdateDispatcher } from './dispatcher.js';
import { ALLOWED_UPDATES, DEFAULT_POLLING, LongPoller, type PollingOptions } from './polling.js';
import { createQuestionLimiter, type QuestionLimiter } from './rate-limit.js';
import { describeError, type RetryPolicy } from './retry.js';
import type { ThrottleLimits } from './throttle.js';
import { WebhookServer } from './webhook.js';

/** A start-up failure the operator can fix; main prints its message as one line. */
export class StartupError extends Error {
  override name = 'StartupError';
}

export interface RunOptions {
  readonly config: BotConfig;
  readonly answerer: QuestionAnswerer;
  readonly log: Logger;
  /** Tuning, mostly for tests; the defaults are the production values. */
  readonly retry?: RetryPolicy;
  readonly throttle?: ThrottleLimits;
  readonly polling?: PollingOptions;
  readonly maxQuestionChars?: number;
  /** How long shutdown waits for in-flight answers. Stays under the 5 s a supervisor usually allows. */
  readonly shutdownGraceMs?: number;
}

export interface RunningBot {
  readonly mode: 'polling' | 'webhook';
  readonly username: string;
  /** Webhook mode: the port the server listens on. */
  readonly port?: number;
  /** Settles once the bot has stopped; rejects if polling cannot go on (token revoked). */
  readonly done: Promise<void>;
  stop(reason: string): Promise<void>;
}

const DEFAULT_SHUTDOWN_GRACE_MS = 4000;

const COMMANDS = {
  en: [
    { command: 'start', description: 'Introduction and example questions' },
    { command: 'help', description: 'How to ask' },
    { command: 'article', description: 'Headline, source and length of the article' },
    { command: 'ask', description: 'Ask a question (in groups)' },
  ],
  ar: [
    { command: 'start', description: 'مقدمة وأمثلة على الأسئلة' },
    { command: 'help', description: 'طريقة طرح الأسئلة' },
    { command: 'article', description: 'عنوان المقال ومصدره وطوله' },
    { command: 'ask', description: 'اطرح سؤالاً (في المجموعات)' },
  ],
};

export async function runBot(options: RunOptions): Promise<RunningBot> {
  const { config, log } = options;
  const limiter = await createQuestionLimiter({
    perMinute: config.USER_QUESTIONS_PER_MINUTE,
    redisUrl: config.REDIS_URL,
    log,
  });
  const bot = createBot({
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    answerer: options.answerer,
    limiter,
    log,
    logQuestions: config.LOG_QUESTIONS,
    ...(options.maxQuestionChars ? { maxQuestionChars: options.maxQuestionChars } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.throttle ? { throttle: options.throttle } : {}),
  });

  try {
    bot.botInfo = await identify(bot, config);
  } catch (error) {
    await limiter.close();
    throw error;
  }
  await registerCommands(bot, log);

  const dispatcher = new UpdateDispatcher((update) => bot.handleUpdate(update), log);
  const grace = options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
  const username = bot.botInfo.username;

  if (config.WEBHOOK_URL) {
    return startWebhook(bot, config, dispatcher, limiter, log, grace);
  }

  const poller = new LongPoller(bot.telegram, dispatcher, log, options.polling ?? DEFAULT_POLLING);
  await bot.telegram.deleteWebhook({ drop_pending_updates: false }).catch((error: unknown) => {
    log.warn(describeError(error), 'deleteWebhook failed; polling anyway');
  });
  const polling = poller.run();
  log.info({ mode: 'polling', username }, 'bot started');

  let stopping: Promise<void> | undefined;
  const stop = (reason: string): Promise<void> =>
    (stopping ??= (async () => {
      log.info({ reason, inFlight: dispatcher.pending }, 'stopping');
      poller.stop();
      await polling.catch(() => undefined);
      await finish(dispatcher, grace, log);
      await poller.confirm().catch((error: unknown) => log.warn(describeError(error), 'could not confirm the last updates'));
      await limiter.close();
      log.info('stopped');
    })());

  // A revoked token ends polling; shut down like for a signal, then let the caller see why.
  const done = polling.then(
    () => stopping,
    async (error: unknown) => {
      await stop('polling failed');
      throw error instanceof TelegramError && error.code === 401
        ? new StartupError('TELEGRAM_BOT_TOKEN was rejected by the Bot API (401 Unauthorized)')
        : error;
    },
  );
  return { mode: 'polling', username, done, stop };
}

async function startWebhook(
  bot: Telegraf,
  config: BotConfig,
  dispatcher: UpdateDispatcher,
  limiter: QuestionLimiter,
  log: Logger,
  grace: number,
): Promise<RunningBot> {
  const url = new URL(config.WEBHOOK_URL ?? '');
  const secret = config.WEBHOOK_SECRET ?? derivedSecret(config.TELEGRAM_BOT_TOKEN);
  const server = new WebhookServer({
    host: config.WEBHOOK_HOST,
    port: config.PORT,
    path: url.pathname,
    secret,
    dispatcher,
    log,
    health: () => ({ mode: 'webhook', inFlight: dispatcher.pending }),
  });
  let port: number;
  try {
    port = await server.listen();
  } catch (error) {
    await limiter.close();
    throw new StartupError(`cannot listen on ${config.WEBHOOK_HOST}:${config.PORT} for the webhook: ${(error as Error).message}`);
  }
  try {
    // Every replica sets the same URL and secret, so this is idempotent behind a load balancer.
    await bot.telegram.setWebhook(url.href, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
  } catch (error) {
    await server.close();
    await limiter.close();
    throw new StartupError(`setWebhook failed for WEBHOOK_URL ${url.href}: ${(error as Error).message}`);
  }
  log.info({ mode: 'webhook', username: bot.botInfo?.username, port, path: url.pathname }, 'bot started');

  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  let stopping: Promise<void> | undefined;
  const stop = (reason: string): Promise<void> =>
    (stopping ??= (async () => {
      log.info({ reason, inFlight: dispatcher.pending }, 'stopping');
      // The webhook stays registered: other replicas keep serving it.
      await Promise.all([server.close(), finish(dispatcher, grace, log)]);
      await limiter.close();
      log.info('stopped');
      resolveDone();
    })());
  return { mode: 'webhook', username: bot.botInfo?.username ?? '', port, done, stop };
}

/** getMe both checks the token and tells us the username needed to recognise mentions. */
async function identify(bot: Telegraf, config: BotConfig): Promise<NonNullable<Telegraf['botInfo']>> {
  try {
    return await bot.telegram.getMe();
  } catch (error) {
    if (error instanceof TelegramError && (error.code === 401 || error.code === 404)) {
      throw new StartupError(`TELEGRAM_BOT_TOKEN was rejected by the Bot API (${error.code} ${error.description})`);
    }
    const where = config.TELEGRAM_API_ROOT ?? 'https://api.telegram.org';
    throw new StartupError(`cannot reach the Bot API at ${where}: ${(error as Error).message}`);
  }
}

/** Nice to have only: a local Bot API server or an emulator may not know these methods. */
async function registerCommands(bot: Telegraf, log: Logger): Promise<void> {
  const results = await Promise.allSettled([
    bot.telegram.setMyCommands(COMMANDS.en),
    bot.telegram.setMyCommands(COMMANDS.ar, { language_code: 'ar' }),
  ]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) log.warn(describeError(failed.reason), 'setMyCommands failed; continuing without the command menu');
}

async function finish(dispatcher: UpdateDispatcher, grace: number, log: Logger): Promise<void> {
  const abandoned = await dispatcher.drain(grace);
  if (abandoned > 0) log.error({ abandoned }, 'shutdown grace period over; these updates were not finished');
}

/** Same on every replica (same token), so no shared secret has to be configured. */
function derivedSecret(token: string): string {
  return createHash('sha256').update(`webhook:${token}`).digest('base64url');
}
