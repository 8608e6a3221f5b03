/**
 * "More context" and "Another answer". Everything needed is in the callback data
 * (callback-data.ts), so any replica can serve a press on any other replica's message.
 */
import { Composer, type Context } from 'telegraf';
import { sentenceById, type Sentence } from '../../core/types.js';
import { decodeButton, type ButtonAction } from '../callback-data.js';
import type { BotDeps } from '../deps.js';
import { renderParagraph, renderQuote } from '../format.js';
import { truncate } from '../html.js';
import { t } from '../i18n.js';
import { sendMessages } from '../send.js';

/** Telegram's limit on the text of a callback answer (toast or alert). */
const MAX_ALERT_CHARS = 200;

export function buttonHandlers(deps: BotDeps): Composer<Context> {
  const bot = new Composer<Context>();
  const article = deps.answerer.article;

  bot.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery;
    const data = 'data' in query ? query.data : undefined;
    const decoded = data === undefined ? ({ status: 'invalid' } as const) : decodeButton(data, article, deps.version);
    if (decoded.status === 'invalid') {
      await ctx.answerCbQuery();
      return;
    }
    if (decoded.status === 'outdated') {
      await ctx.answerCbQuery(t(decoded.language).outdatedButton, { show_alert: true });
      return;
    }
    const { action } = decoded;
    const s = t(action.language);

    const verdict = await deps.limiter.check(ctx.from.id);
    if (!verdict.allowed) {
      await ctx.answerCbQuery(s.slowDown(verdict.retryAfterS), { show_alert: verdict.warn });
      return;
    }

    const sentence = sentenceById(article, action.kind === 'more' ? action.sentenceId : (action.sentenceIds[0] ?? -1));
    if (!sentence) {
      await ctx.answerCbQuery(s.noOtherAnswer);
      return;
    }
    const message = query.message;
    // Results sent through inline mode have no message the bot could reply to: show an alert.
    if (!message) {
      await ctx.answerCbQuery(truncate(article.paragraphs[sentence.paragraph] ?? sentence.text, MAX_ALERT_CHARS), { show_alert: true });
      return;
    }
    // Stop the button's spinner first; a failure here (query too old) must not cost the answer.
    await ctx.answerCbQuery().catch((error: unknown) => deps.log.warn({ err: String(error) }, 'answerCallbackQuery failed'));
    await sendMessages(ctx, render(deps, action, sentence), message.message_id);
    deps.log.info({ event: 'button', kind: action.kind, chatType: message.chat.type, paragraph: sentence.paragraph + 1 }, 'button served');
  });

  return bot;
}

function render(deps: BotDeps, action: ButtonAction, sentence: Sentence) {
  const context = { article: deps.answerer.article, version: deps.version, language: action.language };
  return action.kind === 'more'
    ? renderParagraph(context, sentence)
    : renderQuote(context, sentence, action.sentenceIds.slice(1));
}
