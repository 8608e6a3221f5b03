import type { QuestionAnswerer } from '../core/types.js';
import type { Logger } from '../log.js';
import type { QuestionLimiter } from './rate-limit.js';

/** What the handlers need from the outside world; built once in create-bot.ts. */
export interface BotDeps {
  readonly answerer: QuestionAnswerer;
  /** Article fingerprint embedded in buttons (callback-data.ts). */
  readonly version: string;
  readonly limiter: QuestionLimiter;
  readonly log: Logger;
  /** Whether question text may appear in logs (LOG_QUESTIONS). */
  readonly logQuestions: boolean;
  /** Longer questions are cut to this many characters before answering, with a note. */
  readonly maxQuestionChars: number;
}
