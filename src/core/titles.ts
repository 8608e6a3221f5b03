/**
 * How news prose writes a person's title: a head from a closed list, the definite words after it
 * and a nisba naming the country ("وزير الدفاع الروسي"), often followed by the person's name.
 * Shared by counterparts.ts and title-names.ts, which read what such titles leave unsaid.
 */
import { normalizeArabic, stripDiacritics } from '../text/normalize.js';
import { ARABIC_STOPWORDS } from '../text/stopwords.js';

/**
 * The first word of a title in news prose, normalised: the head of "وزير الدفاع", "رئيس الوزراء",
 * "أمين المجلس". A closed list, since without one any verb before a nisba ("أكد الرئيس الروسي")
 * would read as a title. A counterpart (نظيره الإيراني محمد رضا آشتياني) is named as a title
 * names: "who is the Iranian defence minister that Shoigu met?" finds the meeting's sentence.
 * Measured: the eighteenth and twenty-fifth sets +1 answered each; nothing else moved. A spokesperson
 * (المتحدث، الناطق باسم …): the article sets +1 declined, the kept-aside +1 ("شو اسم الناطق باسم
 * وزارة المالية؟" of a report naming none), −1 answered: "the civil protection spokesman", in
 * English order, is not found where the report names him before the title ("منير حمدوش، الناطق
 * الرسمي باسم المديرية العامة للحماية المدنية").
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  'وزير وزيره نظير نظيره رئيس رئيسه قائد مرشد زعيم مستشار سفير مندوب ممثل امين مدير نائب ملك امير محافظ عمده متحدث متحدثه ناطق ناطقه'.split(' ').map((head) => normalizeArabic(head).trim()),
);

/** Words from a title's head to its nisba, the definite words between included: "وزير الدفاع الروسي", "رئيس الأركان العامة الإيراني". */
const MAX_TITLE_WORDS = 3;

/** The words of a sentence in their written form, without diacritics (a nisba's يّ is still ي). */
export const writtenWords = (text: string): string[] => stripDiacritics(text).match(/\p{L}+/gu) ?? [];

/** A normalised word without "and" or "so" joined before its article (والوزير → الوزير). */
const withoutConjunction = (normalized: string): string => normalized.replace(/^[وف](?=ال)/, '');

export const bare = (word: string): string => withoutConjunction(normalizeArabic(word).trim());

/**
 * A nisba adjective of the definite kind that names a country: الروسي, الإيراني. Read on the
 * written word, where ي is not ى (الأعلى is no nisba, though normalised it ends alike).
 */
export const isNisba = (word: string): boolean => /^[وف]?ال\p{L}{2,}ي$/u.test(word);

/**
 * Whether a word can open a person's name: not definite, not joined to "and" (نظيره الإيراني
 * وأمين المجلس …), not a function word (نظيره الإيراني في طهران).
 */
export const isNamed = (word: string | undefined): boolean => word !== undefined && mayOpenName(bare(word)) && !ARABIC_STOPWORDS.has(bare(word));

/** "his / her / their counterpart", with a conjunction or preposition joined: نظيره, ونظيرته, بنظيرهم. */
const COUNTERPART = /^[وف]?[بل]?نظير(?:ه|ها|هم|ته|تها)$/;

export const isCounterpart = (word: string): boolean => COUNTERPART.test(bare(word));

/**
 * Whether a normalised word may open a person's name: it is not definite, also after لـ (للأمن,
 * where the article's alif goes), not joined to "and", and not chat's "this" fused with the
 * article ("الوزير هالسنة" is the minister this year; see FUSED_DEMONSTRATIVE in
 * src/text/analyzer.ts, whose six letters keep هالة a name). "المديرية العامة للأمن" had named
 * someone after a directorate (المديرية stems to مدير) and answered "who is the customs director
 * general" with it: the seventy-ninth article +1 answered, nothing else moved.
 */
export const mayOpenName = (word: string): boolean => !/^[وف]|^ال|^لل|^هال(?=.{3})/.test(word);

/**
 * Names begin with و and ف too (وليد، وائل، فؤاد، فيصل، فراس), which mayOpenName takes for "and":
 * such a word opens a name where a surname follows it, a definite nisba or a patronymic
 * ("وزير الداخلية، فؤاد المنصوري", "فيصل بن سالم"), which "and" with a verb or a noun seldom has.
 * "Who is the interior minister?" had been declined as if the report named no one. The article sets
 * +1 answered, nothing else moved.
 */
const SURNAME = /^(?:ال.{2,}ي|بن|ابن|ابو|عبد)$/;
export const mayOpenNameBefore = (word: string, after: string | undefined): boolean =>
  mayOpenName(word) || (/^[وف](?!ال)../.test(word) && after !== undefined && SURNAME.test(after));

/**
 * Honorifics news puts between a title and the name ("وزير الصحة الدكتور رامي …", "مديرة الصحة
 * د. نوال …"): definite, or one letter, and still the start of the name. Read on a token already
 * normalised (tokenize): normalising each of XQuAD's 27,000 words again had cost 50–90 ms of start.
 */
const HONORIFICS: ReadonlySet<string> = new Set(
  'د م الدكتور الدكتوره المهندس المهندسه الشيخ السيد السيده اللواء العميد العقيد الفريق القاضي القاضيه الاستاذ الاستاذه الحاج'.split(' '),
);

export const isHonorific = (normalizedToken: string): boolean => HONORIFICS.has(withoutConjunction(normalizedToken));

/** A word as bare() reads it, without the article: الوزير and وزير are one head. */
export const withoutArticle = (word: string): string => bare(word).replace(/^ال/, '');

/** Whether a word heads a title (وزير, الرئيس …), as written or normalised. */
export const isTitleHead = (word: string): boolean => TITLE_HEADS.has(withoutArticle(word));

export interface Title {
  /** The title's words as written, head first, without the nisba: ["وزير", "الدفاع"]. */
  readonly words: readonly string[];
  readonly nisba: string;
  /** Where the nisba stands among the words. */
  readonly end: number;
}

/** Titles named in these words ("وزير الدفاع الروسي"), in order. */
export function titlesIn(words: readonly string[]): Title[] {
  const titles: Title[] = [];
  words.forEach((word, at) => {
    if (!isTitleHead(word)) return;
    for (let end = at + 1; end <= Math.min(words.length - 1, at + MAX_TITLE_WORDS); end++) {
      if (isNisba(words[end]!)) {
        titles.push({ words: words.slice(at, end), nisba: bare(words[end]!), end });
        return;
      }
      if (!bare(words[end]!).startsWith('ال')) return;
    }
  });
  return titles;
}
