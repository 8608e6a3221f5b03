/**
 * Burst benchmark: N questions from M users arrive at once through the Bot API emulator; the
 * real bot (long polling, production throttle and retry settings, real engine) answers them.
 * Reports end-to-end latency (update queued → answer accepted by the server), throughput, RSS.
 *
 *   npx tsx bench/bot-burst.ts [--questions 40] [--users 40] [--embedder lexical]
 *
 * Exits non-zero when an answer is missing or wrong, or p95 exceeds --p95-budget-ms (2000).
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { createAnswerer } from '../src/answering.js';
import { readBotConfig, readEngineConfig } from '../src/config.js';
import { runBot } from '../src/bot/run.js';
import { BotApiEmulator } from '../test/emulator/bot-api-emulator.js';
import { TOKEN, citationOf, quotedSentence } from '../test/emulator/harness.js';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '40' },
    users: { type: 'string', default: '40' },
    embedder: { type: 'string', default: 'lexical' },
    'p95-budget-ms': { type: 'string', default: '2000' },
  },
});
const questions = Number(values.questions);
const users = Number(values.users);
const budget = Number(values['p95-budget-ms']);

const SAMPLES: readonly { text: string; language: 'ar' | 'en' }[] = [
  { text: 'ماذا قال شويغو عن العقوبات الغربية؟', language: 'ar' },
  { text: 'من هو وزير الدفاع الإيراني؟', language: 'ar' },
  { text: 'What did Shoigu say about the Western sanctions?', language: 'en' },
  { text: 'ماذا قال الخامنئي عن حدود المقاومة؟', language: 'ar' },
  { text: 'Who did the Russian defence minister meet in Tehran?', language: 'en' },
  { text: 'هل لدى إيران قواعد عسكرية في المنطقة؟', language: 'ar' },
  { text: 'What did Khamenei say about foreign military bases?', language: 'en' },
  { text: 'مع من التقى الوزير الروسي؟', language: 'ar' },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const emu = await BotApiEmulator.start({ token: TOKEN, botUsername: 'article_qa_bot' });
const log = pino({ level: 'silent' });
const config = readBotConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emu.apiRoot, EMBEDDER: values.embedder, LOG_LEVEL: 'silent' });
const answerer = await createAnswerer(readEngineConfig({ EMBEDDER: values.embedder, LOG_LEVEL: 'silent' }), log);
// Production defaults for throttling and retries; only the long-poll hold is irrelevant here.
const bot = await runBot({ config, answerer, log });

const people = Array.from({ length: users }, (_, i) => emu.user(`User ${i}`));
const rssBefore = process.memoryUsage().rss;
const started = Date.now();
const asked = Array.from({ length: questions }, (_, i) => {
  const user = people[i % users]!;
  const sample = SAMPLES[i % SAMPLES.length]!;
  return { sample, at: Date.now(), message: emu.sendText(emu.privateChat(user), user, sample.text) };
});

let rssPeak = rssBefore;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
await emu.until(() => asked.every((q) => emu.repliesTo(q.message).length > 0), 30_000, 'every answer').catch(() => undefined);
clearInterval(sampler);
const elapsed = Date.now() - started;

let quoted = 0;
let declined = 0;
let wrong = 0;
const latencies: number[] = [];
for (const q of asked) {
  const reply = emu.repliesTo(q.message)[0];
  if (!reply) continue;
  latencies.push(reply.at - q.at);
  const cite = citationOf(reply);
  if (quotedSentence(reply, answerer.article) && cite?.language === q.sample.language) quoted++;
  else if (!reply.entities.some((e) => e.type === 'blockquote') && (q.sample.language === 'ar' ? /لم أجد/ : /couldn't find/).test(reply.text)) declined++;
  else wrong++;
}
latencies.sort((a, b) => a - b);
const missing = questions - latencies.length;
const p95 = percentile(latencies, 95);

const report = {
  questions,
  users,
  answered: latencies.length,
  quoted,
  declined,
  wrong,
  missing,
  p50Ms: percentile(latencies, 50),
  p95Ms: p95,
  maxMs: latencies.at(-1),
  elapsedMs: elapsed,
  throughputPerS: Math.round((latencies.length / (elapsed / 1000)) * 10) / 10,
  rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
  rssPeakMiB: Math.round(rssPeak / 2 ** 20),
  // 429s and 5xx the bot had to retry; the emulator injects none here, so this should be 0.
  failedCalls: emu.calls.filter((c) => c.status === 429 || c.status >= 500).length,
};
console.log(JSON.stringify(report));

await bot.stop('benchmark over');
await emu.stop();
const ok = missing === 0 && wrong === 0 && p95 < budget;
if (!ok) console.error(`FAIL: ${missing} missing, ${wrong} wrong, p95 ${p95} ms (budget ${budget} ms)`);
process.exit(ok ? 0 : 1);
