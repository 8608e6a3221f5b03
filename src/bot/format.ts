/**
 * Turns answers into Telegram messages: the Arabic sentence quoted verbatim in a <blockquote>,
 * the citation under it in the asker's language, and the two stateless buttons.
 * Pure functions of their inputs, so they are tested without a bot.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle } from 'telegraf/types';
import { HEADLINE, paragraphNumber, type Article, type Language, type Sentence } from '../core/types.js';
import { encodeButton } from './callback-data.js';
import { escapeHtml, splitPlainText, truncate, type Span } from './html.js';
import { t } from './i18n.js';

/** Telegram's limit on a message's text. */
export const MAX_MESSAGE_CHARS = 4096;
/** Inline result titles are shown on one or two lines; longer ones only cost bandwidth. */
const INLINE_TITLE_CHARS = 120;
const INLINE_DESCRIPTION_CHARS = 200;
/** Alternatives offered through "Another answer", best first. */
export const MAX_ALTERNATIVES = 5;

export interface OutgoingMessage {
  readonly html: string;
  readonly keyboard?: InlineKeyboardMarkup;
}

export interface QuoteContext {
  readonly article: Article;
  /** Fingerprint of the article, embedded in buttons (see callback-data.ts). */
  readonly version: string;
  readonly language: Language;
}

/** Plain text; the source is capped so the citation always fits beside a quote. */
export function citationText(article: Article, sentence: Sentence, language: Language): string {
  const source = truncate(article.source, 200);
  const paragraph = paragraphNumber(sentence);
  return paragraph === null ? t(language).headlineCitation(source) : t(language).citation(paragraph, article.paragraphs.length, source);
}

function citation(article: Article, sentence: Sentence, language: Language): string {
  return escapeHtml(citationText(article, sentence, language));
}

/**
 * One quoted sentence with its citation and buttons. Overlong quotes become several messages;
 * the buttons go on the last one, next to the citation.
 */
export function renderQuote(
  ctx: QuoteContext,
  sentence: Sentence,
  alternatives: readonly number[],
  note?: string,
): OutgoingMessage[] {
  const footer = citation(ctx.article, sentence, ctx.language) + (note ? `\n\n<i>${escapeHtml(note)}</i>` : '');
  const keyboard = answerKeyboard(ctx, sentence.id, alternatives);
  return quoteMessages(sentence.text, [], footer, keyboard);
}

/** "More context": the whole paragraph, with the answering sentence in bold. */
export function renderParagraph(ctx: QuoteContext, sentence: Sentence): OutgoingMessage[] {
  const paragraph = ctx.article.paragraphs[sentence.paragraph] ?? sentence.text;
  const bold: Span = { start: sentence.start, end: sentence.end };
  return quoteMessages(paragraph, [bold], citation(ctx.article, sentence, ctx.language), undefined);
}

export function renderNotice(text: string): OutgoingMessage {
  return { html: escapeHtml(truncate(text, MAX_MESSAGE_CHARS)) };
}

/**
 * A decline says so and quotes nothing; when some sentences come near (Answer.closest), one
 * button quotes the nearest on request, as "Another answer" does, with the rest behind it.
 */
export function renderDecline(ctx: QuoteContext, notice: string, nearest: readonly number[]): OutgoingMessage {
  const message = renderNotice(notice);
  if (nearest.length === 0) return message;
  const data = encodeButton({ kind: 'next', language: ctx.language, sentenceIds: nearest }, ctx.version);
  return { ...message, keyboard: { inline_keyboard: [[{ text: t(ctx.language).closestPassage, callback_data: data }]] } };
}

export function renderArticleInfo(article: Article, language: Language): OutgoingMessage {
  const s = t(language);
  const lines = [
    `<b>${escapeHtml(truncate(article.title, 1000))}</b>`,
    `${escapeHtml(s.sourceLabel)}: ${escapeHtml(truncate(article.source, 200))}`,
    escapeHtml(s.paragraphCount(article.paragraphs.length)),
  ];
  return { html: lines.join('\n') };
}

function answerKeyboard(
  ctx: QuoteContext,
  sentenceId: number,
  alternatives: readonly number[],
): InlineKeyboardMarkup | undefined {
  const s = t(ctx.language);
  // The headline stands alone: it has no paragraph around it.
  const row: InlineKeyboardButton[] =
    sentenceId === HEADLINE ? [] : [{ text: s.moreContext, callback_data: encodeButton({ kind: 'more', language: ctx.language, sentenceId }, ctx.version) }];
  if (alternatives.length > 0) {
    const data = encodeButton({ kind: 'next', language: ctx.language, sentenceIds: alternatives }, ctx.version);
    row.push({ text: s.anotherAnswer, callback_data: data });
  }
  return row.length > 0 ? { inline_keyboard: [row] } : undefined;
}

export function inlineResult(
  ctx: QuoteContext,
  sentence: Sentence,
  question: string,
): InlineQueryResultArticle {
  const asked = `❓ <i>${escapeHtml(truncate(question, 256))}</i>\n`;
  const quote = quoteMessages(sentence.text, [], citation(ctx.article, sentence, ctx.language), undefined, asked.length);
  return {
    type: 'article',
    id: `${ctx.version}-${sentence.id}`,
    title: truncate(sentence.text, INLINE_TITLE_CHARS),
    description: truncate(citationText(ctx.article, sentence, ctx.language), INLINE_DESCRIPTION_CHARS),
    // An inline result is one message, so a (theoretical) overlong quote keeps its first part.
    input_message_content: { message_text: asked + (quote[0]?.html ?? ''), parse_mode: 'HTML' },
  };
}

/**
 * Lays out `text` as blockquotes of at most MAX_MESSAGE_CHARS, bolding the `bold` spans, with
 * `footer` (already HTML) after the last piece or, if it does not fit there, in its own message.
 */
function quoteMessages(
  text: string,
  bold: readonly Span[],
  footer: string,
  keyboard: InlineKeyboardMarkup | undefined,
  reserve = 0,
): OutgoingMessage[] {
  const wrapper = '<blockquote></blockquote>'.length + '<b></b>'.length * bold.length;
  const budget = MAX_MESSAGE_CHARS - wrapper - reserve;
  const pieces = splitPlainText(text, budget).map((span) => `<blockquote>${markSpans(text, span, bold)}</blockquote>`);
  const messages = pieces.length > 0 ? pieces : [''];
  const last = messages.length - 1;
  const withFooter = `${messages[last]}\n${footer}`.trim();
  const html =
    withFooter.length <= MAX_MESSAGE_CHARS - reserve
      ? [...messages.slice(0, last), withFooter]
      : [...messages, footer];
  return html.map((h, i) => (i === html.length - 1 && keyboard ? { html: h, keyboard } : { html: h }));
}

/** Escapes `text[span]`, wrapping the parts that overlap `bold` spans in <b>. */
function markSpans(text: string, span: Span, bold: readonly Span[]): string {
  let html = '';
  let at = span.start;
  for (const b of bold) {
    const start = Math.max(b.start, at);
    const end = Math.min(b.end, span.end);
    if (start >= end) continue;
    html += escapeHtml(text.slice(at, start)) + `<b>${escapeHtml(text.slice(start, end))}</b>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at, span.end));
}
