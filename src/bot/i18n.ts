/**
 * The few interface strings the bot says, in the two languages it answers in.
 * The quoted sentence is always Arabic; only this surrounding text follows the asker.
 */
import type { Language } from '../core/types.js';

export interface Strings {
  readonly citation: (paragraph: number, of: number, source: string) => string;
  /** Under a quote of the headline (a question asking what it says). */
  readonly headlineCitation: (source: string) => string;
  readonly moreContext: string;
  readonly anotherAnswer: string;
  readonly noOtherAnswer: string;
  /** Under a decline: the button that quotes the closest passage anyway (Answer.closest). */
  readonly closestPassage: string;
  readonly outdatedButton: string;
  readonly notFound: string;
  /** Declined because the question asks for a number ("how many", "how old") the article does not give. */
  readonly noNumber: string;
  /** Declined because the question asks when and the article names no time there. */
  readonly noTime: string;
  /** Declined because the question asks a calendar date and the article names none there (a weekday at most). */
  readonly noDate: string;
  /** Declined because the question names a month the article says nothing of there. */
  readonly noMonth: string;
  /** Declined because the question asks what someone said and the article quotes no one there. */
  readonly noQuote: string;
  readonly emptyQuestion: string;
  readonly askUsage: string;
  readonly truncated: (kept: number) => string;
  readonly slowDown: (seconds: number) => string;
  readonly nonText: string;
  readonly unknownCommand: string;
  /** The reply to a thank-you (see small-talk.ts). */
  readonly welcome: string;
  readonly failure: string;
  readonly inlineNoAnswer: string;
  readonly inlineAsk: string;
  readonly sourceLabel: string;
  readonly paragraphCount: (n: number) => string;
}

const en: Strings = {
  citation: (n, of, source) => `— paragraph ${n} of ${of}, ${source}`,
  headlineCitation: (source) => `— the headline, ${source}`,
  moreContext: 'More context',
  anotherAnswer: 'Another answer',
  noOtherAnswer: 'No other answer in the article.',
  closestPassage: 'Show the closest passage',
  outdatedButton: 'This button belongs to an older version of the article. Please ask again.',
  notFound: "Sorry, I couldn't find an answer to that in the article.",
  noNumber: "Sorry, the article gives no number for that, so I couldn't find an answer.",
  noTime: "Sorry, the article does not say when, so I couldn't find an answer.",
  noDate: "Sorry, the article gives no date for that (no month or year), so I couldn't find an answer.",
  noMonth: "Sorry, the article says nothing of that for the month you name, so I couldn't find an answer.",
  noQuote: "Sorry, the article does not report what they said about that, so I couldn't find an answer.",
  emptyQuestion: 'Please write your question after the command, e.g. /ask What did the minister say?',
  askUsage: 'Usage: /ask <question>, or reply to a question with /ask.',
  truncated: (kept) => `(Your question was long, so I read only its first ${kept} characters.)`,
  slowDown: (s) => `You are asking very fast. Please wait about ${s} s and ask again.`,
  nonText: 'I can only read text. Please type your question about the article.',
  unknownCommand: 'I do not know that command. Just type your question, or send /help.',
  welcome: "You're welcome! Ask me anything else about the article.",
  failure: 'Sorry, something went wrong while answering. Please try again.',
  inlineNoAnswer: 'No answer in the article',
  inlineAsk: 'Ask about the article',
  sourceLabel: 'Source',
  paragraphCount: (n) => `${n} paragraphs`,
};

const ar: Strings = {
  citation: (n, of, source) => `— الفقرة ${n} من ${of}، ${source}`,
  headlineCitation: (source) => `— العنوان، ${source}`,
  moreContext: 'مزيد من السياق',
  anotherAnswer: 'إجابة أخرى',
  noOtherAnswer: 'لا توجد إجابة أخرى في المقال.',
  closestPassage: 'اعرض أقرب مقطع',
  outdatedButton: 'هذا الزر يخص نسخة سابقة من المقال. يرجى إعادة طرح السؤال.',
  notFound: 'عذراً، لم أجد إجابة عن هذا السؤال في المقال.',
  noNumber: 'عذراً، لا يذكر المقال رقماً لذلك، فلم أجد إجابة.',
  noTime: 'عذراً، لا يذكر المقال متى كان ذلك، فلم أجد إجابة.',
  noDate: 'عذراً، لا يذكر المقال تاريخ ذلك (لا شهراً ولا سنة)، فلم أجد إجابة.',
  noMonth: 'عذراً، لا يذكر المقال ذلك عن الشهر الذي سألت عنه، فلم أجد إجابة.',
  noQuote: 'عذراً، لا ينقل المقال ما قيل في ذلك، فلم أجد إجابة.',
  emptyQuestion: 'يرجى كتابة سؤالك بعد الأمر، مثلاً: ‎/ask ماذا قال الوزير؟',
  askUsage: 'الاستخدام: ‎/ask ثم السؤال، أو الرد على سؤال بالأمر ‎/ask.',
  truncated: (kept) => `(سؤالك طويل، لذا قرأت أول ${kept} حرف منه فقط.)`,
  slowDown: (s) => `أنت تسأل بسرعة كبيرة. يرجى الانتظار نحو ${s} ثانية ثم السؤال من جديد.`,
  nonText: 'لا أقرأ إلا النصوص. يرجى كتابة سؤالك عن المقال.',
  unknownCommand: 'لا أعرف هذا الأمر. اكتب سؤالك مباشرة، أو أرسل ‎/help.',
  welcome: 'عفواً! اسألني ما تشاء عن المقال.',
  failure: 'عذراً، حدث خطأ أثناء الإجابة. يرجى المحاولة مرة أخرى.',
  inlineNoAnswer: 'لا توجد إجابة في المقال',
  inlineAsk: 'اسأل عن المقال',
  sourceLabel: 'المصدر',
  paragraphCount: (n) => `عدد الفقرات: ${n}`,
};

const strings: Record<Language, Strings> = { en, ar };

export function t(language: Language): Strings {
  return strings[language];
}

/** For replies that answer no question, the user's Telegram app language is the best guess. */
export function languageOfUser(languageCode: string | undefined): Language {
  return languageCode?.startsWith('ar') ? 'ar' : 'en';
}

/** /start and /help: both languages at once, since we do not know the reader's yet. */
export function introduction(botUsername: string, isGroup: boolean): string {
  const howAr = isGroup
    ? `في المجموعات: ‎/ask ثم السؤال، أو اذكرني ‎@${botUsername}، أو رُدّ على إحدى رسائلي.`
    : 'اكتب سؤالك بالعربية أو بالإنجليزية، وسأقتبس لك جملة من المقال مع مصدرها.';
  const howEn = isGroup
    ? `In groups: /ask your question, mention @${botUsername}, or reply to one of my messages.`
    : 'Type a question in Arabic or English and I will quote one sentence of the article, cited.';
  return [
    '<b>مرحباً!</b> أجيب عن الأسئلة حول مقال إخباري عربي.',
    howAr,
    // Examples stay generic: the bot may be serving any article (see /article).
    'أمثلة: <i>عن ماذا يتحدث الخبر؟</i> · <i>ماذا قال الوزير عن …؟</i> · <i>متى حدث ذلك؟</i> · <i>من التقى مَن؟</i>',
    '',
    '<b>Hello!</b> I answer questions about an Arabic news article.',
    howEn,
    'Examples: <i>What is the article about?</i> · <i>What did the minister say about …?</i> · <i>When did it happen?</i> · <i>Who met whom?</i>',
    '',
    '/article — العنوان والمصدر · headline and source',
    `Inline: @${botUsername} question`,
  ].join('\n');
}
