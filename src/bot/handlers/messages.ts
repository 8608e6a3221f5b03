/**
 * Messages and commands. Private chats: any text is a question. Groups: only what is
 * addressed to the bot (addressing.ts); everything else is left alone.
 */
import { Composer, type Context } from 'telegraf';
import { message } from 'telegraf/filters';
import type { Language } from '../../core/types.js';
import { addressInGroup, isCommand, isGroupChat, repliedText } from '../addressing.js';
import type { BotDeps } from '../deps.js';
import { renderArticleInfo, renderNotice } from '../format.js';
import { introduction, languageOfUser, t } from '../i18n.js';
import { sendMessages } from '../send.js';
import { answerQuestion } from './question.js';

function userLanguage(ctx: Context): Language {
  return languageOfUser(ctx.from?.language_code);
}

export function messageHandlers(deps: BotDeps): Composer<Context> {
  const bot = new Composer<Context>();

  const introduce = async (ctx: Context & { message: { message_id: number } }) => {
    await sendMessages(ctx, [{ html: introduction(ctx.botInfo.username, isGroupChat(ctx.chat)) }], ctx.message.message_id);
  };
  bot.start(introduce);
  bot.help(introduce);

  bot.command('article', async (ctx) => {
    await sendMessages(ctx, [renderArticleInfo(deps.answerer.article, userLanguage(ctx))], ctx.message.message_id);
  });

  // "/ask question", or "/ask" sent as a reply to someone else's question.
  bot.command('ask', async (ctx) => {
    const question = ctx.payload.trim() || repliedText(ctx.message);
    if (!question) {
      await sendMessages(ctx, [renderNotice(t(userLanguage(ctx)).emptyQuestion)], ctx.message.message_id);
      return;
    }
    await answerQuestion(ctx, deps, question, ctx.message.message_id);
  });

  bot.on(message('text'), async (ctx) => {
    const msg = ctx.message;
    if (ctx.chat.type === 'private') {
      if (isCommand(msg)) {
        await sendMessages(ctx, [renderNotice(t(userLanguage(ctx)).unknownCommand)], msg.message_id);
        return;
      }
      await answerQuestion(ctx, deps, msg.text, msg.message_id);
      return;
    }
    // Commands for other bots, and unknown ones, are not ours to answer in a group.
    if (!isGroupChat(ctx.chat) || isCommand(msg)) return;
    const address = addressInGroup(msg, ctx.botInfo);
    if (address.kind === 'question') await answerQuestion(ctx, deps, address.question, msg.message_id);
    else if (address.kind === 'empty') await sendMessages(ctx, [renderNotice(t(userLanguage(ctx)).askUsage)], msg.message_id);
  });

  // Stickers, photos, voice …: a hint in private chats, silence in groups.
  bot.on('message', async (ctx) => {
    if (ctx.chat.type !== 'private') return;
    await sendMessages(ctx, [renderNotice(t(userLanguage(ctx)).nonText)], ctx.message.message_id);
  });

  return bot;
}
