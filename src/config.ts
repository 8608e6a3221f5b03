/**
 * Settings come from the environment (and `.env` via dotenv), are validated once at start
 * and then passed down as plain typed objects: nothing below this module reads process.env.
 */
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

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
  MODEL_REMOTE_HOST: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_QUESTIONS: bool.default(false),
});

const botSchema = engineSchema.extend({
  TELEGRAM_BOT_TOKEN: z
    .string({ error: 'TELEGRAM_BOT_TOKEN is not set: put the token from @BotFather in .env or the environment' })
    .regex(/^\d+:[\w-]+$/, 'TELEGRAM_BOT_TOKEN does not look like a token from @BotFather (digits:letters)'),
  TELEGRAM_API_ROOT: z.url().optional(),
  WEBHOOK_URL: z.url().optional(),
  WEBHOOK_SECRET: z.string().regex(/^[\w-]{1,256}$/).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  /** Address the webhook server binds to; 0.0.0.0 suits a container behind a load balancer. */
  WEBHOOK_HOST: z.string().min(1).default('0.0.0.0'),
  /** Questions a user may ask per minute before getting one friendly "slow down". */
  USER_QUESTIONS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Optional shared store so per-user limits hold across replicas. */
  REDIS_URL: z.string().optional(),
});

export type EngineConfig = z.infer<typeof engineSchema>;
export type BotConfig = z.infer<typeof botSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

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
