/**
 * `npm start`: settings from the environment and .env, the answering engine, then the bot.
 * A mistake the operator can fix (missing token, rejected token, unreadable article) is one
 * line on stderr and exit code 1, never a stack trace.
 */
import { config as loadDotenv } from 'dotenv';
import { readBotConfig } from './config.js';
import { createLogger, type Logger } from './log.js';
import type { RunningBot } from './bot/run.js';

/** Past this, exit even if something hangs: supervisors kill at 10 s, we promise 5 s. */
const HARD_EXIT_MS = 4800;

function fail(message: string): never {
  const token = process.env.TELEGRAM_BOT_TOKEN;
  const line = message.split('\n')[0] ?? message;
  process.stderr.write(`${token && token.length >= 8 ? line.split(token).join('[REDACTED]') : line}\n`);
  process.exit(1);
}

/** Installed before start-up, so a signal during start-up also ends the process cleanly. */
function handleSignals(running: () => RunningBot | undefined, log: Logger): void {
  const onSignal = (signal: NodeJS.Signals): void => {
    const bot = running();
    // Nothing is in flight before the bot runs.
    if (!bot) process.exit(0);
    setTimeout(() => {
      log.error({ signal }, 'shutdown took too long; exiting');
      process.exit(0);
    }, HARD_EXIT_MS).unref();
    bot.stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: String(error) }, 'error while stopping');
        process.exit(0);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

async function main(): Promise<void> {
  // DOTENV_CONFIG_PATH lets tests and deployments point at another file; .env by default.
  loadDotenv({ path: process.env.DOTENV_CONFIG_PATH ?? '.env', quiet: true });
  const config = readBotConfig();
  const secrets = [config.TELEGRAM_BOT_TOKEN, config.WEBHOOK_SECRET].filter((s): s is string => Boolean(s));
  const log = createLogger({ level: config.LOG_LEVEL, secrets });

  // Last resort: one bad promise must not take every conversation down with it.
  process.on('unhandledRejection', (reason) => log.error({ err: String(reason) }, 'unhandled rejection'));

  let bot: RunningBot | undefined;
  handleSignals(() => bot, log);

  // Imported only now, so a configuration mistake is reported at once, without loading the engine.
  const [{ createAnswerer }, { runBot }] = await Promise.all([import('./answering.js'), import('./bot/run.js')]);
  const answerer = await createAnswerer(config, log);
  bot = await runBot({ config, answerer, log });
  await bot.done;
}

main().catch((error: unknown) => {
  // Errors named for the operator already say what to fix.
  if (error instanceof Error && ['ConfigError', 'StartupError', 'ArticleError'].includes(error.name)) fail(error.message);
  fail(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
});
