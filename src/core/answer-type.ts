/**
 * The kind of answer a question asks for. A sentence that contains something of that kind
 * (a date for "when", a number for "how many") is more likely to hold the answer.
 */
export type AnswerType = 'time' | 'number' | 'person' | 'place' | 'reason' | 'other';

const ARABIC_CUES: readonly [RegExp, AnswerType][] = [
  [/(^|\s)(متى|متي)(\s|$)/, 'time'],
  [/(^|\s)(في اي|فى اي|باي)\s+(عام|سنه|سنة|يوم|شهر|قرن|تاريخ)/, 'time'],
  [/(^|\s)(كم|بكم)(\s|$)/, 'number'],
  [/(^|\s)(من|مين)\s+(هو|هي|هم|الذي|التي|كان|كانت)(\s|$)/, 'person'],
  [/(^|\s)(اين|أين)(\s|$)/, 'place'],
  [/(^|\s)(لماذا|لم)(\s|$)/, 'reason'],
];

const ENGLISH_CUES: readonly [RegExp, AnswerType][] = [
  [/\b(when|what (year|date|day|month|century|time))\b/i, 'time'],
  [/\bhow (many|much|long|old|far|large|big)\b/i, 'number'],
  [/\b(who|whom|whose)\b/i, 'person'],
  [/\bwhere\b/i, 'place'],
  [/\bwhy\b/i, 'reason'],
];

export function answerTypeOf(question: string, normalizedArabic: string): AnswerType {
  for (const [cue, type] of ARABIC_CUES) if (cue.test(normalizedArabic)) return type;
  for (const [cue, type] of ENGLISH_CUES) if (cue.test(question)) return type;
  return 'other';
}

const MONTHS =
  /(يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين)/;
const TIME_WORDS = /(عام|سنه|سنوات|قرن|القرن|يوم|شهر|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|امس|هجري|ميلادي)/;
const DIGITS = /\d/;
const NUMBER_WORDS = /(واحد|اثنان|اثنين|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئه|مائه|الف|مليون|مليار)/;

/** Does a normalised sentence contain something of the asked-for kind? */
export function hasAnswerOfType(type: AnswerType, normalizedSentence: string): boolean {
  switch (type) {
    case 'time':
      return DIGITS.test(normalizedSentence) || MONTHS.test(normalizedSentence) || TIME_WORDS.test(normalizedSentence);
    case 'number':
      return DIGITS.test(normalizedSentence) || NUMBER_WORDS.test(normalizedSentence);
    default:
      return false;
  }
}
