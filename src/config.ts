/**
 * Settings come from the environment (and `.env` via dotenv), are validated once at start
 * and then passed down as plain typed objects: nothing below this module reads process.env
 * (but for NODE_ENV, which only makes logs pretty at a terminal: see log.ts).
 */
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/**
 * z.url() alone accepts any scheme (ftp://, file:), which then passed validation and failed at
 * the first request; the scheme is checked here so that the mistake is reported at start.
 */
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

const engineSchema = z.object({
  ARTICLE_PATH: z.string().min(1).default('data/article.txt'),
  /** Overrides the source named in the article's `.meta.json`. */
  ARTICLE_SOURCE: z.string().min(1).optional(),
  /** auto: the model when it loads, else lexical; lexical: never load a model; model: fail without one. */
  EMBEDDER: z.enum(['auto', 'lexical', 'model']).default('auto'),
  EMBEDDING_MODEL: z.string().min(1).default('Xenova/multilingual-e5-small'),
  MODELS_DIR: z.string().min(1).default('models'),
  ALLOW_MODEL_DOWNLOAD: bool.default(true),
  EMBED_THREADS: z.coerce.number().int().min(1).max(64).default(1),
  /** Override the model family's conventions (e5: `query: `, `passage: `, mean pooling). */
  EMBED_QUERY_PREFIX: z.string().optional(),
  EMBED_PASSAGE_PREFIX: z.string().optional(),
  EMBED_POOLING: z.enum(['mean', 'cls']).optional(),
  /** Bounds model loading at start (download included), so start-up never hangs on the network. */
  MODEL_LOAD_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  /** A Hugging Face Hub mirror to download models from; the Hub itself when unset. */
  MODEL_REMOTE_HOST: httpUrl.optional(),
  LOG_LEVEL: logLevel.default('info'),
  LOG_QUESTIONS: bool.default(false),
});

const botSchema = engineSchema.extend({
  TELEGRAM_BOT_TOKEN: z
    .string({ error: 'TELEGRAM_BOT_TOKEN is not set: put the token from @BotFather in .env or the environment' })
    .regex(/^\d+:[\w-]+$/, 'TELEGRAM_BOT_TOKEN does not look like a token from @BotFather (digits:letters)'),
  /** http is allowed: a local Bot API server (and the test emulator) usually listens without TLS. */
  TELEGRAM_API_ROOT: httpUrl.optional(),
  /** https is required unless TELEGRAM_API_ROOT names another server: see webhookNeedsHttps. */
  WEBHOOK_URL: httpUrl.optional(),
  WEBHOOK_SECRET: z.string().regex(/^[\w-]{1,256}$/).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  /** Address the webhook server binds to; 0.0.0.0 suits a container behind a load balancer. */
  WEBHOOK_HOST: z.string().min(1).default('0.0.0.0'),
  /** Questions a user may ask per minute before getting one friendly "slow down". */
  USER_QUESTIONS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Optional shared store so per-user limits hold across replicas. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL, e.g. redis://localhost:6379' }).optional(),
}).check((ctx) => {
  const { WEBHOOK_URL, TELEGRAM_API_ROOT } = ctx.value;
  if (parsedUrl(WEBHOOK_URL)?.protocol === 'http:' && webhookNeedsHttps(TELEGRAM_API_ROOT)) {
    ctx.issues.push({
      code: 'custom',
      input: WEBHOOK_URL,
      path: ['WEBHOOK_URL'],
      message: 'must be an https:// URL: Telegram posts updates only over HTTPS (http:// only works with a local Bot API server in TELEGRAM_API_ROOT)',
    });
  }
});

/**
 * Telegram's own servers post updates only to https URLs (an http WEBHOOK_URL used to fail at
 * setWebhook, after the engine had loaded); a local Bot API server (`telegram-bot-api --local`),
 * like the test emulator, accepts http.
 */
function webhookNeedsHttps(apiRoot: string | undefined): boolean {
  return apiRoot === undefined || parsedUrl(apiRoot)?.hostname === 'api.telegram.org';
}

/** This check runs even when a field failed its own, so the values may not be URLs at all. */
function parsedUrl(value: string | undefined): URL | undefined {
  return value !== undefined && URL.canParse(value) ? new URL(value) : undefined;
}

export type EngineConfig = z.infer<typeof engineSchema>;
export type BotConfig = z.infer<typeof botSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Env = Record<string, string | undefined>;

/** Empty strings in .env mean "not set", as users expect from `KEY=`. */
function withoutEmpty(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
}

function parse<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  const result = schema.safeParse(withoutEmpty(env));
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const key = first?.path.join('.') ?? '';
  const message = first?.message ?? 'invalid configuration';
  throw new ConfigError(message.includes(key) ? message : `${key}: ${message}`);
}

export function readEngineConfig(env: Env = process.env): EngineConfig {
  return parse(engineSchema, env);
}

export function readBotConfig(env: Env = process.env): BotConfig {
  return parse(botSchema, env);
}

/**
 * The command-line tools' defaults differ in two ways. stdout is their output, so they log only
 * warnings unless LOG_LEVEL says otherwise. And `ask` and `eval` answer offline: a model that is
 * not installed means lexical answers at once, not a download attempt that waits on the network
 * (up to 5 s more per run when the host never answers), unless ALLOW_MODEL_DOWNLOAD is set; `npm run models` is
 * the download command.
 */
const cliSchema = engineSchema.extend({
  LOG_LEVEL: logLevel.default('warn'),
  ALLOW_MODEL_DOWNLOAD: bool.default(false),
});

export function readCliConfig(env: Env = process.env): EngineConfig {
  return parse(cliSchema, env);
}
