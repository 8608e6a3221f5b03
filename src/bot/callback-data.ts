/**
 * Inline buttons carry everything needed to serve a press, so any replica can handle it and
 * no answer has to be remembered. Telegram allows 64 bytes of callback data:
 *
 *   m:<lang>:<version>:<sentenceId>          "More context": the paragraph around that sentence
 *   n:<lang>:<version>:<id>.<id>.<id>…       "Another answer": the ranked alternatives not shown yet
 *
 * `lang` keeps the asker's interface language even when someone else presses the button.
 * `version` fingerprints the article so a button left over from an older article cannot quote
 * the wrong sentence after a redeploy.
 */
import { createHash } from 'node:crypto';
import type { Article, Language } from '../core/types.js';

export const MAX_CALLBACK_BYTES = 64;

export type ButtonAction =
  | { readonly kind: 'more'; readonly language: Language; readonly sentenceId: number }
  | { readonly kind: 'next'; readonly language: Language; readonly sentenceIds: readonly number[] };

export type DecodedButton =
  | { readonly status: 'ok'; readonly action: ButtonAction }
  | { readonly status: 'outdated'; readonly language: Language }
  | { readonly status: 'invalid' };

export function articleVersion(article: Article): string {
  const hash = createHash('sha256');
  hash.update(article.title);
  for (const paragraph of article.paragraphs) hash.update(`\n${paragraph}`);
  return hash.digest('base64url').slice(0, 6);
}

export function encodeButton(action: ButtonAction, version: string): string {
  const head = `${action.kind === 'more' ? 'm' : 'n'}:${action.language}:${version}:`;
  if (action.kind === 'more') return head + String(action.sentenceId);
  // Keep as many alternatives as fit; the best ones come first, so dropping the tail is harmless.
  let ids = '';
  for (const id of action.sentenceIds) {
    const next = ids === '' ? String(id) : `${ids}.${id}`;
    if (Buffer.byteLength(head + next) > MAX_CALLBACK_BYTES) break;
    ids = next;
  }
  return head + ids;
}

const PATTERN = /^([mn]):(ar|en):([\w-]{6}):(\d+(?:\.\d+)*)?$/;

export function decodeButton(data: string, article: Article, version: string): DecodedButton {
  const match = PATTERN.exec(data);
  if (!match) return { status: 'invalid' };
  const [, kind, language, dataVersion, idList = ''] = match as unknown as [string, 'm' | 'n', Language, string, string?];
  if (dataVersion !== version) return { status: 'outdated', language };
  const ids = idList === '' ? [] : idList.split('.').map(Number);
  if (ids.some((id) => !Number.isSafeInteger(id) || id >= article.sentences.length)) return { status: 'invalid' };
  if (kind === 'm') {
    const [sentenceId] = ids;
    return sentenceId === undefined ? { status: 'invalid' } : { status: 'ok', action: { kind: 'more', language, sentenceId } };
  }
  return { status: 'ok', action: { kind: 'next', language, sentenceIds: ids } };
}
