/**
 * The real bot (long polling, real lexical engine) against the Bot API emulator over HTTP.
 * Assertions are about what a user sees: a verbatim article sentence in a quote, a citation in
 * the asker's language, threading, buttons; not about particular answers.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import type { RunningBot } from '../src/bot/run.js';
import { BotApiEmulator, type BotMessage } from './emulator/bot-api-emulator.js';
import { LogCapture, TOKEN, citationOf, quotedSentence, realAnswerer, startBot } from './emulator/harness.js';
import { createAnswerer } from '../src/answering.js';
import { buildArticle } from '../src/article/parse.js';
import { readEngineConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';

const EN_QUESTION = 'What did Shoigu say about the Western sanctions?';
const AR_QUESTION = 'ماذا قال شويغو عن العقوبات الغربية؟';
const EN_UNANSWERABLE = 'How many goals did Messi score in the World Cup final?';
const AR_UNANSWERABLE = 'ما هي عاصمة فرنسا؟';

let emu: BotApiEmulator;
let bot: RunningBot;
let article: Article;
const logs = new LogCapture('info');

beforeAll(async () => {
  // setMyCommands unsupported, as on some local Bot API servers: the bot must start anyway.
  emu = await BotApiEmulator.start({ token: TOKEN, botUsername: 'article_qa_bot', unsupported: ['setMyCommands'] });
  article = (await realAnswerer()).article;
  bot = await startBot({ TELEGRAM_API_ROOT: emu.apiRoot, USER_QUESTIONS_PER_MINUTE: '10' }, { log: logs.logger });
});

afterAll(async () => {
  await bot?.stop('test over');
  await emu?.stop();
});

function expectQuotedAnswer(reply: BotMessage, language: 'en' | 'ar'): void {
  expect(quotedSentence(reply, article), `reply quotes an article sentence: ${reply.text}`).toBeDefined();
  const cite = citationOf(reply);
  expect(cite?.language).toBe(language);
  expect(cite?.of).toBe(article.paragraphs.length);
  expect(cite!.paragraph).toBeGreaterThanOrEqual(1);
  expect(reply.text).toContain(article.source);
}

async function silenceFor(chatId: number, ms = 400): Promise<void> {
  await sleep(ms);
  expect(emu.botMessages(chatId)).toEqual([]);
}

describe('start-up', () => {
  it('identifies itself and survives a server without setMyCommands', () => {
    expect(bot.mode).toBe('polling');
    expect(bot.username).toBe('article_qa_bot');
    expect(emu.callsOf('setMyCommands').every((c) => c.status === 404)).toBe(true);
  });
});

describe('private chats', () => {
  it('answers an English question with a quoted Arabic sentence, an English citation and buttons', async () => {
    const user = emu.user('Alice', 'en');
    const question = emu.sendText(emu.privateChat(user), user, EN_QUESTION);
    const reply = await emu.replyTo(question);
    expectQuotedAnswer(reply, 'en');
    const labels = reply.keyboard?.inline_keyboard.flat().map((b) => b.text);
    expect(labels).toContain('More context');
    expect(labels).toContain('Another answer');
  });

  it('answers an Arabic question with an Arabic interface', async () => {
    const user = emu.user('Layla', 'ar');
    const question = emu.sendText(emu.privateChat(user), user, AR_QUESTION);
    const reply = await emu.replyTo(question);
    expectQuotedAnswer(reply, 'ar');
    expect(reply.keyboard?.inline_keyboard.flat().map((b) => b.text)).toContain('مزيد من السياق');
  });

  it('quotes the headline for a question asking what it says, cited as the headline, and still offers other answers, inline too', async () => {
    const user = emu.user('Omar', 'en');
    const reply = await emu.replyTo(emu.sendText(emu.privateChat(user), user, 'according to the headline, what is tehran against?'));
    const quote = reply.entities.find((e) => e.type === 'blockquote')!;
    expect(reply.text.slice(quote.offset, quote.offset + quote.length)).toBe(article.title);
    expect(reply.text).toContain(`— the headline, ${article.source}`);
    expect(reply.keyboard?.inline_keyboard.flat().map((b) => b.text)).toEqual(['Another answer']);
    // "Another answer" quotes the body; inline mode offers the headline first, the body after it.
    const nextId = emu.pressButton(reply, user, 'Another answer');
    const next = await emu.until(() => emu.repliesTo(reply.message)[0], 5000, 'another answer');
    await emu.callbackAnswer(nextId);
    expect(quotedSentence(next, article)).toBeDefined();
    const id = emu.inlineQuery(user, 'according to the headline, what is tehran against?');
    const inline = await emu.inlineAnswer(id);
    const first = (inline.results[0] as { input_message_content: { message_text: string } }).input_message_content.message_text;
    expect(first).toContain('the headline');
    expect(inline.results.length).toBeGreaterThan(1);
  });

  it('says politely that the article has no answer, quoting nothing, in the asker language', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    const en = await emu.replyTo(emu.sendText(chat, user, EN_UNANSWERABLE));
    expect(en.text).toMatch(/couldn't find an answer/);
    expect(en.entities.some((e) => e.type === 'blockquote')).toBe(false);
    const ar = await emu.replyTo(emu.sendText(chat, user, AR_UNANSWERABLE));
    expect(ar.text).toContain('لم أجد إجابة');
    expect(ar.entities.some((e) => e.type === 'blockquote')).toBe(false);
  });

  it('offers the closest passage under a decline, quoting it only when asked', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    // Near the article's topic but not answered by it: declined, with one button.
    const near = await emu.replyTo(emu.sendText(chat, user, 'What did Khamenei say about Israel?'));
    expect(near.text).toMatch(/couldn't find an answer/);
    expect(near.entities.some((e) => e.type === 'blockquote')).toBe(false);
    expect(near.keyboard?.inline_keyboard.flat().map((b) => b.text)).toEqual(['Show the closest passage']);
    const pressed = emu.pressButton(near, user, 'Show the closest passage');
    const passage = await emu.replyTo(near.message);
    await emu.callbackAnswer(pressed);
    expect(quotedSentence(passage, article)).toBeDefined();
    expect(citationOf(passage)?.language).toBe('en');
    // Nothing in the article comes near a question about football: no button.
    expect((await emu.replyTo(emu.sendText(chat, user, EN_UNANSWERABLE))).keyboard).toBeUndefined();
  });

  it('says so when the question asks for a number the article does not give', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    expect((await emu.replyTo(emu.sendText(chat, user, 'How old is Shoigu?'))).text).toMatch(/gives no number/);
    expect((await emu.replyTo(emu.sendText(chat, user, 'كم عمر شويغو؟'))).text).toContain('لا يذكر المقال رقماً');
  });

  it('says so when the question asks for a date and the article gives a weekday only', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    expect((await emu.replyTo(emu.sendText(chat, user, 'On what exact date did Khamenei give his speech?'))).text).toMatch(/gives no date/);
    expect((await emu.replyTo(emu.sendText(chat, user, 'في أي تاريخ ألقى الخامنئي كلمته؟'))).text).toContain('لا يذكر المقال تاريخ ذلك');
  });

  it('says so when the question asks what someone said and the article quotes them on nothing', async () => {
    // An article of its own: the shipped one quotes nearly everyone it names.
    const quoteless = await BotApiEmulator.start({ token: TOKEN, botUsername: 'quote_qa_bot' });
    const answerer = await createAnswerer(readEngineConfig({ EMBEDDER: 'lexical' }), createLogger({ level: 'silent' }), {
      article: buildArticle(
        'احتجاجات على زيادة أسعار الوقود',
        [
          'وتأتي الزيادة في إطار برنامج إصلاح اقتصادي تتفاوض عليه الحكومة مع صندوق النقد الدولي منذ مطلع العام.',
          'وخرج آلاف المحتجين إلى شوارع العاصمة رفضاً لزيادة أسعار الوقود.',
          'وشهدت العاصمة أمطاراً غزيرة خلال الأسبوع الماضي.',
          'وفاز الفريق المحلي بالمباراة النهائية للبطولة.',
        ],
        'صحيفة الاختبار',
      ),
    });
    const other = await startBot({ TELEGRAM_API_ROOT: quoteless.apiRoot }, { answerer });
    try {
      const user = quoteless.user();
      const chat = quoteless.privateChat(user);
      expect((await quoteless.replyTo(quoteless.sendText(chat, user, 'What did the IMF say about the protests?'))).text).toMatch(/does not report what they said/);
      expect((await quoteless.replyTo(quoteless.sendText(chat, user, 'شو قال صندوق النقد الدولي عن الاحتجاجات؟'))).text).toContain('لا ينقل المقال ما قيل');
    } finally {
      await other.stop('test over');
      await quoteless.stop();
    }
  });

  it('says so when the question names a month the article says nothing of', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    expect((await emu.replyTo(emu.sendText(chat, user, 'What did Shoigu say about sanctions in November?'))).text).toMatch(/month you name/);
    expect((await emu.replyTo(emu.sendText(chat, user, 'ماذا قال شويغو عن العقوبات في شهر نوفمبر؟'))).text).toContain('الشهر الذي سألت عنه');
  });

  it('introduces itself on /start and /help in both languages', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    for (const command of ['/start', '/help']) {
      const reply = await emu.replyTo(emu.sendText(chat, user, command));
      expect(reply.text).toMatch(/Hello/);
      expect(reply.text).toMatch(/مرحباً/);
      expect(reply.text).toMatch(/Examples/);
    }
  });

  it('greets a greeting with its introduction, thanks in kind and names the source when asked, quoting nothing', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    for (const greeting of ['Hi!', 'السلام عليكم']) {
      const reply = await emu.replyTo(emu.sendText(chat, user, greeting));
      expect(reply.text, greeting).toMatch(/Examples/);
      expect(quotedSentence(reply, article), greeting).toBeUndefined();
    }
    expect((await emu.replyTo(emu.sendText(chat, user, 'thanks!'))).text).toMatch(/welcome/);
    expect((await emu.replyTo(emu.sendText(chat, user, 'شكراً 🙏'))).text).toContain('عفواً');
    for (const about of ['What is the source of this article?', 'ما مصدر الخبر؟']) {
      const reply = await emu.replyTo(emu.sendText(chat, user, about));
      expect(reply.text, about).toContain(article.source);
      expect(reply.text, about).toContain(article.title.slice(0, 20));
    }
    // A greeting followed by a question is a question.
    expectQuotedAnswer(await emu.replyTo(emu.sendText(chat, user, `Hi, ${EN_QUESTION}`)), 'en');
  });

  it('describes the article on /article', async () => {
    const user = emu.user();
    const reply = await emu.replyTo(emu.sendText(emu.privateChat(user), user, '/article'));
    expect(reply.text).toContain(article.title);
    expect(reply.text).toContain(article.source);
    expect(reply.text).toContain(String(article.paragraphs.length));
  });

  it('answers a sticker with a short hint', async () => {
    const user = emu.user();
    const reply = await emu.replyTo(emu.sendSticker(emu.privateChat(user), user));
    expect(reply.text).toMatch(/only read text/);
  });

  it('gives a useful reply to a 6,000-character message', async () => {
    const user = emu.user();
    const long = `${EN_QUESTION} ${'Please explain in detail, with all the background you can find. '.repeat(95)}`.slice(0, 6000);
    expect(long.length).toBe(6000);
    const reply = await emu.replyTo(emu.sendText(emu.privateChat(user), user, long));
    expect(reply.text).toMatch(/read only its first \d+ characters/);
    expect(reply.text.length).toBeLessThanOrEqual(4096);
  });
});

describe('groups', () => {
  it('stays silent when not addressed', async () => {
    const user = emu.user();
    const group = emu.group('Readers', { supergroup: true });
    emu.sendText(group, user, EN_QUESTION);
    emu.sendText(group, user, 'Has anyone read the article about Shoigu? @someone_else');
    emu.sendText(group, user, '/ask@other_bot What did Shoigu say?');
    emu.sendSticker(group, user);
    await silenceFor(group.id);
  });

  it('answers a mention, threaded under the asker message', async () => {
    const user = emu.user();
    const group = emu.group('Mentions');
    const question = emu.sendText(group, user, `@${emu.botUsername} ${EN_QUESTION}`);
    expectQuotedAnswer(await emu.replyTo(question), 'en');
  });

  it('answers /ask@botname and /ask', async () => {
    const user = emu.user();
    const group = emu.group('Commands', { supergroup: true });
    expectQuotedAnswer(await emu.replyTo(emu.sendText(group, user, `/ask@${emu.botUsername} ${AR_QUESTION}`)), 'ar');
    expectQuotedAnswer(await emu.replyTo(emu.sendText(group, user, `/ask ${EN_QUESTION}`)), 'en');
  });

  it('explains /ask when it comes without a question', async () => {
    const user = emu.user();
    const group = emu.group('Bare');
    const reply = await emu.replyTo(emu.sendText(group, user, '/ask'));
    expect(reply.text).toMatch(/write your question after the command/);
  });

  it('answers a reply to one of its messages', async () => {
    const user = emu.user();
    const group = emu.group('Follow-ups', { supergroup: true });
    const first = await emu.replyTo(emu.sendText(group, user, `/ask ${EN_QUESTION}`));
    const followUp = emu.sendText(group, user, AR_QUESTION, { replyTo: first.message });
    expectQuotedAnswer(await emu.replyTo(followUp), 'ar');
  });

  it('answers /ask sent as a reply to someone else question', async () => {
    const [asker, helper] = [emu.user('Asker'), emu.user('Helper')];
    const group = emu.group('Helping', { supergroup: true });
    const question = emu.sendText(group, asker, AR_QUESTION);
    const ask = emu.sendText(group, helper, '/ask', { replyTo: question });
    expectQuotedAnswer(await emu.replyTo(ask), 'ar');
  });

  it('keeps the answer in the forum topic of the question', async () => {
    const user = emu.user();
    const forum = emu.group('Forum', { forum: true });
    const topic = emu.createTopic(forum, user, 'Iran and Russia');
    // A plain message in a topic "replies" to the topic's service message; that is not addressing the bot.
    emu.sendText(forum, user, EN_QUESTION, { threadId: topic });
    await silenceFor(forum.id);
    const question = emu.sendText(forum, user, `/ask ${EN_QUESTION}`, { threadId: topic });
    const reply = await emu.replyTo(question);
    expect(reply.threadId).toBe(topic);
    expectQuotedAnswer(reply, 'en');
  });
});

describe('buttons', () => {
  it('"More context" quotes the whole paragraph and "Another answer" a different sentence', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    const answer = await emu.replyTo(emu.sendText(chat, user, AR_QUESTION));
    const shown = quotedSentence(answer, article);
    const cite = citationOf(answer)!;

    const moreId = emu.pressButton(answer, user, 'مزيد من السياق');
    const more = await emu.replyTo(answer.message);
    await emu.callbackAnswer(moreId);
    const paragraph = article.paragraphs[cite.paragraph - 1]!;
    expect(more.text).toContain(paragraph);
    expect(citationOf(more)).toEqual(cite);
    // The answering sentence is highlighted inside the paragraph.
    const bold = more.entities.find((e) => e.type === 'bold');
    expect(more.text.slice(bold!.offset, bold!.offset + bold!.length)).toBe(shown);

    const nextId = emu.pressButton(answer, user, 'إجابة أخرى');
    const next = await emu.until(() => emu.repliesTo(answer.message)[1], 5000, 'another answer');
    await emu.callbackAnswer(nextId);
    const other = quotedSentence(next, article);
    expect(other).toBeDefined();
    expect(other).not.toBe(shown);
    expect(citationOf(next)?.language).toBe('ar');
  });

  it('works on an answer in a forum topic and stays in the topic', async () => {
    const user = emu.user();
    const forum = emu.group('Forum buttons', { forum: true });
    const topic = emu.createTopic(forum, user, 'Sanctions');
    const answer = await emu.replyTo(emu.sendText(forum, user, `/ask ${EN_QUESTION}`, { threadId: topic }));
    emu.pressButton(answer, emu.user('Someone else'), 'More context');
    const more = await emu.replyTo(answer.message);
    expect(more.threadId).toBe(topic);
    expect(citationOf(more)?.language).toBe('en');
  });

  it('refuses a button from an older article with an alert', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    const answer = await emu.replyTo(emu.sendText(chat, user, EN_QUESTION));
    const id = emu.pressRaw(answer.message, user, 'm:en:OLDVER:3');
    const alert = await emu.callbackAnswer(id);
    expect(alert.showAlert).toBe(true);
    expect(alert.text).toMatch(/older version/);
  });
});

describe('inline mode', () => {
  it('offers the best sentences as article results', async () => {
    const user = emu.user();
    const id = emu.inlineQuery(user, AR_QUESTION);
    const answer = await emu.inlineAnswer(id);
    expect(answer.results.length).toBeGreaterThan(0);
    for (const result of answer.results) {
      expect(result.type).toBe('article');
      const content = (result as { input_message_content: { message_text: string } }).input_message_content.message_text;
      expect(article.sentences.some((s) => content.includes(s.text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')))).toBe(true);
      expect(content).toMatch(/الفقرة \d+ من \d+/);
    }
  });

  it('counts inline queries against the per-user limit, but not empty ones', async () => {
    const user = emu.user('Inliner', 'en');
    const ask = (query: string) => emu.inlineAnswer(emu.inlineQuery(user, query));
    for (let i = 0; i < 10; i++) {
      // An empty query only shows the "Ask about the article" button.
      expect((await ask('')).button?.text).toBe('Ask about the article');
      expect((await ask(AR_QUESTION)).results.length, `inline query ${i + 1} of the budget`).toBeGreaterThan(0);
    }
    const refused = await ask(EN_QUESTION);
    expect(refused.results).toEqual([]);
    expect(refused.button?.text).toMatch(/asking very fast\. Please wait about \d+ s/);
    // A refusal must not be cached by Telegram for other users or for after the minute.
    expect(refused.cacheTime).toBe(0);
    expect(emu.callsOf('answerInlineQuery').at(-1)?.payload.is_personal).toBe(true);
    // Every refused query is told, in its own language: the notice reaches the asker alone.
    expect((await ask(AR_QUESTION)).button?.text).toContain('تسأل بسرعة كبيرة');
    const refusals = logs.where('rate_limited').filter((l) => l.chatType === 'inline');
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toMatchObject({ msg: 'question refused by the per-user limit', warned: true });
    // Another user is not affected.
    expect((await emu.inlineAnswer(emu.inlineQuery(emu.user(), AR_QUESTION))).results.length).toBeGreaterThan(0);
  });

  it('answers an unanswerable inline query with no results and a hint button', async () => {
    const id = emu.inlineQuery(emu.user(), EN_UNANSWERABLE);
    const answer = await emu.inlineAnswer(id);
    expect(answer.results).toEqual([]);
    expect(answer.button?.text).toMatch(/No answer/);
  });
});

describe('faults', () => {
  it('waits out a 429 (retry_after) and then delivers', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    emu.inject('sendMessage', { kind: 'status', status: 429, retryAfter: 1 }, 1, (p) => Number(p.chat_id) === chat.id);
    const started = Date.now();
    const reply = await emu.replyTo(emu.sendText(chat, user, EN_QUESTION), 5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expectQuotedAnswer(reply, 'en');
    const attempts = emu.callsOf('sendMessage').filter((c) => Number(c.payload.chat_id) === chat.id);
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
  });

  it('retries 500s and dropped connections, then delivers', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    const mine = (p: Record<string, unknown>) => Number(p.chat_id) === chat.id;
    emu.inject('sendMessage', { kind: 'status', status: 500 }, 1, mine);
    emu.inject('sendMessage', { kind: 'network' }, 1, mine);
    emu.inject('sendMessage', { kind: 'status', status: 502 }, 1, mine);
    expectQuotedAnswer(await emu.replyTo(emu.sendText(chat, user, AR_QUESTION)), 'ar');
    const statuses = emu.callsOf('sendMessage').filter((c) => mine(c.payload)).map((c) => c.status);
    expect(statuses).toEqual([500, 0, 502, 200]);
  });

  it('gives up on a reply Telegram asks to hold for an hour, logs why, and goes on answering', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    emu.inject('sendMessage', { kind: 'status', status: 429, retryAfter: 3600 }, 1, (p) => Number(p.chat_id) === chat.id);
    const started = Date.now();
    const lost = emu.sendText(chat, user, EN_QUESTION);
    const warning = await emu.until(
      () => logs.lines.find((l) => l.msg === 'Bot API asked for a longer wait than a call is held for; giving up' && l.chatId === chat.id),
      3000,
      'the give-up warning',
    );
    expect(warning).toMatchObject({ level: 40, method: 'sendMessage', retryAfterMs: 3_600_000 });
    await emu.until(() => logs.lines.find((l) => l.msg === 'update handler failed' && l.code === 429), 3000, 'the error log');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(emu.repliesTo(lost)).toEqual([]);
    expectQuotedAnswer(await emu.replyTo(emu.sendText(chat, user, AR_QUESTION)), 'ar');
  });

  it('logs a failure it cannot retry away, and goes on answering', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    emu.inject('sendMessage', { kind: 'status', status: 500 }, 4, (p) => Number(p.chat_id) === chat.id);
    const lost = emu.sendText(chat, user, EN_QUESTION);
    await emu.until(() => logs.lines.find((l) => l.msg === 'update handler failed' && l.code === 500), 5000, 'the error log');
    expect(emu.repliesTo(lost)).toEqual([]);
    expectQuotedAnswer(await emu.replyTo(emu.sendText(chat, user, AR_QUESTION)), 'ar');
  });

  it('survives failing getUpdates calls', async () => {
    emu.inject('getUpdates', { kind: 'status', status: 500 }, 2);
    emu.inject('getUpdates', { kind: 'status', status: 429, retryAfter: 1 }, 1);
    const user = emu.user();
    expectQuotedAnswer(await emu.replyTo(emu.sendText(emu.privateChat(user), user, AR_QUESTION), 8000), 'ar');
  });
});

describe('per-user rate limit', () => {
  it('answers a flood with exactly one friendly message', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    const sent = Array.from({ length: 14 }, (_, i) => emu.sendText(chat, user, `${EN_QUESTION} (${i})`));
    await emu.until(() => emu.botMessages(chat.id).length >= 11, 8000, 'ten answers and one warning');
    await sleep(300);
    const replies = emu.botMessages(chat.id);
    const warnings = replies.filter((r) => /asking very fast/.test(r.text));
    expect(warnings).toHaveLength(1);
    expect(replies).toHaveLength(11);
    expect(sent.length).toBe(14);
    // Another user is not affected.
    const other = emu.user();
    expectQuotedAnswer(await emu.replyTo(emu.sendText(emu.privateChat(other), other, EN_QUESTION)), 'en');
  });

  it('never counts greetings and thanks against the limit, and replies to them past it', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    const say = (text: string) => emu.replyTo(emu.sendText(chat, user, text));
    for (const smallTalk of ['Hi!', 'thanks!', 'السلام عليكم', 'شكراً']) {
      expect(quotedSentence(await say(smallTalk), article), smallTalk).toBeUndefined();
    }
    // The whole budget of ten questions is still there.
    for (let i = 0; i < 10; i++) expectQuotedAnswer(await say(`${EN_QUESTION} (${i})`), 'en');
    expect((await say(EN_QUESTION)).text).toMatch(/asking very fast/);
    expect((await say('thanks!')).text).toMatch(/welcome/);
  });
});

describe('logs', () => {
  it('has one JSON line per question, with the audit fields and without the token or question text', async () => {
    const questions = logs.where('question');
    expect(questions.length).toBeGreaterThan(10);
    for (const line of questions) {
      expect(line).toMatchObject({ chatType: expect.any(String), language: expect.stringMatching(/^(ar|en)$/), declined: expect.any(Boolean) });
      expect(typeof line.latencyMs).toBe('number');
      expect(line).toHaveProperty('confidence');
      expect(line).toHaveProperty('paragraph');
      expect(line).not.toHaveProperty('question');
    }
    const all = logs.raw.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(TOKEN.split(':')[1]);
  });
});
