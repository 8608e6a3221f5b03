/**
 * Who is speaking in a paragraph of reported speech. News names the speaker once ("ولفت الخامنئي
 * إلى أنّ …") and goes on for paragraphs with "وأردف بالقول …", "وتابع: …", "وشدّد على أن …",
 * which never name them again; a question naming the speaker is about those paragraphs too.
 */
import type { Article } from './types.js';
import type { Analyzer } from '../text/analyzer.js';
import { normalizeArabic } from '../text/normalize.js';
import { TITLE_HEADS } from './titles.js';

/** Verbs that report speech, normalised, without the conjunction; a feminine ت is allowed. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'قال اضاف تابع اردف شدد اكد اشار لفت اعتبر راي اوضح ختم استطرد استدرك اعلن كشف ذكر نوه صرح علق زاد مضي'.split(' '),
);

/** Words that open what was said, right after the verb, when the speaker goes unnamed. */
const SPEECH_OPENERS: ReadonlySet<string> = new Set(['بالقول', 'قائلا', 'يقول']);

/** A speaker is named in a few words ("وزير الدفاع الروسي سيرغي شويغو"); more is what they said. */
const MAX_SPEAKER_WORDS = 6;

/** Words and the punctuation that ends a speaker's name (":" "،" "«"), in order. */
function wordsAndNameEnds(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{M}\p{N}]+|[:،,«"]/gu) ?? [];
}

/** The conjunction a verb may carry (وقال، فأضاف). */
const CONJUNCTION = /^[وف]/;

/** Whether a normalised word without its conjunction is one of these verbs, a feminine ت allowed. */
const isVerbOf = (verbs: ReadonlySet<string>, bare: string): boolean => verbs.has(bare) || (bare.endsWith('ت') && verbs.has(bare.slice(0, -1)));

const isBareSpeechVerb = (bare: string): boolean => isVerbOf(SPEECH_VERBS, bare);

export function isSpeechVerb(word: string): boolean {
  return isBareSpeechVerb(normalizeArabic(word).trim().replace(CONJUNCTION, ''));
}

/**
 * The words that end a speaker's name, normalised: what they said (أنّ, إنّ, بأنّ), whom or what
 * about (إلى, على, عن), a relative clause (الذي) or the occasion (في, خلال, أمس, وفق …).
 * Punctuation ends it too.
 */
const SPEAKER_ENDS: ReadonlySet<string> = new Set(
  'ان انه انها بان بانه بانها لان الذي التي الي علي عن في خلال وفق حسب بحسب امس اليوم لدي مع بعد قبل'.split(' '),
);

const endsSpeaker = (word: string): boolean => {
  const bare = normalizeArabic(word).trim();
  return bare === '' || SPEAKER_ENDS.has(bare) || SPEAKER_ENDS.has(bare.replace(/^[وف]/, ''));
};

/**
 * The stems naming whoever speaks in this sentence: the words after its first speech verb (at
 * `verb`) up to the first function word or punctuation (أنّ, إلى, الذي, ":"). Empty when the verb
 * is followed at once by what was said, or by its object: words ended by another function word
 * than those that end a name ("أعلن معارضة إيران أي وجود …" announces Iran's opposition to any
 * presence, and names no one). Null when the sentence reports no speech.
 */
function speakerOf(words: readonly string[], verb: number, analyze: Analyzer): string[] | null {
  if (verb < 0) return null;
  const stems: string[] = [];
  for (const [k, word] of words.slice(verb + 1, verb + 1 + MAX_SPEAKER_WORDS).entries()) {
    if (SPEECH_OPENERS.has(normalizeArabic(word).trim())) break;
    const stemmed = analyze(word);
    if (stemmed.length === 0) {
      if (stems.length > 0 && !endsSpeaker(word)) return [];
      return [...stems, ...appositiveName(words, verb + 1 + k, analyze)];
    }
    stems.push(...stemmed);
  }
  return stems;
}

/**
 * A title's holder set off by commas after where they hold it: "قائد الثورة الإسلامية في إيران،
 * علي الخامنئي، …". The name's stems, where the title (ended at `end`) goes on so.
 */
function appositiveName(words: readonly string[], end: number, analyze: Analyzer): string[] {
  if (normalizeArabic(words[end] ?? '').trim() !== 'في' || words[end + 2] !== '،') return [];
  // Up to the closing comma; a name may hold a word normalised as a function word (علي as على).
  const name: string[] = [];
  for (const word of words.slice(end + 3, end + 3 + MAX_SPEAKER_WORDS)) {
    if (word === '،') return name;
    const bare = normalizeArabic(word).trim();
    if (SPEAKER_ENDS.has(bare) && bare !== 'علي') return [];
    name.push(...analyze(word));
  }
  return [];
}

/** A paragraph may open with where or when the speech was ("وفي الإشارة إلى تطورات المنطقة، أعلن …"). */
const LEADING_ADVERBIAL = /^و?(?:في|خلال|لدي|عن|حول|بشان)$/;

/**
 * Whether the sentence's first speech verb (at `verb`) opens it, or follows only a leading
 * adverbial and its comma: the sentence's first comma. "في المقابل، أقرّ رئيس الوزراء …، وقال …"
 * names its speaker before the verb and goes on with no one's speech; read as going on, it had
 * taken the previous paragraph's speaker. Measured: the eighteenth article +1 declined, nothing else moved.
 */
function opensWithSpeech(words: readonly string[], verb: number): boolean {
  if (verb === 0) return true;
  return verb > 0 && words.indexOf('،') === verb - 1 && LEADING_ADVERBIAL.test(normalizeArabic(words[0]!).trim());
}

/**
 * The speaker a sentence names after its first speech verb (see speakerOf: null where it reports
 * no speech, empty where the verb names no one), and whether it goes on with the speech before it:
 * it opens with that verb (see opensWithSpeech) and names no one.
 */
function speechIn(text: string, analyze: Analyzer): { named: string[] | null; continues: boolean } {
  const words = wordsAndNameEnds(text);
  const verb = words.findIndex(isSpeechVerb);
  const named = speakerOf(words, verb, analyze);
  return { named, continues: opensWithSpeech(words, verb) && named !== null && named.length === 0 };
}

/**
 * Whoever these stems name, with the title heads of their fullest naming before: "ولفت الخامنئي"
 * speaks as "قائد الثورة الإسلامية في إيران، علي الخامنئي", named so in an earlier paragraph, and
 * the paragraphs going on with his words are his as the leader's too ("ما تعريف الجمهورية
 * الإسلامية بحسب المرشد؟", with the leader's words as synonyms in question.ts). Only the heads:
 * with the whole naming, its nisba (الروسي) had let questions about Russia into Shoigu's
 * paragraphs (−7 declined). Measured with the synonyms: the shipped article's sets +43 answered,
 * the kept-aside +13, no decline changed; no other article moved, nor any tuning set. Each naming
 * is remembered in `seen` for the ones after it.
 *
 * The stems are checked against the heads as written (TITLE_HEADS), not against their stems
 * (ArticleIndex.titleStems), so a head light stemming shortens is not carried: وزير stems to زير
 * (its و read as "and"), أمين to nothing. Carrying the minister too, measured at the end of the
 * forty-fourth session: +4 answered, −8 declined (questions about drones or deals "during the
 * visit" let into Shoigu's paragraphs), so it stays out.
 */
function withTitleOfFullestNaming(seen: string[][], named: string[]): string[] {
  const full = seen.findLast((earlier) => earlier.length > named.length && named.every((stem) => earlier.includes(stem)));
  seen.push(named);
  return full ? [...full.filter((stem) => TITLE_HEADS.has(stem) && !named.includes(stem)), ...named] : named;
}

/**
 * Per paragraph, the speaker's stems it does not name itself, when it goes on with the speech of
 * the paragraph before (it opens with a speech verb, see opensWithSpeech, and no speaker follows
 * it); indexArticle takes them as aliases of the paragraph and its sentences. The speaker carries
 * on over any number of such paragraphs. Measured on the article sets: +6 answered (with the
 * aliases left out of document frequencies, and known by the sentences too: +2 and +3 of those),
 * no unanswerable question let through; the SQuAD pools (encyclopaedic prose) have no such paragraph. A verb's
 * object read as no speaker, and a speech verb after a leading adverbial: +2 (Ashtiani's "red
 * line" paragraph, "وفي الإشارة إلى تطورات المنطقة، أعلن معارضة إيران …", is his), no decline
 * changed; the speakers found in the three other articles did not change.
 */
export function speakerAliases(article: Article, analyze: Analyzer): string[][] {
  let speaker: string[] | null = null;
  const seen: string[][] = [];
  return article.paragraphs.map((paragraph, p) => {
    const first = article.sentences.find((s) => s.paragraph === p);
    const { named, continues } = speechIn(first?.text ?? paragraph, analyze);
    if (!continues) {
      speaker = named !== null && named.length > 0 ? withTitleOfFullestNaming(seen, named) : null;
      return [];
    }
    const own = new Set(analyze(paragraph));
    return (speaker ?? []).filter((stem, i, all) => !own.has(stem) && all.indexOf(stem) === i);
  });
}

/**
 * Per sentence, the stems of whoever speaks in it: the speaker it names after its speech verb, or,
 * where its verb names no one ("وأضاف: …", "وتابع …"), the one speaking before it, in its paragraph
 * or, as speakerAliases reads it, in the paragraphs it goes on from. Empty for a sentence that
 * reports no speech: "اتصل بالزبيدي وهنّأه" names the man spoken to, not speaking.
 */
export function sentenceSpeakers(article: Article, analyze: Analyzer): string[][] {
  let speaker: string[] = [];
  const seen: string[][] = [];
  return article.sentences.map((sentence, id) => {
    const { named, continues } = speechIn(sentence.text, analyze);
    const opensParagraph = id === 0 || article.sentences[id - 1]!.paragraph !== sentence.paragraph;
    if (named !== null && named.length > 0) speaker = withTitleOfFullestNaming(seen, named);
    else if (opensParagraph && !continues) speaker = [];
    return named === null ? [] : speaker;
  });
}

const ENGLISH_SAYING =
  /\b(?:say|says|said|saying|tell|tells|told|state|states|stated|claim|claims|claimed|comment|comments|commented|announce|announces|announced|add|adds|added|stress|stressed|insist|insists|insisted|warn|warns|warned|mention|mentioned|remark|remarks|remarked|note|noted)\b/i;
/** Spoken Arabic's "said": حكى (the Levant), and قال fused with شو (شكال, Iraq). */
const SPOKEN_SAYING: ReadonlySet<string> = new Set(['حكي', 'حكت', 'بيحكي', 'يحكي', 'شكال', 'يقول', 'تقول', 'بيقول', 'بتقول']);

/** Whether a question asks what someone said ("what did Shoigu say …", "ماذا قال شويغو …"); `normalized` is normalizeArabic's output. */
export function asksWhatWasSaid(question: string, normalized: string): boolean {
  return (
    ENGLISH_SAYING.test(question) ||
    normalized.split(/\s+/).some((word) => {
      const bare = word.replace(CONJUNCTION, '');
      return isBareSpeechVerb(bare) || SPOKEN_SAYING.has(bare);
    })
  );
}

/**
 * Verbs that state a position without always opening quoted speech: what someone "said" may be
 * a call (دعا), a warning (حذّر), a welcome (رحّب), a denial (نفى). Normalised, without the
 * conjunction; a feminine ت is allowed.
 */
const STATING_VERBS: ReadonlySet<string> = new Set(
  'وصف دعا دعي حذر طالب رحب انتقد نفي اعرب ابدي تعهد اقر اعترف هدد وعد يري تري يقول تقول افاد ابلغ توقع رجح اتهم ناشد بحث ناقش تباحث تناول تحدث'.split(' '),
);

/**
 * Guillemets quote speech and also mark names (فرقة «نسيم الجبل», صحيفة «الراية المشرقية»): only
 * a span of a few words or more is someone's words. Any mark had let "What did the World Bank
 * representative say?" be answered by a list of guests ending with a troupe's name. Measured: the
 * article sets +3 declined, the kept-aside +1, no answer lost, the tuning sets unchanged.
 */
const MIN_QUOTED_WORDS = 4;
const quotes = (text: string): boolean =>
  [...text.matchAll(/«([^»]*)»|"([^"]*)"/g)].some((m) => (m[1] ?? m[2] ?? '').trim().split(/\s+/).length >= MIN_QUOTED_WORDS);

/** A verb's dual and plural endings (بحثا، قالوا، أكدوا): the verb stays the one said by one person. */
const NUMBER_ENDING = /(?:وا|ا|و)$/;

/**
 * Whether a sentence reports what someone said: a speech or stating verb, a quotation, or words
 * after a colon (not a clock's 5:42). The marks are read as written, the verbs on the sentence as
 * the index normalised it.
 */
export function reportsSpeech(text: string, normalized: string): boolean {
  if (quotes(text) || /:\s/.test(text)) return true;
  return normalized.split(/\s+/).some((word) => {
    const bare = word.replace(CONJUNCTION, '');
    return [bare, bare.replace(NUMBER_ENDING, '')].some((form) => isBareSpeechVerb(form) || isVerbOf(STATING_VERBS, form));
  });
}

/**
 * "What did X say …?" and "شو قال X …؟" ask for someone's words, which a sentence reporting no
 * speech cannot give (Selection.quotesNoOne): "What did the IMF say about the protests?" had
 * quoted "الزيادة في إطار برنامج … تتفاوض عليه الحكومة مع صندوق النقد". Narrower than
 * asksWhatWasSaid, which any saying verb sets ("how much added time …?", "which body announces
 * the rate …?"): declining on it lost eight answers and 2.5 points of arcd-train-en.
 */
const ENGLISH_WHAT_SAID = /\bwhat\s+(?:did|does|do|has|had|have|will|would)\s+(?:\S+\s+){1,5}?(?:say|said|tell|told)\b/i;
/** "What" and "said" as chat and news Arabic write them, normalised: شو قال، ماذا صرّح، قالت إيه. */
export const WHAT_WORDS: ReadonlySet<string> = new Set(['ماذا', 'شو', 'ايش', 'اش', 'شنو', 'وش', 'واش', 'شن', 'ايه']);
export const SAID_WORDS: ReadonlySet<string> = new Set(['قال', 'قالت', 'قالو', 'قالوا', 'حكي', 'حكت', 'حكو', 'حكوا', 'صرح', 'صرحت']);

/** Whether a question asks for someone's words; `normalized` is normalizeArabic's output. */
export function asksSomeonesWords(question: string, normalized: string): boolean {
  if (ENGLISH_WHAT_SAID.test(question)) return true;
  const words = normalized.split(/\s+/);
  return words.some((word, i) => SAID_WORDS.has(word) && (WHAT_WORDS.has(words[i - 1] ?? '') || WHAT_WORDS.has(words[i + 1] ?? '') || words[i + 1] === 'اي'));
}
