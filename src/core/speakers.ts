/**
 * Who is speaking in a paragraph of reported speech. News names the speaker once ("ولفت الخامنئي
 * إلى أنّ …") and goes on for paragraphs with "وأردف بالقول …", "وتابع: …", "وشدّد على أن …",
 * which never name them again; a question naming the speaker is about those paragraphs too.
 */
import type { Article } from './types.js';
import type { Analyzer } from '../text/analyzer.js';
import { normalizeArabic } from '../text/normalize.js';

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

export function isSpeechVerb(word: string): boolean {
  const bare = normalizeArabic(word).trim().replace(/^[وف]/, '');
  return SPEECH_VERBS.has(bare) || (bare.endsWith('ت') && SPEECH_VERBS.has(bare.slice(0, -1)));
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
  for (const word of words.slice(verb + 1, verb + 1 + MAX_SPEAKER_WORDS)) {
    if (SPEECH_OPENERS.has(normalizeArabic(word).trim())) break;
    const stemmed = analyze(word);
    if (stemmed.length === 0) return stems.length > 0 && !endsSpeaker(word) ? [] : stems;
    stems.push(...stemmed);
  }
  return stems;
}

/** A paragraph may open with where or when the speech was ("وفي الإشارة إلى تطورات المنطقة، أعلن …"). */
const LEADING_ADVERBIAL = /^و?(?:في|خلال|لدي|عن|حول|بشان)$/;

/** Whether the sentence's first speech verb (at `verb`) opens it, or follows only a leading adverbial and its comma. */
function opensWithSpeech(words: readonly string[], verb: number): boolean {
  if (verb === 0) return true;
  return verb > 0 && words[verb - 1] === '،' && LEADING_ADVERBIAL.test(normalizeArabic(words[0]!).trim());
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
  return article.paragraphs.map((paragraph, p) => {
    const first = article.sentences.find((s) => s.paragraph === p);
    const words = wordsAndNameEnds(first?.text ?? paragraph);
    const verb = words.findIndex(isSpeechVerb);
    const named = speakerOf(words, verb, analyze);
    const continues = opensWithSpeech(words, verb) && named !== null && named.length === 0;
    if (!continues) {
      speaker = named !== null && named.length > 0 ? named : null;
      return [];
    }
    const own = new Set(analyze(paragraph));
    return (speaker ?? []).filter((stem, i, all) => !own.has(stem) && all.indexOf(stem) === i);
  });
}
