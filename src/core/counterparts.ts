/**
 * Who "his counterpart" is. News reports a meeting as "التقى وزير الخارجية المصري نظيره الأردني"
 * or "وخلال لقائه نظيره الإيراني محمد رضا آشتياني": the counterpart holds the subject's title, of
 * another country, and the report never spells that title out. A reader asking for "the Iranian
 * defence minister" means the man named right there, so the sentence is also read with the title
 * written in ("نظيره الإيراني وزير الدفاع الإيراني"), for matching only. The nisba stays after
 * "counterpart" too: "ما اسم النظير الإيراني …؟" had been declined as if the report named no
 * Iranian counterpart, its words no longer side by side but in the lede, which names no one.
 * Measured: the shipped article's sets +7 −1 answered, the kept-aside +3; the tuning sets unchanged.
 */
import type { Article } from './types.js';
import { bare, isCounterpart, isNamed, isNisba, titlesIn, writtenWords, type Title } from './titles.js';

/**
 * Per sentence id, the sentence with each counterpart's title written in before its nisba, which
 * stays after the counterpart as well ("نظيره الإيراني وزير الدفاع الإيراني"), or undefined where
 * no counterpart is named or no title of another nationality comes before it. The title is the
 * nearest one named earlier in the sentence or the article: the subject of the meeting.
 */
export function counterpartReadings(article: Article): (string | undefined)[] {
  const before: Title[] = [];
  return article.sentences.map((sentence) => {
    const words = writtenWords(sentence.text);
    let changed = false;
    const read = words.map((word, at) => {
      const next = words[at + 1];
      // Only a counterpart named there is read with the title: the shipped article's lede, which
      // leaves him unnamed, then answered "who is the Iranian defence minister?" in place of the
      // paragraph that names him.
      if (!isCounterpart(word) || next === undefined || !isNisba(next) || !isNamed(words[at + 2])) return word;
      const own = [...before, ...titlesIn(words.slice(0, at))];
      const title = own.reverse().find((t) => t.nisba !== bare(next));
      if (!title) return word;
      changed = true;
      return [word, next, ...title.words].join(' ');
    });
    before.push(...titlesIn(words));
    return changed ? read.join(' ') : undefined;
  });
}
