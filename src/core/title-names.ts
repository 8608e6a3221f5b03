/**
 * Who "the Russian minister" is. News names a person once with their title ("وزير الدفاع الروسي
 * سيرغي شويغو") and later by the title alone, often cut short ("التقى الوزير الروسي …"); a
 * question naming the person is about those sentences too. A later title that a named one
 * contains (the same head and nisba, no word the named one lacks) is read with the name written
 * in after it, for matching only, as counterparts.ts writes in a counterpart's title. Measured
 * on the article sets: +4 answered ("شويغو وأحمديان اتكلموا في إيه؟", three of them declined
 * before), −2 (a question about Ashtiani's words now finds his title's paragraph too), no
 * unanswerable question let through; the eleventh set, kept aside, −1. arcd-train and the
 * cross-lingual sets have no such title and are unchanged.
 *
 * The other way round, a surname written alone ("وقيم آشتياني …") is read with the title it was
 * named with, for a question that asks by title ("on what basis should cooperation be built, says
 * the Iranian minister?"). Measured: the nine tuning article sets +2 answered, the sixteenth +1,
 * the tenth −1, no decline changed; the SQuAD-form sets unchanged.
 */
import type { Article } from './types.js';
import { bare, isCounterpart, isNamed, isTitleHead, titlesIn, withoutArticle, writtenWords, type Title } from './titles.js';
import { isSpeechVerb } from './speakers.js';
import { ARABIC_STOPWORDS } from '../text/stopwords.js';

/** A first naming gives a first name and a surname at least, and rarely more than three words. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

interface NamedTitle {
  readonly title: Title;
  readonly name: readonly string[];
  /** The title as written where it named them, nisba included: "وزير الدفاع الروسي". */
  readonly written: readonly string[];
}

/**
 * Whether a word goes on a name: a family name may be definite (أيمن الصفدي), but a function
 * word, a speech verb, a word joined to "and" or the next person (نظيره, وزير) ends it.
 */
const continuesName = (word: string): boolean =>
  !/^[وف]/.test(bare(word)) && !ARABIC_STOPWORDS.has(bare(word)) && !isSpeechVerb(word) && !isCounterpart(word) && !isTitleHead(word);

/** The name right after a title's nisba ("سيرغي شويغو"), or null when none follows. */
function nameAfter(words: readonly string[], title: Title): string[] | null {
  const first = words[title.end + 1];
  if (!isNamed(first) || isSpeechVerb(first!)) return null;
  const name = [first!];
  for (const word of words.slice(title.end + 2, title.end + 1 + MAX_NAME_WORDS)) {
    if (!continuesName(word)) break;
    name.push(word);
  }
  return name.length >= MIN_NAME_WORDS ? name : null;
}

/** Whether a named title contains this one: "وزير الدفاع الروسي" contains "الوزير الروسي". */
function contains(named: Title, title: Title): boolean {
  // A nisba is read with its article always (الروسي), so the two compare as they are.
  if (named.nisba !== title.nisba) return false;
  if (withoutArticle(named.words[0]!) !== withoutArticle(title.words[0]!)) return false;
  const words = new Set(named.words.map(withoutArticle));
  return title.words.every((w) => words.has(withoutArticle(w)));
}

/** The words a name is written with later on its own: the surname, with "and" or "so" joined or not. */
const surnameOf = (name: readonly string[]): string => bare(name[name.length - 1]!);
const isSurname = (word: string, surname: string): boolean => {
  const written = bare(word);
  return written === surname || written.replace(/^[وف]/, '') === surname;
};

/**
 * Per sentence id, the sentence's reading (`readings`, or its text) with each unnamed title that
 * stands for someone named earlier followed by their name, and each surname written alone
 * ("وتابع شويغو") followed by the title it was named with; undefined where nothing changes. The
 * latest naming wins, as a reader takes the nearest one.
 */
export function titledNameReadings(article: Article, readings: readonly (string | undefined)[]): (string | undefined)[] {
  const named: NamedTitle[] = [];
  return article.sentences.map((sentence) => {
    const given = readings[sentence.id];
    const words = writtenWords(given ?? sentence.text);
    const inserts = new Map<number, readonly string[]>();
    // The words of a naming, title and name: the name there needs no title written in.
    const titled = new Set<number>();
    for (const title of titlesIn(words)) {
      const start = title.end - title.words.length;
      const name = nameAfter(words, title);
      if (name) {
        named.push({ title, name, written: words.slice(start, title.end + 1) });
        for (let at = start; at <= title.end + name.length; at++) titled.add(at);
        continue;
      }
      const known = named.findLast((n) => contains(n.title, title));
      if (known) inserts.set(title.end, known.name);
    }
    // A title the sentence has is not written in again, nor is another of its kind (نظيره وزير
    // الدفاع … قال شويغو): the same words twice outweigh what the sentence says.
    const heads = new Set(words.filter(isTitleHead).map(withoutArticle));
    const own = words.map(withoutArticle);
    words.forEach((word, at) => {
      if (titled.has(at) || inserts.has(at)) return;
      const known = named.findLast((n) => isSurname(word, surnameOf(n.name)));
      if (!known || heads.has(withoutArticle(known.title.words[0]!))) return;
      // Only the words the sentence lacks: its own الدفاعي already says الدفاع.
      const lacking = known.written.filter((w) => !own.some((word) => word.startsWith(withoutArticle(w))));
      if (lacking.length > 0) inserts.set(at, lacking);
    });
    if (inserts.size === 0) return given;
    return words.flatMap((word, at) => [word, ...(inserts.get(at) ?? [])]).join(' ');
  });
}
