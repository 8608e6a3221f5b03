/**
 * In groups the bot speaks only when spoken to: a mention of @bot, a reply to one of its
 * messages, or /ask (handled as a command). These are also exactly the messages Telegram
 * delivers to a bot in privacy mode, so the bot behaves the same with privacy on or off.
 */
import type { Message, MessageEntity, User } from 'telegraf/types';

export interface BotIdentity {
  readonly id: number;
  readonly username: string;
}

type TextMessage = Message.TextMessage;
type Replied = NonNullable<TextMessage['reply_to_message']>;

/**
 * The message being replied to, if the user really replied. In forum topics every message
 * "replies" to the topic's service message, which is not a reply anyone meant.
 */
export function explicitReply(message: TextMessage): Replied | undefined {
  const reply = message.reply_to_message;
  if (!reply || 'forum_topic_created' in reply) return undefined;
  if (message.is_topic_message && reply.message_id === message.message_thread_id) return undefined;
  return reply;
}

/** Text (or caption) of a replied-to message, used as the question by `/ask` sent as a reply. */
export function repliedText(message: TextMessage): string | undefined {
  const reply = explicitReply(message);
  if (!reply) return undefined;
  const text = 'text' in reply ? reply.text : 'caption' in reply ? reply.caption : undefined;
  return text?.trim() || undefined;
}

function isMe(user: User | undefined, me: BotIdentity): boolean {
  return user?.id === me.id;
}

function mentionsMe(text: string, entity: MessageEntity, me: BotIdentity): boolean {
  if (entity.type === 'text_mention') return entity.user.id === me.id;
  if (entity.type !== 'mention') return false;
  return text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === `@${me.username.toLowerCase()}`;
}

/** The text with the bot's mentions cut out, so "@bot who met whom?" asks "who met whom?". */
function withoutMentions(text: string, entities: readonly MessageEntity[], me: BotIdentity): string {
  let result = text;
  // Right to left, so earlier offsets stay valid.
  for (const e of [...entities].sort((a, b) => b.offset - a.offset)) {
    if (mentionsMe(text, e, me)) result = result.slice(0, e.offset) + ' ' + result.slice(e.offset + e.length);
  }
  return result.replace(/\s+/g, ' ').trim();
}

export type GroupAddress =
  /** Addressed, with the question to answer. */
  | { readonly kind: 'question'; readonly question: string }
  /** Addressed but nothing to answer, e.g. a bare "@bot". */
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-addressed' };

/** Decides whether a non-command group message is for the bot, and what it asks. */
export function addressInGroup(message: TextMessage, me: BotIdentity): GroupAddress {
  const entities = message.entities ?? [];
  const mentioned = entities.some((e) => mentionsMe(message.text, e, me));
  const replyToMe = isMe(explicitReply(message)?.from, me);
  if (!mentioned && !replyToMe) return { kind: 'not-addressed' };
  const question = mentioned ? withoutMentions(message.text, entities, me) : message.text.trim();
  if (question) return { kind: 'question', question };
  // "@bot" alone, in reply to someone's question, asks that question.
  const replied = mentioned && !replyToMe ? repliedText(message) : undefined;
  return replied ? { kind: 'question', question: replied } : { kind: 'empty' };
}

export function isCommand(message: TextMessage): boolean {
  return message.entities?.some((e) => e.type === 'bot_command' && e.offset === 0) ?? false;
}

/** Groups and supergroups (forums included): where the bot answers only when addressed. */
export function isGroupChat(chat: { readonly type: string } | undefined): boolean {
  return chat?.type === 'group' || chat?.type === 'supergroup';
}
