import pino, { type Logger } from 'pino';

/**
 * JSON lines always; pretty output only for a human at a terminal in development.
 * The token is redacted wherever it may appear, including inside URLs and error text,
 * because telegraf puts it in request paths.
 */
export function createLogger(options: { level: string; secrets?: readonly string[]; destination?: 1 | 2 }): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  const scrub = (text: string): string => secrets.reduce((t, s) => t.split(s).join('[REDACTED]'), text);
  // NODE_ENV is read here, not through config.ts: it changes only how lines look, never what
  // they say, and this logger is also made where no configuration is read (tests, scripts).
  // Pretty output needs pino-pretty, a dev dependency; the Docker image sets NODE_ENV=production.
  const pretty = process.stdout.isTTY && process.env.NODE_ENV === 'development';
  return pino({
    level: options.level,
    redact: { paths: ['token', '*.token', 'config.TELEGRAM_BOT_TOKEN'], censor: '[REDACTED]' },
    hooks: {
      // Redaction by path cannot see a token embedded in a message or a URL, so scrub the final line.
      streamWrite: secrets.length ? scrub : undefined,
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { destination: options.destination ?? 1 } } } : {}),
  }, pretty ? undefined : pino.destination({ fd: options.destination ?? 1, sync: true }));
}

export type { Logger };
