import { analyzeEnglishQuestion } from './analyze.js';
import type { Lexicon } from './lexicon.js';
import type { NameMatcher } from './names.js';
import type { Analyzer } from '../text/analyzer.js';
import type { Concept, TermAlternative } from '../retrieval/query.js';

/**
 * Later dictionary senses are less likely meant; they still count, a little less.
 * Names guessed across scripts count by their match score.
 */
const LATER_SENSE_WEIGHT = 0.8;

/** A dictionary word may be paraphrased in the article; a name or phrase is rarely. */
const WORD_IMPORTANCE = 0.5;

function alternativesOf(translations: readonly string[], analyze: Analyzer): TermAlternative[] {
  const best = new Map<string, number>();
  translations.forEach((translation, rank) => {
    for (const term of analyze(translation)) {
      const weight = rank === 0 ? 1 : LATER_SENSE_WEIGHT;
      best.set(term, Math.max(best.get(term) ?? 0, weight));
    }
  });
  return [...best].map(([term, weight]) => ({ term, weight }));
}

/**
 * English question → Arabic query concepts: one concept per translated word or phrase (its
 * translations are alternatives), one per name matched against the article's own words, and an
 * empty concept for a content word we cannot render at all, so that "Putin" or "Ukraine" still
 * lowers the coverage that decides whether to decline.
 */
export function createEnglishBridge(lexicon: Lexicon, names: NameMatcher, analyze: Analyzer) {
  return (question: string): Concept[] => {
    const { terms, unknown } = analyzeEnglishQuestion(question, lexicon);
    const concepts: Concept[] = [];
    for (const term of terms) {
      const primary = analyze(term.translations[0] ?? '');
      if (term.kind === 'phrase' && primary.length > 1) {
        // A phrase is matched word by word ("world cup" → كأس + العالم): both words must be there.
        for (const stem of primary) concepts.push({ label: `${term.surface}:${stem}`, alternatives: [{ term: stem, weight: 1 }] });
        continue;
      }
      const alternatives = alternativesOf(term.translations, analyze);
      // Translations made only of function words ("say" → قال) carry no topic: skip the concept.
      if (alternatives.length > 0) {
        concepts.push({ label: term.surface, alternatives, importance: term.kind === 'word' ? WORD_IMPORTANCE : 1 });
      }
    }
    for (const word of unknown) {
      const alternatives: TermAlternative[] = [];
      for (const { token, score } of names.match(word)) {
        for (const term of analyze(token)) alternatives.push({ term, weight: score });
      }
      concepts.push({ label: word, alternatives });
    }
    return concepts;
  };
}
