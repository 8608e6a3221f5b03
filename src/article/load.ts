import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import type { Article } from '../core/types.js';
import { parseArticleText } from './parse.js';

const metaSchema = z.object({ source: z.string().min(1) }).passthrough();

export class ArticleError extends Error {
  override name = 'ArticleError';
}

/** `article.txt` may have an `article.meta.json` beside it naming its source. */
function metaPathFor(path: string): string {
  return path.replace(/(\.txt)?$/, '.meta.json');
}

async function readSource(path: string): Promise<string | undefined> {
  let raw: string;
  try {
    raw = await readFile(metaPathFor(path), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = metaSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new ArticleError(`${metaPathFor(path)} must be JSON with a "source" string`);
  return parsed.data.source;
}

export async function loadArticle(path: string, sourceOverride?: string): Promise<Article> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ArticleError(
      code === 'ENOENT' ? `article file not found: ${path} (set ARTICLE_PATH)` : `cannot read article ${path}: ${code ?? error}`,
    );
  }
  const source = sourceOverride ?? (await readSource(path)) ?? basename(path);
  try {
    return parseArticleText(text, source);
  } catch (error) {
    throw new ArticleError(`article ${path} is unusable: ${(error as Error).message}`);
  }
}
