import 'dotenv/config';
import { createLogger, type Logger } from '../log.js';

/**
 * Shared frame of the command-line tools: JSON logs to stderr (stdout is the tool's output),
 * and any failure becomes one clear line and exit code 1 instead of a stack trace.
 */
export async function runCli(main: (log: Logger) => Promise<void>): Promise<void> {
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', destination: 2 });
  try {
    await main(log);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
