/** Inline mode: "@bot question" in any chat lists the best sentences to post. */
import { Composer, type Context } from 'telegraf';
import { performance } from 'node:perf_hooks';
import type { BotDeps } from '../deps.js';
import { inlineResult } from '../format.js';
import { languageOfUser, t } from '../i18n.js';
import { detectLanguage } from '../../text/language.js';
import { paragraphNumber, sentenceById } from '../../core/types.js';
import { alternativesOf, clampQuestion, logRefusal } from './question.js';

/** Inline results are the same for everyone asking the same thing, so Telegram may cache them. */
const CACHE_SECONDS = 300;
const MAX_RESULTS = 5;

/**
 * A refused query gets no results and the text path's "slow down" on the button, every time:
 * the notice reaches the asker alone, costs no chat's sending budget, and an unanswered query
 * would just leave the results spinning. Never cached: Telegram would otherwise show the
 * refusal to everyone typing the same query, and to this user after the minute is over.
 */
async function answerRefused(ctx: Context, query: string, retryAfterS: number): Promise<void> {
  const s = t(detectLanguage(query));
  await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true, button: { text: s.slowDown(retryAfterS), start_parameter: 'inline' } });
}

export function inlineHandlers(deps: BotDeps): Composer<Context> {
  const bot = new Composer<Context>();
  const article = deps.answerer.article;

  bot.on('inline_query', async (ctx) => {
    const started = performance.now();
    const query = ctx.inlineQuery.query.trim();
    if (!query) {
      const s = t(languageOfUser(ctx.inlineQuery.from.language_code));
      await ctx.answerInlineQuery([], { cache_time: CACHE_SECONDS, button: { text: s.inlineAsk, start_parameter: 'inline' } });
      return;
    }
    // After the empty check: a query that only shows the button must not use up a question.
    const verdict = await deps.limiter.check(ctx.inlineQuery.from.id);
    if (!verdict.allowed) {
      logRefusal(deps, 'inline', true);
      await answerRefused(ctx, query, verdict.retryAfterS);
      return;
    }
    const answer = await deps.answerer.answer(clampQuestion(query, deps.maxQuestionChars).text);
    const s = t(answer.language);
    if (answer.declined || !answer.best) {
      await ctx.answerInlineQuery([], { cache_time: CACHE_SECONDS, button: { text: s.inlineNoAnswer, start_parameter: 'inline' } });
    } else {
      const context = { article, version: deps.version, language: answer.language };
      // The best may be the headline, which is no sentence of the article's paragraphs.
      const alternatives = alternativesOf(answer, answer.best).flatMap((id) => sentenceById(article, id) ?? []);
      const results = [answer.best.sentence, ...alternatives].slice(0, MAX_RESULTS).map((sentence) => inlineResult(context, sentence, query));
      await ctx.answerInlineQuery(results, { cache_time: CACHE_SECONDS });
    }
    deps.log.info(
      {
        event: 'question',
        chatType: 'inline',
        language: answer.language,
        latencyMs: Math.round(performance.now() - started),
        declined: answer.declined,
        paragraph: answer.best ? paragraphNumber(answer.best.sentence) : null,
        score: answer.best?.score ?? null,
        confidence: answer.confidence,
        closerShare: answer.closerShare,
        ...(deps.logQuestions ? { question: query } : {}),
      },
      'answered inline',
    );
  });

  return bot;
}
