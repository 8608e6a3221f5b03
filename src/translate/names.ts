/**
 * Cross-script matching of names no dictionary has (Shoigu → شويغو, Khamenei → الخامنئي): both
 * words become phonetic skeletons (./name-skeleton.ts) compared by edit distance, consonants
 * weighing more than vowels. Thresholds lean towards declining: a wrong name match makes the
 * bot quote a wrong sentence, a missed one only makes it say it does not know.
 */
import { distance } from 'fastest-levenshtein';
import { arabicSkeleton, arabicStems, consonantsOf, latinSkeletons, TypoReader, type ArabicStem } from './name-skeleton.js';
import { stripLatinAccents } from '../text/normalize.js';

export interface NameMatch {
  /** The vocabulary token as given to the constructor. */
  token: string;
  /** 1 for identical skeletons; nothing below the threshold is returned. */
  score: number;
}

/** Vowels are where spellings of one name differ most (Khamenei/Khamenai). */
const VOWEL_WEIGHT = 0.5;
const MIN_SCORE = 0.8;
/** Two-consonant skeletons (Shoigu, Raisi, Syria) collide with many short Arabic words. */
const MIN_SCORE_SHORT = 0.85;
/** With one or no consonant (Ali, Abu) a skeleton matches half the language's short words. */
const MIN_CONSONANTS = 2;
/**
 * …unless the whole skeleton, vowels included, is the same and four symbols long: Kaya and قايا
 * (kAIA), Maya and مايا. Ali (AlI) would be عالي (high) as well as علي. Measured: the twenty-seventh
 * article +1 answered ("what did kaya say about …", Kaya had been dropped), arcd-train-en +0.14
 * points, the English cross-lingual set +0.33; nothing lost.
 */
const MIN_WHOLE_SKELETON = 4;
const MAX_RESULTS = 10;
/**
 * Longer words are no names, and matching one costs with the cube of its length: a 250-letter
 * "word" took 6 s, a 990-letter one 4 minutes and 1.6 GB, holding every chat of the bot meanwhile.
 */
export const MAX_NAME_LETTERS = 25;
/** The most consonant edits any query allows; the deletion index is built to this depth. */
const MAX_EDITS = 2;

/** None for short names, where one consonant edit already makes another word. */
function maxConsonantEdits(consonants: number): number {
  if (consonants <= 4) return 0;
  if (consonants <= 6) return 1;
  return MAX_EDITS;
}

interface Shape {
  full: string;
  consonants: string;
  /** Consonants count 1, vowels VOWEL_WEIGHT: the denominator of the score. */
  weight: number;
  /** Vowel runs between two consonants: the slots where Arabic leaves short vowels unwritten. */
  innerVowelRuns: number;
  vowels: number;
}

function shape(full: string): Shape {
  const consonants = consonantsOf(full);
  const innerVowelRuns = full.replace(/^[AIU]+|[AIU]+$/g, '').match(/[AIU]+/g)?.length ?? 0;
  const vowels = full.length - consonants.length;
  return { full, consonants, weight: consonants.length + VOWEL_WEIGHT * vowels, innerVowelRuns, vowels };
}

function score(latin: Shape, arabic: Shape, consonantEdits: number, spoken: boolean): number {
  // Dropping vowels never lengthens an alignment, so the difference is the vowel edits.
  const vowelEdits = distance(latin.full, arabic.full) - consonantEdits;
  // Short vowels the Arabic spelling leaves out (Lebanon/لبنان) are not evidence against a match,
  // but only as many as the Arabic word has written vowels: transliterated names spell their long
  // vowels out (شويغو, طهران), while native words like شرس write none and must not match "shires".
  // A word typed in Arabizi is an Arabic word spelt as said (mohandis, nahar: مهندس، نهر), every
  // short vowel of it unwritten.
  const unsaid = Math.max(0, latin.innerVowelRuns - arabic.innerVowelRuns);
  const unwritten = spoken ? unsaid : Math.min(unsaid, arabic.vowels);
  const cost = consonantEdits + VOWEL_WEIGHT * Math.max(0, vowelEdits - unwritten);
  return 1 - cost / Math.max(latin.weight, arabic.weight);
}

/** Every string obtained by deleting up to `depth` characters (SymSpell's trick for edit-distance lookup). */
function deletions(s: string, depth: number): Set<string> {
  const out = new Set([s]);
  let frontier = [s];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

const LATIN_WORD = /^\p{Script=Latin}+$/u;
const foldLatin = (word: string): string => stripLatinAccents(word).toLowerCase();

interface Candidate extends Shape {
  token: string;
  stripped: number;
  /** The stem without its ending (see unendedStems): only an Arabizi word may meet it. */
  unended?: true;
}

/**
 * A verb's person and number, a plural's ending and a joined pronoun (أعلنت، قالوا، قاعات، منعها):
 * chats type the word in the form they say it (a3lan, 9al), the article writes it in the form its
 * sentence needs. Its skeleton keeps the ending as a consonant the typed word lacks, which short
 * words may not miss (maxConsonantEdits). Only words typed in Arabizi meet the stem without it: a
 * name is spelt whole. Measured with REPEATED_AROUND_VOWEL: the article sets +32 −4 answered and
 * +2 −2 declined, the kept-aside +8 −4 and +1 −1; the tuning sets unchanged.
 */
const SPOKEN_ENDING = /(?:ت|وا|ون|ين|ات|ها|هم|هن|ان)$/;
/** A stem of two letters meets half the short words typed. */
const MIN_UNENDED_LETTERS = 3;

interface Stem extends ArabicStem {
  unended?: true;
}

function unendedStems(stems: readonly Stem[]): Stem[] {
  return stems.flatMap(({ stem, stripped }) => {
    const ending = SPOKEN_ENDING.exec(stem)?.[0];
    return ending && stem.length - ending.length >= MIN_UNENDED_LETTERS ? [{ stem: stem.slice(0, -ending.length), stripped: stripped + ending.length, unended: true }] : [];
  });
}

/**
 * Arabic writes a consonant said twice with a short vowel between as two letters (افتتاح، مدد),
 * which its skeleton folds into one (collapseRuns); the word typed as said keeps the vowel between
 * (ftita7, madad), so its reading folds them too (measured with SPOKEN_ENDING).
 */
const REPEATED_AROUND_VOWEL = /([^AIU])[AIU]\1/g;
/**
 * The short vowel typed before a hamza or ق typed as 2 (ra2ees, da2i2a): Arabic writes the hamza's
 * seat or the ق and no vowel before it (رئيس، دقيقة), and the vowel run typed longer than the
 * article's had kept ra2ees from رئيس. The article sets +3 answered and +2 −7 declined, the
 * kept-aside +8 −1 and +2 −2; the tuning sets unchanged. The declines lost ask of a president
 * the article does not name or of Raisi (رئيسي, "main" too), now met where the article says "main".
 */
const VOWEL_BEFORE_2 = /[aeiou]+(?=2[aeiouy])/gi;

/** The skeletons a word typed in Arabizi may have: as typed, without a vowel before a 2, letters alike folded. */
function spokenReadings(latinWord: string): string[] {
  const unvowelled = latinWord.replace(VOWEL_BEFORE_2, '');
  const typed = [...latinSkeletons(latinWord), ...(unvowelled === latinWord ? [] : latinSkeletons(unvowelled))];
  return [...new Set([...typed, ...typed.map((r) => r.replace(REPEATED_AROUND_VOWEL, '$1'))])];
}

/** "al" or "el" joined to a name of four letters or more, before its consonant. */
const JOINED_ARTICLE = /^(?:al|el)(?=[b-df-hj-np-tv-z][a-z]{3})/i;

export class NameMatcher {
  /** Vocabulary stems grouped by consonant skeleton. */
  private readonly byConsonants = new Map<string, Candidate[]>();
  /** Every prefix of those skeletons, the empty one included (see TypoReader). */
  private readonly consonantPrefixes = new Set<string>(['']);
  /**
   * Consonant skeletons under each of their ≤MAX_EDITS-deletion variants: two skeletons within k
   * edits share a variant with ≤k deletions on each side, so match() looks up a handful of keys
   * instead of comparing against the whole vocabulary.
   */
  private readonly deletionIndex = new Map<string, string[]>();
  /** Vocabulary stems of one consonant and MIN_WHOLE_SKELETON symbols or more, by their whole skeleton. */
  private readonly byWholeSkeleton = new Map<string, Candidate[]>();
  /** Every stem of the vocabulary (normalised, without article or joined particle), short ones included. */
  private readonly stems = new Set<string>();
  /** Words the text writes in Latin letters ("(بالإنجليزية: Invasion)", IBM), by their folded form. */
  private readonly latinWords = new Map<string, string>();

  /**
   * The text's words as written: Arabic ones, and the few it writes in Latin letters. `endings`:
   * whether an Arabizi word may also meet a word without its ending (unendedStems), as in running
   * text; a list of words as they are said has none to take off.
   */
  constructor(vocabulary: Iterable<string>, { endings = true }: { endings?: boolean } = {}) {
    const seen = new Set<string>();
    for (const token of vocabulary) {
      if (seen.has(token)) continue;
      seen.add(token);
      if (LATIN_WORD.test(token)) {
        const folded = foldLatin(token);
        if (!this.latinWords.has(folded)) this.latinWords.set(folded, token);
        continue;
      }
      const stems = arabicStems(token);
      for (const { stem } of stems) this.stems.add(stem);
      const all: Stem[] = endings ? [...stems, ...unendedStems(stems)] : stems;
      for (const { stem, stripped, unended } of all) {
        const s = shape(arabicSkeleton(stem));
        if (s.consonants.length < MIN_CONSONANTS) {
          if (s.consonants.length === 1 && s.full.length >= MIN_WHOLE_SKELETON) {
            const same = this.byWholeSkeleton.get(s.full) ?? [];
            same.push({ ...s, token, stripped, ...(unended && { unended }) });
            this.byWholeSkeleton.set(s.full, same);
          }
          continue;
        }
        let group = this.byConsonants.get(s.consonants);
        if (!group) {
          group = [];
          this.byConsonants.set(s.consonants, group);
          for (let i = 1; i <= s.consonants.length; i++) this.consonantPrefixes.add(s.consonants.slice(0, i));
          for (const variant of deletions(s.consonants, MAX_EDITS)) {
            const keys = this.deletionIndex.get(variant);
            if (keys) keys.push(s.consonants);
            else this.deletionIndex.set(variant, [s.consonants]);
          }
        }
        group.push({ ...s, token, stripped, ...(unended && { unended }) });
      }
    }
  }

  /**
   * Whether the vocabulary has this Arabic word (or every word of this phrase), up to the article
   * and joined particles: أوروبا is there when the text says وأوروبا or الأوروبا.
   */
  contains(arabic: string): boolean {
    const words = arabic.split(/\s+/).filter(Boolean);
    return words.length > 0 && words.every((word) => arabicStems(word).some(({ stem }) => this.stems.has(stem)));
  }

  /**
   * The text's own Latin spelling of this word, up to case and accents (Erdoğan, erdogan), if it
   * has one: Arabic prose keeps acronyms and gives foreign names in Latin letters beside the Arabic.
   */
  sameSpelling(latinWord: string): string | null {
    return this.latinWords.get(foldLatin(latinWord)) ?? null;
  }

  /** Vocabulary consonant skeletons within `maxEdits` of `consonants`, with their distance. */
  private near(consonants: string, maxEdits: number): [string, number][] {
    if (maxEdits === 0) return this.byConsonants.has(consonants) ? [[consonants, 0]] : [];
    const found = new Map<string, number>();
    for (const variant of deletions(consonants, maxEdits)) {
      for (const key of this.deletionIndex.get(variant) ?? []) {
        if (found.has(key) || Math.abs(key.length - consonants.length) > maxEdits) continue;
        found.set(key, distance(consonants, key));
      }
    }
    return [...found].filter(([, d]) => d <= maxEdits);
  }

  /** `spoken`: the word is typed in Arabizi, an Arabic word and no name (see score). */
  match(latinWord: string, spoken = false): NameMatch[] {
    const found = this.ranked(this.scored(latinWord, false, spoken));
    // The article written joined, as chats type it ("albarqawi", "elqasimi"): the name after it,
    // where the whole word meets none. Measured: the seventeenth set +1 answered ("which goods did
    // alqasimi say …"); nothing else moved, the tuning sets unchanged.
    if (found.length === 0 && JOINED_ARTICLE.test(latinWord)) return this.ranked(this.scored(latinWord.slice(2), false, spoken));
    return found;
  }

  /**
   * The tokens whose skeleton is exactly that of one of these spellings (score 1): what a spelling
   * one typo away from a misspelt name must meet (see concepts.ts). `typed` is the word they are
   * one typo away from, whose readings they share up to the typo (see TypoReader).
   */
  exactMatchesAmong(typed: string, spellings: Iterable<string>): Set<string> {
    const reader = new TypoReader(typed, this.byConsonants, this.consonantPrefixes);
    const tokens = new Set<string>();
    for (const spelling of spellings) {
      if (!reader.mayMeet(spelling)) continue;
      // With `exact`, scored keeps score 1 only: no consonant edit and no vowel edit the Arabic writes.
      for (const token of this.scored(spelling, true).keys()) tokens.add(token);
    }
    return tokens;
  }

  /** Each vocabulary token the word's readings meet, with its best score. */
  private scored(latinWord: string, exact: boolean, spoken = false): Map<string, { score: number; stripped: number }> {
    const best = new Map<string, { score: number; stripped: number }>();
    if (latinWord.length > MAX_NAME_LETTERS) return best;
    const readings = spoken ? spokenReadings(latinWord) : latinSkeletons(latinWord);
    for (const reading of readings) {
      // Most spellings one typo away meet no skeleton at all: ruled out before the full shape.
      if (exact && !this.byConsonants.has(consonantsOf(reading))) continue;
      const latin = shape(reading);
      const n = latin.consonants.length;
      if (n < MIN_CONSONANTS) {
        // Only the whole skeleton matches (MIN_WHOLE_SKELETON), so every match scores 1.
        for (const c of (n === 1 && this.byWholeSkeleton.get(reading)) || []) if (spoken || !c.unended) keepBetter(best, c.token, 1, c.stripped);
        continue;
      }
      const threshold = exact ? 1 : n === MIN_CONSONANTS ? MIN_SCORE_SHORT : MIN_SCORE;
      for (const [consonants, edits] of this.near(latin.consonants, exact ? 0 : maxConsonantEdits(n))) {
        for (const c of this.byConsonants.get(consonants)!) {
          if (c.unended && !spoken) continue;
          const s = score(latin, c, edits, spoken);
          if (s >= threshold) keepBetter(best, c.token, s, c.stripped);
        }
      }
    }
    return best;
  }

  private ranked(best: Map<string, { score: number; stripped: number }>): NameMatch[] {
    return [...best]
      .sort(
        ([ta, a], [tb, b]) =>
          b.score - a.score || a.stripped - b.stripped || ta.length - tb.length || (ta < tb ? -1 : ta > tb ? 1 : 0),
      )
      .slice(0, MAX_RESULTS)
      .map(([token, { score: s }]) => ({ token, score: Math.round(s * 1000) / 1000 }));
  }
}

/** A token met by several readings keeps its best score; of equal scores, the one with fewer letters stripped. */
function keepBetter(best: Map<string, { score: number; stripped: number }>, token: string, score: number, stripped: number): void {
  const prev = best.get(token);
  if (!prev || score > prev.score || (score === prev.score && stripped < prev.stripped)) best.set(token, { score, stripped });
}
