import type { Context } from 'telegraf';
import type { Message } from 'telegraf/types';
import type { OutgoingMessage } from './format.js';

/**
 * Sends the messages in order. The first one replies to `replyTo` (threading the answer under
 * the question); telegraf keeps forum replies in the topic of the message being handled.
 * If the question was deleted meanwhile, the answer is still sent rather than lost.
 */
export async function sendMessages(
  ctx: Context,
  messages: readonly OutgoingMessage[],
  replyTo?: number,
): Promise<Message.TextMessage[]> {
  const sent: Message.TextMessage[] = [];
  for (const [index, message] of messages.entries()) {
    const reply = index === 0 && replyTo !== undefined;
    sent.push(
      await ctx.reply(message.html, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(reply ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
        ...(message.keyboard ? { reply_markup: message.keyboard } : {}),
      }),
    );
  }
  return sent;
}
