import type { Article, Sentence } from '../core/types.js';
import { segmentSentences } from '../text/segment.js';

/** Splits paragraphs into sentences that remember where they stand, for citations and quoting. */
export function buildArticle(title: string, paragraphs: readonly string[], source: string): Article {
  const sentences: Sentence[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const span of segmentSentences(text)) {
      sentences.push({ id: sentences.length, paragraph, ...span });
    }
  });
  return { title, source, paragraphs, sentences };
}

/**
 * The plain-text article format: the first non-empty line is the headline, every following
 * non-empty line is one paragraph.
 */
export function parseArticleText(text: string, source: string): Article {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const [title, ...paragraphs] = lines;
  if (title === undefined || paragraphs.length === 0) {
    throw new Error('the article needs a headline line followed by at least one paragraph line');
  }
  return buildArticle(title, paragraphs, source);
}
