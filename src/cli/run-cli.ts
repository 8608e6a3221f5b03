import 'dotenv/config';
import { readCliConfig, type EngineConfig, type Env } from '../config.js';
import { createLogger, type Logger } from '../log.js';

/** What a tool read from its command line: its arguments, and the settings its flags stand for (--embedder → EMBEDDER). */
export interface CommandLine<A> {
  readonly args: A;
  readonly settings?: Env;
}

type Tool<A> = (log: Logger, config: EngineConfig, args: A) => Promise<void>;

/**
 * Shared frame of the command-line tools: the command line, then the configuration, read once at
 * start through the same schema as the bot's (so `LOG_LEVEL=` means unset and a bad value is a
 * configuration error, not a crash inside pino); JSON logs to stderr (stdout is the tool's
 * output); and any failure becomes one clear line and exit code 1 instead of a stack trace.
 */
export async function runCli(tool: Tool<undefined>): Promise<void>;
export async function runCli<A>(tool: Tool<A>, commandLine: () => CommandLine<A>): Promise<void>;
export async function runCli<A>(tool: Tool<A | undefined>, commandLine?: () => CommandLine<A>): Promise<void> {
  try {
    const { args, settings = {} } = commandLine?.() ?? { args: undefined };
    // A flag not given leaves the environment's value in place.
    const flags = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
    const config = readCliConfig({ ...process.env, ...flags });
    const log = createLogger({ level: config.LOG_LEVEL, destination: 2 });
    await tool(log, config, args);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
