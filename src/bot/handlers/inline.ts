/** Inline mode: "@bot question" in any chat lists the best sentences to post. */
import { Composer, type Context } from 'telegraf';
import { performance } from 'node:perf_hooks';
import type { BotDeps } from '../deps.js';
import { inlineResult } from '../format.js';
import { languageOfUser, t } from '../i18n.js';
import { alternativesOf, clampQuestion } from './question.js';

/** Inline results are the same for everyone asking the same thing, so Telegram may cache them. */
const CACHE_SECONDS = 300;
const MAX_RESULTS = 5;

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
    const answer = await deps.answerer.answer(clampQuestion(query, deps.maxQuestionChars).text);
    const s = t(answer.language);
    if (answer.declined || !answer.best) {
      await ctx.answerInlineQuery([], { cache_time: CACHE_SECONDS, button: { text: s.inlineNoAnswer, start_parameter: 'inline' } });
    } else {
      const context = { article, version: deps.version, language: answer.language };
      const ids = [answer.best.sentence.id, ...alternativesOf(answer, answer.best)].slice(0, MAX_RESULTS);
      const results = ids.flatMap((id) => {
        const sentence = article.sentences.find((x) => x.id === id);
        return sentence ? [inlineResult(context, sentence, query)] : [];
      });
      await ctx.answerInlineQuery(results, { cache_time: CACHE_SECONDS });
    }
    deps.log.info(
      {
        event: 'question',
        chatType: 'inline',
        language: answer.language,
        latencyMs: Math.round(performance.now() - started),
        declined: answer.declined,
        paragraph: answer.best ? answer.best.sentence.paragraph + 1 : null,
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
