/**
 * Parses a message the way Telegram's HTML parse mode does, strictly: the text a user would see
 * plus its entities, or the "can't parse entities" error Telegram would return. Strict on
 * purpose: a bot that escapes properly never trips it; one that cuts inside a tag always does.
 */
import type { MessageEntity } from 'telegraf/types';

const TAG_ENTITY: Record<string, MessageEntity['type']> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
  pre: 'pre',
  a: 'text_link',
  blockquote: 'blockquote',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
};

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

export type ParsedHtml = { ok: true; text: string; entities: MessageEntity[] } | { ok: false; error: string };

interface Open {
  readonly tag: string;
  readonly offset: number;
  readonly href?: string;
}

export function parseTelegramHtml(html: string): ParsedHtml {
  let text = '';
  const entities: MessageEntity[] = [];
  const stack: Open[] = [];
  let i = 0;
  const fail = (error: string): ParsedHtml => ({ ok: false, error: `Bad Request: can't parse entities: ${error} at byte offset ${Buffer.byteLength(html.slice(0, i))}` });

  while (i < html.length) {
    const ch = html[i] as string;
    if (ch === '<') {
      const close = html.indexOf('>', i);
      if (close < 0) return fail('Unclosed start tag');
      const inner = html.slice(i + 1, close).trim();
      if (inner.startsWith('/')) {
        const name = inner.slice(1).trim().toLowerCase();
        const open = stack.pop();
        if (!open || open.tag !== name) return fail(`Unmatched end tag "${name}"`);
        const length = text.length - open.offset;
        const type = TAG_ENTITY[name] as MessageEntity['type'];
        if (length > 0) {
          entities.push(
            (type === 'text_link'
              ? { type, offset: open.offset, length, url: open.href ?? '' }
              : { type, offset: open.offset, length }) as MessageEntity,
          );
        }
      } else {
        const match = /^([a-z-]+)(\s+[\s\S]*)?$/i.exec(inner);
        const name = match?.[1]?.toLowerCase();
        if (!name || !(name in TAG_ENTITY)) return fail(`Unsupported start tag "${inner.split(/\s/)[0]}"`);
        if (name === 'blockquote' && stack.some((o) => o.tag === 'blockquote')) return fail('Nested blockquotes are not allowed');
        const href = /href\s*=\s*"([^"]*)"/i.exec(match?.[2] ?? '')?.[1];
        stack.push({ tag: name, offset: text.length, ...(href !== undefined ? { href } : {}) });
      }
      i = close + 1;
    } else if (ch === '&') {
      const entity = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/i.exec(html.slice(i, i + 12));
      const name = entity?.[1];
      if (!name) return fail('Character entity expected');
      if (name.startsWith('#x') || name.startsWith('#X')) text += String.fromCodePoint(parseInt(name.slice(2), 16));
      else if (name.startsWith('#')) text += String.fromCodePoint(parseInt(name.slice(1), 10));
      else if (NAMED[name.toLowerCase()] !== undefined) text += NAMED[name.toLowerCase()];
      else return fail(`Unsupported HTML entity "&${name};"`);
      i += (entity?.[0].length ?? 1);
    } else if (ch === '>') {
      return fail('Unexpected end tag character ">"');
    } else {
      text += ch;
      i++;
    }
  }
  if (stack.length > 0) return fail(`Can't find end tag corresponding to start tag "${stack[stack.length - 1]?.tag}"`);
  // Telegram strips leading and trailing whitespace of the whole message.
  const leading = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const shifted = entities
    .map((e) => ({ ...e, offset: e.offset - leading }))
    .filter((e) => e.offset >= 0 && e.offset < trimmed.length)
    .map((e) => ({ ...e, length: Math.min(e.length, trimmed.length - e.offset) }));
  return { ok: true, text: trimmed, entities: shifted.sort((a, b) => a.offset - b.offset) };
}
