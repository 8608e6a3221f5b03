/** Pure parts of the bot: HTML, splitting, citations, callback data, addressing, question limits, small talk. */
import { describe, expect, it } from 'vitest';
import type { Message } from 'telegraf/types';
import { HEADLINE, type Article, type Sentence } from '../src/core/types.js';
import { addressInGroup } from '../src/bot/addressing.js';
import { MAX_CALLBACK_BYTES, articleVersion, decodeButton, encodeButton } from '../src/bot/callback-data.js';
import { MAX_MESSAGE_CHARS, inlineResult, renderParagraph, renderQuote } from '../src/bot/format.js';
import { escapeHtml, splitPlainText, truncate } from '../src/bot/html.js';
import { clampQuestion } from '../src/bot/handlers/question.js';
import { smallTalkOf } from '../src/bot/small-talk.js';
import { parseTelegramHtml } from './emulator/telegram-html.js';
import { detectEntities } from './emulator/bot-api-emulator.js';

function makeArticle(paragraphs: string[]): Article {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    let start = 0;
    for (const piece of p.split(/(?<=\.) /)) {
      const at = p.indexOf(piece, start);
      sentences.push({ id: sentences.length, paragraph, start: at, end: at + piece.length, text: piece });
      start = at + piece.length;
    }
  });
  return { title: 'عنوان <المقال> & "الخبر"', source: 'صحيفة <الوطن>', paragraphs, sentences };
}

const tricky = 'قال «الوزير» إن 3 < 5 && 7 > 2 وأن "الاتفاق" <b>نهائي</b> &amp; مؤكد.';
const long = `${'كلمة عربية طويلة نسبياً &<> '.repeat(400)}نهاية.`;
const article = makeArticle([`مقدمة قصيرة. ${tricky}`, long, 'فقرة ثالثة. وجملة أخيرة.']);
const version = articleVersion(article);
const ctx = { article, version, language: 'en' as const };

function parsedOk(html: string) {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`${parsed.error}\n${html}`);
  return parsed;
}

describe('html', () => {
  it('escapes everything Telegram would parse', () => {
    expect(escapeHtml('<b>&"')).toBe('&lt;b&gt;&amp;&quot;');
  });

  it('truncates at code points, never inside a surrogate pair', () => {
    const cut = truncate('😀'.repeat(10), 5);
    expect(Array.from(cut)).toHaveLength(5);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('splits long text into spans whose escaped form fits, at natural breaks', () => {
    const spans = splitPlainText(long, 1000);
    expect(spans.length).toBeGreaterThan(4);
    for (const span of spans) expect(escapeHtml(long.slice(span.start, span.end)).length).toBeLessThanOrEqual(1000);
    // Nothing lost but whitespace at the cuts.
    expect(spans.map((s) => long.slice(s.start, s.end)).join(' ').replace(/\s+/g, ' ')).toBe(long.replace(/\s+/g, ' ').trim());
  });
});

describe('answer messages', () => {
  it('quotes the sentence verbatim in a blockquote, escaped, with the citation and two buttons', () => {
    const sentence = article.sentences.find((s) => s.text === tricky)!;
    const [message, ...rest] = renderQuote(ctx, sentence, [0, 3]);
    expect(rest).toEqual([]);
    const parsed = parsedOk(message!.html);
    const quote = parsed.entities.find((e) => e.type === 'blockquote')!;
    expect(parsed.text.slice(quote.offset, quote.offset + quote.length)).toBe(tricky);
    expect(parsed.text).toContain('paragraph 1 of 3, صحيفة <الوطن>');
    const buttons = message!.keyboard!.inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(['More context', 'Another answer']);
    for (const b of buttons) expect(Buffer.byteLength((b as { callback_data: string }).callback_data)).toBeLessThanOrEqual(64);
  });

  it('cites a quoted headline as the headline, with no paragraph around it to show', () => {
    const headline: Sentence = { id: HEADLINE, paragraph: HEADLINE, start: 0, end: article.title.length, text: article.title };
    const [message] = renderQuote(ctx, headline, [0]);
    const parsed = parsedOk(message!.html);
    expect(parsed.text).toContain(article.title);
    expect(parsed.text).toContain('— the headline, صحيفة <الوطن>');
    expect(message!.keyboard!.inline_keyboard.flat().map((b) => b.text)).toEqual(['Another answer']);
    const [alone] = renderQuote({ ...ctx, language: 'ar' }, headline, []);
    expect(parsedOk(alone!.html).text).toContain('— العنوان، صحيفة <الوطن>');
    expect(alone!.keyboard).toBeUndefined();
  });

  it('uses Arabic interface text for Arabic questions', () => {
    const [message] = renderQuote({ ...ctx, language: 'ar' }, article.sentences[0]!, []);
    const parsed = parsedOk(message!.html);
    expect(parsed.text).toContain('الفقرة 1 من 3');
    expect(message!.keyboard!.inline_keyboard.flat().map((b) => b.text)).toEqual(['مزيد من السياق']);
  });

  it('splits an overlong quote into valid messages under 4096 characters, buttons on the last', () => {
    const sentence = article.sentences.find((s) => s.paragraph === 1)!;
    expect(escapeHtml(sentence.text).length).toBeGreaterThan(MAX_MESSAGE_CHARS);
    const messages = renderQuote(ctx, sentence, [0], 'a note');
    expect(messages.length).toBeGreaterThan(1);
    let visible = '';
    for (const m of messages) {
      expect(m.html.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      visible += `${parsedOk(m.html).text} `;
    }
    expect(messages.slice(0, -1).every((m) => !m.keyboard)).toBe(true);
    expect(messages.at(-1)!.keyboard).toBeDefined();
    expect(visible.replace(/\s+/g, ' ')).toContain(sentence.text.replace(/\s+/g, ' ').slice(0, 200));
    expect(visible).toContain('a note');
  });

  it('shows the paragraph around a sentence with that sentence in bold', () => {
    const sentence = article.sentences.find((s) => s.text === tricky)!;
    const [message] = renderParagraph(ctx, sentence);
    const parsed = parsedOk(message!.html);
    expect(parsed.text).toContain(article.paragraphs[0]);
    const bold = parsed.entities.find((e) => e.type === 'bold')!;
    expect(parsed.text.slice(bold.offset, bold.offset + bold.length)).toBe(tricky);
  });

  it('builds inline results whose message parses and fits', () => {
    const result = inlineResult(ctx, article.sentences.find((s) => s.paragraph === 1)!, '<script> & "question"'.repeat(30));
    const content = result.input_message_content as { message_text: string };
    expect(content.message_text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    parsedOk(content.message_text);
    expect(Buffer.byteLength(result.id)).toBeLessThanOrEqual(64);
  });
});

describe('callback data', () => {
  it('round-trips both buttons within 64 bytes', () => {
    const more = encodeButton({ kind: 'more', language: 'ar', sentenceId: 4 }, version);
    expect(decodeButton(more, article, version)).toEqual({ status: 'ok', action: { kind: 'more', language: 'ar', sentenceId: 4 } });
    const next = encodeButton({ kind: 'next', language: 'en', sentenceIds: [4, 0, 2] }, version);
    expect(decodeButton(next, article, version)).toEqual({ status: 'ok', action: { kind: 'next', language: 'en', sentenceIds: [4, 0, 2] } });
  });

  it('drops the tail of a long alternative list to stay within 64 bytes', () => {
    const ids = Array.from({ length: 40 }, (_, i) => 1000 + i);
    const data = encodeButton({ kind: 'next', language: 'en', sentenceIds: ids }, version);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
    expect(data).toContain('1000.1001');
  });

  it('recognises buttons of another article version and garbage', () => {
    expect(decodeButton('m:en:zzzzzz:1', article, version)).toEqual({ status: 'outdated', language: 'en' });
    expect(decodeButton('hello', article, version)).toEqual({ status: 'invalid' });
    expect(decodeButton(`m:en:${version}:999`, article, version)).toEqual({ status: 'invalid' });
  });
});

describe('group addressing', () => {
  const me = { id: 42, username: 'article_qa_bot' };
  const group = { id: -1, type: 'supergroup', title: 'g' } as const;
  const msg = (text: string, extra: Partial<Message.TextMessage> = {}): Message.TextMessage =>
    ({ message_id: 10, date: 0, chat: group, from: { id: 7, is_bot: false, first_name: 'U' }, text, entities: detectEntities(text), ...extra }) as Message.TextMessage;
  const botMessage = { message_id: 5, date: 0, chat: group, from: { id: 42, is_bot: true, first_name: 'B' }, text: 'answer' } as Message.TextMessage;

  it('ignores messages that do not address the bot', () => {
    expect(addressInGroup(msg('who met whom?'), me).kind).toBe('not-addressed');
    expect(addressInGroup(msg('@other_bot who met whom?'), me).kind).toBe('not-addressed');
  });

  it('takes the question out of a mention, case-insensitively', () => {
    expect(addressInGroup(msg('@Article_QA_Bot who met whom?'), me)).toEqual({ kind: 'question', question: 'who met whom?' });
    expect(addressInGroup(msg('who met whom @article_qa_bot ?'), me)).toEqual({ kind: 'question', question: 'who met whom ?' });
  });

  it('answers replies to its own messages, but not the forum topic root', () => {
    expect(addressInGroup(msg('and then?', { reply_to_message: botMessage } as never), me)).toEqual({ kind: 'question', question: 'and then?' });
    const topicRoot = { ...botMessage, message_id: 3, forum_topic_created: { name: 't', icon_color: 1 } };
    const inTopic = msg('and then?', { reply_to_message: topicRoot, message_thread_id: 3, is_topic_message: true } as never);
    expect(addressInGroup(inTopic, me).kind).toBe('not-addressed');
  });

  it('a bare mention in reply to a question asks that question', () => {
    const question = { ...botMessage, from: { id: 8, is_bot: false, first_name: 'Q' }, text: 'من التقى شويغو؟' };
    expect(addressInGroup(msg('@article_qa_bot', { reply_to_message: question } as never), me)).toEqual({ kind: 'question', question: 'من التقى شويغو؟' });
    expect(addressInGroup(msg('@article_qa_bot'), me)).toEqual({ kind: 'empty' });
  });
});

describe('questions', () => {
  it('cuts overlong questions at a word boundary', () => {
    const { text, truncated } = clampQuestion('word '.repeat(1200), 1000);
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text.endsWith('word')).toBe(true);
    expect(clampQuestion('  short?  ', 1000)).toEqual({ text: 'short?', truncated: false });
  });
});

describe('small talk', () => {
  it('tells greetings, thanks, requests for help and questions about the article itself, in either language, with punctuation and tanween', () => {
    for (const [message, kind] of [
      ['Hello!', 'greeting'],
      ['good morning', 'greeting'],
      ['مرحباً', 'greeting'],
      ['السلام عليكم ورحمة الله وبركاته', 'greeting'],
      ['Thank you so much!', 'thanks'],
      ['شكراً جزيلاً 🙏', 'thanks'],
      ['يعطيك العافية', 'thanks'],
      ['help', 'help'],
      ['مساعدة', 'help'],
      ['What is the source of this article?', 'article'],
      ['Who wrote this article?', 'article'],
      ['What newspaper is this from?', 'article'],
      ['ما مصدر الخبر؟', 'article'],
    ] as const) {
      expect(smallTalkOf(message), message).toBe(kind);
    }
  });

  it('leaves questions alone, even when they open with a greeting or hold one of its words', () => {
    for (const question of ['Hi, what did Shoigu say?', 'السلام', 'ما هو السلام الذي تحدث عنه؟', 'thanks to whom did Iran win?', 'How did Russia help Iran?', "What is the source of Iran's power?", 'ما مصدر تصريحات المرشد؟', 'What is the title of Khamenei?']) {
      expect(smallTalkOf(question), question).toBeNull();
    }
  });
});
