/**
 * Who "his counterpart" is. News reports a meeting as "التقى وزير الخارجية المصري نظيره الأردني"
 * or "وخلال لقائه نظيره الإيراني محمد رضا آشتياني": the counterpart holds the subject's title, of
 * another country, and the report never spells that title out. A reader asking for "the Iranian
 * defence minister" means the man named right there, so the sentence is also read with the title
 * written in ("نظيره وزير الدفاع الإيراني"), for matching only.
 */
import type { Article } from './types.js';
import { normalizeArabic, stripDiacritics } from '../text/normalize.js';
import { ARABIC_STOPWORDS } from '../text/stopwords.js';

/**
 * The first word of a title in news prose, normalised: the head of "وزير الدفاع", "رئيس الوزراء",
 * "أمين المجلس". A closed list, since without one any verb before a nisba ("أكد الرئيس الروسي")
 * would read as a title.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  'وزير وزيره رئيس رئيسه قائد مستشار سفير مندوب ممثل امين مدير نائب ملك امير محافظ عمده'.split(' '),
);

/** "his / her / their counterpart", with a conjunction or preposition joined: نظيره, ونظيرته, بنظيرهم. */
const COUNTERPART = /^[وف]?[بل]?نظير(?:ه|ها|هم|ته|تها)$/;

/** Words from a title's head to its nisba, the definite words between included: "وزير الدفاع الروسي", "رئيس الأركان العامة الإيراني". */
const MAX_TITLE_WORDS = 3;

/** The words of a sentence in their written form, without diacritics (a nisba's يّ is still ي). */
const writtenWords = (text: string): string[] => stripDiacritics(text).match(/\p{L}+/gu) ?? [];

const bare = (word: string): string => normalizeArabic(word).trim().replace(/^[وف](?=ال)/, '');

/**
 * A nisba adjective of the definite kind that names a country: الروسي, الإيراني. Read on the
 * written word, where ي is not ى (الأعلى is no nisba, though normalised it ends alike).
 */
const isNisba = (word: string): boolean => /^[وف]?ال\p{L}{2,}ي$/u.test(word);

/**
 * Whether a word can open a person's name: not definite, not joined to "and" (نظيره الإيراني
 * وأمين المجلس …), not a function word (نظيره الإيراني في طهران). Only a counterpart named there
 * is read with the title: the shipped article's lede, which leaves him unnamed, then answered
 * "who is the Iranian defence minister?" in place of the paragraph that names him.
 */
const isNamed = (word: string | undefined): boolean => word !== undefined && mayOpenName(bare(word)) && !ARABIC_STOPWORDS.has(bare(word));

/** Whether a normalised word may open a person's name: it is not definite and not joined to "and". */
export const mayOpenName = (word: string): boolean => !/^[وف]|^ال/.test(word);

const isTitleHead = (word: string): boolean => TITLE_HEADS.has(bare(word).replace(/^ال/, ''));

interface Title {
  /** The title's words as written, head first, without the nisba: ["وزير", "الدفاع"]. */
  readonly words: readonly string[];
  readonly nisba: string;
}

/** Titles named in these words ("وزير الدفاع الروسي"), in order. */
function titlesIn(words: readonly string[]): Title[] {
  const titles: Title[] = [];
  words.forEach((word, at) => {
    if (!isTitleHead(word)) return;
    for (let end = at + 1; end <= Math.min(words.length - 1, at + MAX_TITLE_WORDS); end++) {
      if (isNisba(words[end]!)) {
        titles.push({ words: words.slice(at, end), nisba: bare(words[end]!) });
        return;
      }
      if (!bare(words[end]!).startsWith('ال')) return;
    }
  });
  return titles;
}

/**
 * Per sentence id, the sentence with each counterpart's title written in before its nisba
 * ("نظيره وزير الدفاع الإيراني"), or undefined where no counterpart is named or no title of
 * another nationality comes before it. The title is the nearest one named earlier in the
 * sentence or the article: the subject of the meeting.
 */
export function counterpartReadings(article: Article): (string | undefined)[] {
  const before: Title[] = [];
  return article.sentences.map((sentence) => {
    const words = writtenWords(sentence.text);
    let changed = false;
    const read = words.map((word, at) => {
      const next = words[at + 1];
      if (!COUNTERPART.test(bare(word)) || next === undefined || !isNisba(next) || !isNamed(words[at + 2])) return word;
      const own = [...before, ...titlesIn(words.slice(0, at))];
      const title = own.reverse().find((t) => t.nisba !== bare(next));
      if (!title) return word;
      changed = true;
      return [word, ...title.words].join(' ');
    });
    before.push(...titlesIn(words));
    return changed ? read.join(' ') : undefined;
  });
}
