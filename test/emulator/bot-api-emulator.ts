/**
 * A Telegram Bot API emulator on 127.0.0.1 for end-to-end tests and the burst benchmark.
 *
 * telegram-test-api covers private text chats only; this one also has groups, supergroups and
 * forum topics, callback queries, inline queries, long polling with offsets, webhooks with a
 * secret token, and fault injection (429 with retry_after, 5xx, dropped connections, delays).
 * It validates what a real server validates where a bot can get it wrong: HTML parse errors,
 * the 4096-character limit, 64-byte callback data, reply targets, topic ids, answer limits.
 *
 * Test code plays the users through plain methods (sendText, pressButton, inlineQuery …) and
 * observes what users would see (the parsed text and entities of the bot's messages).
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type {
  Chat,
  InlineKeyboardMarkup,
  InlineQueryResult,
  Message,
  MessageEntity,
  Update,
  User,
} from 'telegraf/types';
import { parseTelegramHtml } from './telegram-html.js';

export type Fault =
  | { readonly kind: 'status'; readonly status: 429; readonly retryAfter: number }
  | { readonly kind: 'status'; readonly status: 500 | 502 | 503 }
  /** The TCP connection is dropped without a response. */
  | { readonly kind: 'network' }
  /** The request is served normally, after a delay. */
  | { readonly kind: 'delay'; readonly ms: number };

interface FaultRule {
  readonly method: string;
  readonly fault: Fault;
  remaining: number;
  readonly when?: (payload: Payload) => boolean;
}

export interface ApiCall {
  readonly method: string;
  readonly payload: Payload;
  readonly at: number;
  /** HTTP status answered, or 0 for a dropped connection. */
  status: number;
  readonly fault?: Fault['kind'];
}

export interface BotMessage {
  readonly message: Message.TextMessage;
  /** What the user reads: the text after HTML parsing. */
  readonly text: string;
  readonly entities: readonly MessageEntity[];
  readonly keyboard?: InlineKeyboardMarkup;
  readonly replyTo?: number;
  readonly threadId?: number;
  /** Date.now() when the server accepted it. */
  readonly at: number;
}

export interface CallbackAnswer {
  readonly text?: string;
  readonly showAlert: boolean;
}

export interface InlineAnswer {
  readonly results: InlineQueryResult[];
  readonly button?: { text: string; start_parameter?: string };
  readonly cacheTime?: number;
}

type Payload = Record<string, unknown>;

interface ApiError {
  readonly status: number;
  readonly description: string;
  readonly parameters?: Record<string, unknown>;
}

class BadRequest extends Error {
  constructor(
    readonly status: number,
    description: string,
  ) {
    super(description);
  }
}

export interface EmulatorOptions {
  readonly token: string;
  readonly botUsername?: string;
  /** Methods to answer with 404 as a server without them would, e.g. setMyCommands. */
  readonly unsupported?: readonly string[];
}

interface Topic {
  readonly threadId: number;
  readonly name: string;
}

interface ChatState {
  readonly chat: Chat;
  readonly isForum: boolean;
  nextMessageId: number;
  readonly messages: Map<number, Message>;
  readonly topics: Map<number, Topic>;
}

interface Waiter {
  readonly resolve: (updates: Update[] | ApiError) => void;
  readonly offset: number;
  readonly limit: number;
}

export class BotApiEmulator extends EventEmitter {
  readonly bot: User;
  readonly calls: ApiCall[] = [];
  readonly callbackAnswers = new Map<string, CallbackAnswer>();
  readonly inlineAnswers = new Map<string, InlineAnswer>();
  webhook: { url: string; secret?: string } | undefined;

  private readonly server: Server;
  private readonly chats = new Map<number, ChatState>();
  private readonly botMessageLog: BotMessage[] = [];
  private readonly updates: Update[] = [];
  private readonly faults: FaultRule[] = [];
  private readonly openCallbacks = new Set<string>();
  private readonly openInline = new Set<string>();
  private waiter: Waiter | undefined;
  private nextUpdateId = 1;
  private nextUserId = 1000;
  private nextGroupId = 1;
  private nextQueryId = 1;
  private confirmedOffset = 0;
  private port = 0;

  private constructor(private readonly options: EmulatorOptions) {
    super();
    this.setMaxListeners(1000);
    const id = Number(options.token.split(':')[0]);
    this.bot = { id, is_bot: true, first_name: 'Article QA', username: options.botUsername ?? 'article_qa_bot' };
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  static async start(options: EmulatorOptions): Promise<BotApiEmulator> {
    const emulator = new BotApiEmulator(options);
    await new Promise<void>((resolve) => emulator.server.listen(0, '127.0.0.1', resolve));
    emulator.port = (emulator.server.address() as AddressInfo).port;
    return emulator;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get botUsername(): string {
    return this.bot.username ?? '';
  }

  async stop(): Promise<void> {
    this.waiter?.resolve([]);
    this.waiter = undefined;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- the users' side -------------------------------------------------------------------

  user(firstName = 'Tester', languageCode?: string): User {
    return { id: this.nextUserId++, is_bot: false, first_name: firstName, ...(languageCode ? { language_code: languageCode } : {}) };
  }

  privateChat(user: User): Chat.PrivateChat {
    const chat: Chat.PrivateChat = { id: user.id, type: 'private', first_name: user.first_name };
    this.ensureChat(chat, false);
    return chat;
  }

  group(title: string, options: { supergroup?: boolean; forum?: boolean } = {}): Chat.GroupChat | Chat.SupergroupChat {
    const id = -(options.supergroup || options.forum ? 1_000_000_000_000 : 0) - this.nextGroupId++;
    const chat =
      options.supergroup || options.forum
        ? ({ id, type: 'supergroup', title, ...(options.forum ? { is_forum: true } : {}) } as Chat.SupergroupChat)
        : ({ id, type: 'group', title } as Chat.GroupChat);
    this.ensureChat(chat, Boolean(options.forum));
    return chat;
  }

  /** Opens a forum topic (as the service message Telegram posts) and returns its thread id. */
  createTopic(chat: Chat, from: User, name: string): number {
    const state = this.state(chat.id);
    if (!state.isForum) throw new Error('not a forum');
    const messageId = state.nextMessageId++;
    const service = {
      message_id: messageId,
      message_thread_id: messageId,
      is_topic_message: true,
      from,
      chat,
      date: now(),
      forum_topic_created: { name, icon_color: 0x6fb9f0 },
    } as unknown as Message;
    state.messages.set(messageId, service);
    state.topics.set(messageId, { threadId: messageId, name });
    return messageId;
  }

  sendText(chat: Chat, from: User, text: string, options: { replyTo?: Message; threadId?: number } = {}): Message.TextMessage {
    const entities = detectEntities(text);
    return this.userMessage(chat, from, { text, ...(entities.length ? { entities } : {}) }, options) as Message.TextMessage;
  }

  sendSticker(chat: Chat, from: User): Message {
    const sticker = { file_id: 'sticker-file', file_unique_id: 'sticker', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, emoji: '👍' };
    return this.userMessage(chat, from, { sticker }, {});
  }

  /** Presses an inline button of a bot message, by its label; returns the callback query id. */
  pressButton(botMessage: BotMessage | Message.TextMessage, from: User, label: string): string {
    const message = 'message' in botMessage ? botMessage.message : botMessage;
    const markup = (message as { reply_markup?: InlineKeyboardMarkup }).reply_markup;
    const button = markup?.inline_keyboard.flat().find((b) => b.text === label);
    if (!button || !('callback_data' in button)) throw new Error(`no button "${label}" on message ${message.message_id}`);
    const id = String(this.nextQueryId++);
    this.openCallbacks.add(id);
    this.pushUpdate({
      update_id: 0,
      callback_query: { id, from, message, chat_instance: String(message.chat.id), data: button.callback_data },
    } as Update);
    return id;
  }

  /** Sends raw callback data, as a client with a stale or forged button would. */
  pressRaw(message: Message, from: User, data: string): string {
    const id = String(this.nextQueryId++);
    this.openCallbacks.add(id);
    this.pushUpdate({ update_id: 0, callback_query: { id, from, message, chat_instance: String(message.chat.id), data } } as Update);
    return id;
  }

  inlineQuery(from: User, query: string): string {
    const id = String(this.nextQueryId++);
    this.openInline.add(id);
    this.pushUpdate({ update_id: 0, inline_query: { id, from, query, offset: '', chat_type: 'sender' } } as Update);
    return id;
  }

  // ---- observing ---------------------------------------------------------------------------

  botMessages(chatId?: number): BotMessage[] {
    return this.botMessageLog.filter((m) => chatId === undefined || m.message.chat.id === chatId);
  }

  /** Bot messages that reply to the given message. */
  repliesTo(message: Message): BotMessage[] {
    return this.botMessages(message.chat.id).filter((m) => m.replyTo === message.message_id);
  }

  /** Resolves once `predicate` holds, re-checking whenever the emulator's state changes. */
  async until<T>(predicate: () => T | undefined | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const immediate = predicate();
    if (immediate) return immediate;
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = predicate();
        if (value) {
          cleanup();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      // Also poll: a predicate may depend on things outside the emulator (logs, a child process).
      const poll = setInterval(check, 25);
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.off('change', check);
      };
      this.on('change', check);
    });
  }

  async replyTo(message: Message, timeoutMs = 5000): Promise<BotMessage> {
    return this.until(() => this.repliesTo(message)[0], timeoutMs, `a reply to message ${message.message_id}`);
  }

  async callbackAnswer(queryId: string, timeoutMs = 5000): Promise<CallbackAnswer> {
    return this.until(() => this.callbackAnswers.get(queryId), timeoutMs, `answerCallbackQuery ${queryId}`);
  }

  async inlineAnswer(queryId: string, timeoutMs = 5000): Promise<InlineAnswer> {
    return this.until(() => this.inlineAnswers.get(queryId), timeoutMs, `answerInlineQuery ${queryId}`);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  // ---- faults ------------------------------------------------------------------------------

  /** The next `times` calls of `method` (optionally only those matching `when`) get `fault`. */
  inject(method: string, fault: Fault, times = 1, when?: (payload: Payload) => boolean): void {
    this.faults.push({ method, fault, remaining: times, ...(when ? { when } : {}) });
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)/.exec(req.url ?? '');
    if (!match) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method = ''] = match;
    let payload: Payload;
    try {
      payload = await readPayload(req);
    } catch {
      return send(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    if (token !== this.options.token) return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });

    const call: ApiCall = { method, payload, at: Date.now(), status: 0 };
    this.calls.push(call);
    const fault = this.takeFault(method, payload);
    if (fault) Object.assign(call, { fault: fault.kind });
    if (fault?.kind === 'network') {
      req.socket.destroy();
      this.emit('change');
      return;
    }
    if (fault?.kind === 'status') {
      call.status = fault.status;
      this.emit('change');
      if (fault.status === 429) {
        return send(res, 429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${fault.retryAfter}`,
          parameters: { retry_after: fault.retryAfter },
        });
      }
      return send(res, fault.status, { ok: false, error_code: fault.status, description: 'Internal Server Error' });
    }
    if (fault?.kind === 'delay') await sleep(fault.ms);

    try {
      const result = await this.dispatch(method, payload, req);
      call.status = 200;
      send(res, 200, { ok: true, result });
    } catch (error) {
      const e = error instanceof BadRequest ? error : new BadRequest(500, `Internal Server Error: ${String(error)}`);
      call.status = e.status;
      const body: Record<string, unknown> = { ok: false, error_code: e.status, description: e.message };
      send(res, e.status, body);
    }
    this.emit('change');
  }

  private takeFault(method: string, payload: Payload): Fault | undefined {
    const rule = this.faults.find((f) => f.method === method && f.remaining > 0 && (!f.when || f.when(payload)));
    if (!rule) return undefined;
    rule.remaining--;
    return rule.fault;
  }

  private async dispatch(method: string, p: Payload, req: IncomingMessage): Promise<unknown> {
    if (this.options.unsupported?.includes(method)) throw new BadRequest(404, 'Not Found');
    switch (method) {
      case 'getMe':
        return { ...this.bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
      case 'getUpdates':
        return this.getUpdates(p, req);
      case 'setWebhook':
        this.webhook = { url: String(p.url), ...(p.secret_token ? { secret: String(p.secret_token) } : {}) };
        void this.flushToWebhook();
        return true;
      case 'deleteWebhook':
        this.webhook = undefined;
        return true;
      case 'getWebhookInfo':
        return { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: this.updates.length };
      case 'setMyCommands':
      case 'deleteMyCommands':
        return true;
      case 'sendChatAction':
        return true;
      case 'sendMessage':
        return this.sendMessage(p);
      case 'editMessageText':
        return this.editMessageText(p);
      case 'answerCallbackQuery':
        return this.answerCallbackQuery(p);
      case 'answerInlineQuery':
        return this.answerInlineQuery(p);
      default:
        throw new BadRequest(404, 'Not Found');
    }
  }

  private async getUpdates(p: Payload, req: IncomingMessage): Promise<Update[]> {
    if (this.webhook) throw new BadRequest(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = Number(p.offset ?? 0);
    const limit = Math.min(100, Number(p.limit ?? 100));
    const timeoutS = Number(p.timeout ?? 0);
    this.confirm(offset);
    const ready = this.pending(offset, limit);
    if (ready.length > 0 || timeoutS <= 0) return ready;
    // A newer getUpdates ends the older one, as on the real server.
    this.waiter?.resolve({ status: 409, description: 'Conflict: terminated by other getUpdates request' });
    const result = await new Promise<Update[] | ApiError>((resolve) => {
      let settled = false;
      const done = (value: Update[] | ApiError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.socket.off('close', onClose);
        if (this.waiter === waiter) this.waiter = undefined;
        resolve(value);
      };
      const timer = setTimeout(() => done([]), timeoutS * 1000);
      // The bot aborted its request (shutdown): nothing is delivered, nothing is confirmed.
      const onClose = () => done([]);
      req.socket.once('close', onClose);
      const waiter: Waiter = { resolve: done, offset, limit };
      this.waiter = waiter;
    });
    if (!Array.isArray(result)) throw new BadRequest(result.status, result.description);
    return result;
  }

  private confirm(offset: number): void {
    if (offset <= this.confirmedOffset) return;
    this.confirmedOffset = offset;
    while (this.updates.length > 0 && (this.updates[0]?.update_id ?? Infinity) < offset) this.updates.shift();
  }

  private pending(offset: number, limit: number): Update[] {
    return this.updates.filter((u) => u.update_id >= offset).slice(0, limit).map((u) => structuredClone(u));
  }

  /** Updates the bot has not confirmed yet (long polling only). */
  get unconfirmed(): number {
    return this.updates.length;
  }

  private pushUpdate(update: Update): void {
    const withId = { ...update, update_id: this.nextUpdateId++ } as Update;
    this.emit('change');
    if (this.webhook) {
      void this.postToWebhook(withId);
      return;
    }
    this.updates.push(withId);
    const waiter = this.waiter;
    if (waiter) {
      const ready = this.pending(waiter.offset, waiter.limit);
      if (ready.length > 0) waiter.resolve(ready);
    }
  }

  private async flushToWebhook(): Promise<void> {
    const queued = this.updates.splice(0);
    for (const update of queued) await this.postToWebhook(update);
  }

  /** Delivers like Telegram: POST with the secret header, retried while the bot answers non-2xx. */
  private async postToWebhook(update: Update, attempts = 20): Promise<void> {
    const hook = this.webhook;
    if (!hook) return;
    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        const res = await fetch(hook.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(hook.secret ? { 'x-telegram-bot-api-secret-token': hook.secret } : {}),
          },
          body: JSON.stringify(update),
        });
        await res.arrayBuffer();
        this.emit('webhook', { updateId: update.update_id, status: res.status });
        if (res.ok) return;
      } catch {
        // Connection refused or reset: the replica is down; try again shortly.
      }
      await sleep(100);
    }
  }

  // ---- methods -------------------------------------------------------------------------------

  private sendMessage(p: Payload): Message.TextMessage {
    const state = this.state(Number(p.chat_id));
    const parsed = this.parseText(p.text, p.parse_mode);
    const keyboard = this.validKeyboard(p.reply_markup);
    const replyParams = asRecord(p.reply_parameters);
    let replyTo: number | undefined = replyParams ? Number(replyParams.message_id) : undefined;
    if (replyTo !== undefined && !state.messages.has(replyTo)) {
      if (!replyParams?.allow_sending_without_reply) throw new BadRequest(400, 'Bad Request: message to be replied not found');
      replyTo = undefined;
    }
    let threadId = p.message_thread_id === undefined ? undefined : Number(p.message_thread_id);
    if (threadId !== undefined) {
      if (!state.isForum || !state.topics.has(threadId)) throw new BadRequest(400, 'Bad Request: message thread not found');
    } else if (replyTo !== undefined && state.isForum) {
      // Replying inside a topic keeps the reply in that topic.
      const target = state.messages.get(replyTo) as { message_thread_id?: number; is_topic_message?: boolean } | undefined;
      if (target?.is_topic_message) threadId = target.message_thread_id;
    }
    const messageId = state.nextMessageId++;
    const replied = replyTo === undefined ? undefined : state.messages.get(replyTo);
    const message = {
      message_id: messageId,
      from: this.bot,
      chat: state.chat,
      date: now(),
      text: parsed.text,
      ...(parsed.entities.length ? { entities: parsed.entities } : {}),
      ...(keyboard ? { reply_markup: keyboard } : {}),
      ...(threadId !== undefined ? { message_thread_id: threadId, is_topic_message: true } : {}),
      ...(replied ? { reply_to_message: withoutReply(replied) } : {}),
    } as Message.TextMessage;
    state.messages.set(messageId, message);
    this.botMessageLog.push({
      message,
      at: Date.now(),
      text: parsed.text,
      entities: parsed.entities,
      ...(keyboard ? { keyboard } : {}),
      ...(replyTo !== undefined ? { replyTo } : {}),
      ...(threadId !== undefined ? { threadId } : {}),
    });
    return structuredClone(message);
  }

  private editMessageText(p: Payload): Message.TextMessage {
    const state = this.state(Number(p.chat_id));
    const existing = state.messages.get(Number(p.message_id)) as Message.TextMessage | undefined;
    if (!existing || existing.from?.id !== this.bot.id) throw new BadRequest(400, 'Bad Request: message to edit not found');
    const parsed = this.parseText(p.text, p.parse_mode);
    const keyboard = this.validKeyboard(p.reply_markup);
    const edited = { ...existing, text: parsed.text, entities: parsed.entities, ...(keyboard ? { reply_markup: keyboard } : {}) };
    state.messages.set(existing.message_id, edited);
    return structuredClone(edited);
  }

  private answerCallbackQuery(p: Payload): boolean {
    const id = String(p.callback_query_id);
    if (!this.openCallbacks.delete(id)) {
      throw new BadRequest(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
    }
    const text = p.text === undefined ? undefined : String(p.text);
    if (text !== undefined && Array.from(text).length > 200) throw new BadRequest(400, 'Bad Request: MESSAGE_TOO_LONG');
    this.callbackAnswers.set(id, { ...(text !== undefined ? { text } : {}), showAlert: Boolean(p.show_alert) });
    return true;
  }

  private answerInlineQuery(p: Payload): boolean {
    const id = String(p.inline_query_id);
    if (!this.openInline.delete(id)) throw new BadRequest(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
    const results = (typeof p.results === 'string' ? JSON.parse(p.results) : p.results) as InlineQueryResult[];
    if (!Array.isArray(results) || results.length > 50) throw new BadRequest(400, 'Bad Request: RESULTS_TOO_MUCH');
    const ids = new Set<string>();
    for (const r of results) {
      if (!r.id || Buffer.byteLength(r.id) > 64 || ids.has(r.id)) throw new BadRequest(400, 'Bad Request: RESULT_ID_INVALID');
      ids.add(r.id);
      if (r.type === 'article') {
        if (!r.title) throw new BadRequest(400, 'Bad Request: RESULT_TITLE_EMPTY');
        const content = r.input_message_content as { message_text?: string; parse_mode?: string };
        this.parseText(content.message_text, content.parse_mode);
      }
    }
    const button = asRecord(p.button) as InlineAnswer['button'] | undefined;
    if (button?.start_parameter !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(button.start_parameter)) {
      throw new BadRequest(400, 'Bad Request: START_PARAM_INVALID');
    }
    this.inlineAnswers.set(id, {
      results,
      ...(button ? { button } : {}),
      ...(p.cache_time !== undefined ? { cacheTime: Number(p.cache_time) } : {}),
    });
    return true;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private parseText(text: unknown, parseMode: unknown): { text: string; entities: MessageEntity[] } {
    if (typeof text !== 'string') throw new BadRequest(400, 'Bad Request: message text is empty');
    let parsed: { text: string; entities: MessageEntity[] };
    if (parseMode === 'HTML') {
      const result = parseTelegramHtml(text);
      if (!result.ok) throw new BadRequest(400, result.error);
      parsed = result;
    } else {
      parsed = { text: text.trim(), entities: [] };
    }
    if (parsed.text.length === 0) throw new BadRequest(400, 'Bad Request: message text is empty');
    if (parsed.text.length > 4096) throw new BadRequest(400, 'Bad Request: message is too long');
    return parsed;
  }

  private validKeyboard(markup: unknown): InlineKeyboardMarkup | undefined {
    const parsed = asRecord(typeof markup === 'string' ? JSON.parse(markup) : markup);
    if (!parsed || !('inline_keyboard' in parsed)) return undefined;
    const keyboard = parsed as unknown as InlineKeyboardMarkup;
    for (const button of keyboard.inline_keyboard.flat()) {
      if ('callback_data' in button) {
        const bytes = Buffer.byteLength(button.callback_data);
        if (bytes < 1 || bytes > 64) throw new BadRequest(400, 'Bad Request: BUTTON_DATA_INVALID');
      }
      if (!button.text) throw new BadRequest(400, 'Bad Request: text buttons are unallowed in the inline keyboard');
    }
    return keyboard;
  }

  private userMessage(chat: Chat, from: User, content: Record<string, unknown>, options: { replyTo?: Message; threadId?: number }): Message {
    const state = this.state(chat.id);
    const messageId = state.nextMessageId++;
    let threadId = options.threadId;
    if (threadId === undefined && options.replyTo && state.isForum) {
      threadId = (options.replyTo as { message_thread_id?: number }).message_thread_id;
    }
    // In a topic, a message that replies to nothing replies to the topic's service message.
    const replied = options.replyTo ?? (threadId !== undefined ? state.messages.get(threadId) : undefined);
    const message = {
      message_id: messageId,
      from,
      chat: state.chat,
      date: now(),
      ...content,
      ...(threadId !== undefined ? { message_thread_id: threadId, is_topic_message: true } : {}),
      ...(replied ? { reply_to_message: withoutReply(replied) } : {}),
    } as unknown as Message;
    state.messages.set(messageId, message);
    this.pushUpdate({ update_id: 0, message } as Update);
    return message;
  }

  private ensureChat(chat: Chat, isForum: boolean): void {
    if (!this.chats.has(chat.id)) {
      this.chats.set(chat.id, { chat, isForum, nextMessageId: 1, messages: new Map(), topics: new Map() });
    }
  }

  private state(chatId: number): ChatState {
    const state = this.chats.get(chatId);
    if (!state) throw new BadRequest(400, 'Bad Request: chat not found');
    return state;
  }
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function withoutReply(message: Message): Message {
  const { reply_to_message: _ignored, ...rest } = message as Message & { reply_to_message?: unknown };
  return rest as Message;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  if (typeof value === 'string') {
    try {
      return asRecord(JSON.parse(value));
    } catch {
      return undefined;
    }
  }
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** Entities a Telegram client would attach: a leading /command and @mentions. */
export function detectEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const match of text.matchAll(/(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}/g)) {
    if (command && match.index < command[0].length) continue;
    entities.push({ type: 'mention', offset: match.index, length: match[0].length });
  }
  return entities;
}

async function readPayload(req: IncomingMessage): Promise<Payload> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const query = Object.fromEntries(url.searchParams);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  if (!body) return query;
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return { ...query, ...(JSON.parse(body) as Payload) };
  if (type.includes('application/x-www-form-urlencoded')) return { ...query, ...Object.fromEntries(new URLSearchParams(body)) };
  throw new Error(`unsupported content type ${type}`);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
