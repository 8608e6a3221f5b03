import { z } from 'zod';
import type { Article } from '../core/types.js';
import { buildArticle } from '../article/parse.js';

const squadSchema = z.object({
  data: z.array(
    z.object({
      title: z.string().optional(),
      paragraphs: z.array(
        z.object({
          context: z.string(),
          qas: z.array(
            z.object({
              id: z.union([z.string(), z.number()]).transform(String),
              question: z.string(),
              answers: z.array(z.object({ text: z.string() })).default([]),
              is_impossible: z.boolean().optional(),
            }),
          ),
        }),
      ),
    }),
  ),
});

export interface EvalQuestion {
  readonly id: string;
  readonly question: string;
  readonly answers: readonly string[];
  readonly impossible: boolean;
  /** Paragraph the question was written for (answer_start is ignored, as the contract says). */
  readonly paragraph: number;
}

export interface EvalSet {
  readonly article: Article;
  readonly questions: readonly EvalQuestion[];
}

/**
 * SQuAD v1.1/v2.0 → one article: all distinct contexts in file order are its paragraphs,
 * so every question competes against the whole pool, as a user's would against an article.
 */
export function parseSquad(json: unknown, source = 'SQuAD'): EvalSet {
  const squad = squadSchema.parse(json);
  const paragraphOf = new Map<string, number>();
  const questions: EvalQuestion[] = [];
  for (const doc of squad.data) {
    for (const { context, qas } of doc.paragraphs) {
      let paragraph = paragraphOf.get(context);
      if (paragraph === undefined) paragraphOf.set(context, (paragraph = paragraphOf.size));
      for (const qa of qas) {
        questions.push({
          id: qa.id,
          question: qa.question,
          answers: qa.answers.map((a) => a.text),
          impossible: qa.is_impossible === true || qa.answers.length === 0,
          paragraph,
        });
      }
    }
  }
  // Its documents' titles are no headline of the pool: no question is answered from them (headline-quote.ts).
  return { article: buildArticle('', [...paragraphOf.keys()], source), questions };
}
