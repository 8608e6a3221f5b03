/**
 * The one path from a question to a reply, whichever way it was asked (private text, /ask,
 * mention, reply): reply to small talk (see small-talk.ts), or rate limit, answer, quote; log one line.
 */
import { performance } from 'node:perf_hooks';
import type { Context } from 'telegraf';
import { paragraphNumber, type Answer, type DeclineReason, type Language, type RankedSentence } from '../../core/types.js';
import { isGroupChat } from '../addressing.js';
import type { BotDeps } from '../deps.js';
import { MAX_ALTERNATIVES, renderArticleInfo, renderDecline, renderNotice, renderQuote, type OutgoingMessage } from '../format.js';
import { introduction, t, type Strings } from '../i18n.js';
import { smallTalkOf, type SmallTalk } from '../small-talk.js';
import { detectLanguage } from '../../text/language.js';
import { sendMessages } from '../send.js';

/** Sentence ids worth offering through "Another answer", best first. */
export function alternativesOf(answer: Answer, shown: RankedSentence): number[] {
  return answer.candidates
    .filter((c: RankedSentence) => c.sentence.id !== shown.sentence.id && c.score > 0)
    .slice(0, MAX_ALTERNATIVES)
    .map((c) => c.sentence.id);
}

/** Cuts an overlong question at a word boundary; the engine gains nothing from thousands of characters. */
export function clampQuestion(question: string, maxChars: number): { text: string; truncated: boolean } {
  const points = Array.from(question.trim());
  if (points.length <= maxChars) return { text: question.trim(), truncated: false };
  const head = points.slice(0, maxChars).join('');
  const space = head.lastIndexOf(' ');
  return { text: (space > maxChars / 2 ? head.slice(0, space) : head).trim(), truncated: true };
}

/** A decline that knows what was missing says so: the asker learns the article lacks a number or a date. */
function declineNotice(s: Strings, reason: DeclineReason | null): string {
  if (reason === 'no-number') return s.noNumber;
  if (reason === 'no-time') return s.noTime;
  if (reason === 'no-date') return s.noDate;
  if (reason === 'no-month') return s.noMonth;
  if (reason === 'no-quote') return s.noQuote;
  return s.notFound;
}

/** Thanks in kind, the article's headline and source when asked for, the introduction otherwise. */
function smallTalkReply(ctx: Context, deps: BotDeps, kind: SmallTalk, language: Language): OutgoingMessage {
  switch (kind) {
    case 'thanks':
      return renderNotice(t(language).welcome);
    case 'article':
      return renderArticleInfo(deps.answerer.article, language);
    case 'greeting':
    case 'help':
      return { html: introduction(ctx.botInfo.username, isGroupChat(ctx.chat)) };
  }
}

/** One line per question the per-user limit refused, whichever way it was asked; `warned`: the asker was told. */
export function logRefusal(deps: BotDeps, chatType: string, warned: boolean): void {
  deps.log.info({ event: 'rate_limited', chatType, warned }, 'question refused by the per-user limit');
}

export async function answerQuestion(ctx: Context, deps: BotDeps, rawQuestion: string, replyTo: number): Promise<void> {
  const started = performance.now();
  const chatType = ctx.chat?.type ?? 'unknown';
  const userId = ctx.from?.id ?? ctx.chat?.id ?? 0;

  // Before the limit: a greeting or a thank-you costs no answering, so it must not use up questions.
  const smallTalk = smallTalkOf(rawQuestion);
  if (smallTalk) {
    await sendMessages(ctx, [smallTalkReply(ctx, deps, smallTalk, detectLanguage(rawQuestion))], replyTo);
    deps.log.info({ event: 'small_talk', chatType, kind: smallTalk, latencyMs: Math.round(performance.now() - started) }, 'replied to small talk');
    return;
  }

  const verdict = await deps.limiter.check(userId);
  if (!verdict.allowed) {
    logRefusal(deps, chatType, verdict.warn);
    if (verdict.warn) {
      const language = detectLanguage(rawQuestion);
      await sendMessages(ctx, [renderNotice(t(language).slowDown(verdict.retryAfterS))], replyTo);
    }
    return;
  }

  const { text: question, truncated } = clampQuestion(rawQuestion, deps.maxQuestionChars);
  const engineStarted = performance.now();
  const answer = await deps.answerer.answer(question);
  const engineMs = performance.now() - engineStarted;
  const s = t(answer.language);
  const note = truncated ? s.truncated(deps.maxQuestionChars) : undefined;

  const context = { article: deps.answerer.article, version: deps.version, language: answer.language };
  let messages: OutgoingMessage[];
  if (answer.declined || !answer.best) {
    const notice = declineNotice(s, answer.declineReason);
    const nearest = answer.closest ? [answer.closest.sentence.id, ...alternativesOf(answer, answer.closest)] : [];
    messages = [renderDecline(context, note ? `${notice}\n\n${note}` : notice, nearest)];
  } else {
    messages = renderQuote(context, answer.best.sentence, alternativesOf(answer, answer.best), note);
  }
  await sendMessages(ctx, messages, replyTo);

  deps.log.info(
    {
      event: 'question',
      chatType,
      language: answer.language,
      latencyMs: Math.round(performance.now() - started),
      engineMs: Math.round(engineMs * 10) / 10,
      declined: answer.declined,
      declineReason: answer.declineReason,
      // 1-based, as shown to the user.
      paragraph: answer.best ? paragraphNumber(answer.best.sentence) : null,
      sentence: answer.best?.sentence.id ?? null,
      score: answer.best?.score ?? null,
      confidence: answer.confidence,
      closerShare: answer.closerShare,
      embedder: answer.embedder,
      questionChars: rawQuestion.length,
      truncated,
      ...(deps.logQuestions ? { question } : {}),
    },
    'answered',
  );
}
