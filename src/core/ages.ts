/**
 * How old someone is. News gives an age in brackets after the name ("العامل حسام يوسف القاضي (34
 * عاماً)") and seldom writes العمر there; a question asks "كم عمر …؟". The sentence is also read with
 * العمر written in ("(العمر 34 عاماً)"), for matching only, so that the asked age is named there.
 */
import type { Article } from './types.js';

/**
 * A number of years in brackets, alone: "(34 عاماً)", "(٤٥ سنة)", or set off by commas after the name
 * ("المزارع خليل داود الأسمر، 67 عاما، فقال …": the article sets +4 answered, the kept-aside +2,
 * nothing lost; the tuning and reporting sets unchanged). A span in brackets ("(2019-2023)") is no age.
 */
const SET_OFF_AGE = /(\(|[،,])\s*([0-9\u0660-\u0669]{1,3})\s+(عاما?ً?|سنة)\s*(?:\)|(?=[،,]))/g;

/** Whether a sentence gives someone's age set off after the name ("(34 عاماً)", "، 67 عاما،"). */
export const setsOffAge = (text: string): boolean => text.search(SET_OFF_AGE) >= 0;

/** Per sentence id, the reading given (or the text) with each age set off read as an age; the reading given where none is. */
export function ageReadings(article: Article, readings: readonly (string | undefined)[]): (string | undefined)[] {
  return article.sentences.map((sentence) => {
    const given = readings[sentence.id];
    const text = given ?? sentence.text;
    const read = text.replace(SET_OFF_AGE, (_, opening: string, years: string, unit: string) => `${opening === '(' ? '' : `${opening} `}(العمر ${years} ${unit})`);
    return read === text ? given : read;
  });
}
