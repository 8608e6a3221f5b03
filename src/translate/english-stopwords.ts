import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The `stopword` package's English list: ~110 function words, far less aggressive than stopwords-iso's 1,300. */
const { eng } = require('stopword') as { eng: string[] };

/** Question scaffolding and auxiliaries the list misses; they never carry the answer's topic. */
const QUESTION_WORDS = [
  'what', 'who', 'whom', 'whose', 'when', 'where', 'why', 'which', 'how',
  'does', 'do', 'did', 'done', 'doing', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'shall',
  'would', 'can', 'could', 'may', 'might', 'has', 'have', 'had', 'having',
  'a', 'an', 'the', 'it', 'its', 'there', 'any', 'anything', 'something', 'someone', 'anyone',
  'article', 'text', 'passage', 'according', 'mention', 'mentioned', 'mentions', 'tell', 'please',
  'exactly', 'also', 'just', 'yes', 'no', 'not', 'al', 'el', 'so', 'else',
  // Honorifics before a name: the dictionary renders Dr as دكتور, which Arabic news abbreviates
  // (د. نبيل القرمادي), and "Dr. Qurmadi" had been declined as naming someone the article lacks.
  'mr', 'mrs', 'ms', 'dr', 'prof',
  // And a cleric's rank, which news mostly leaves out of a name ("قائد الثورة … علي الخامنئي"): the
  // article sets +8 −1 answered ("What signifies the Islamic Republic, for the ayatollah Khamenei?"),
  // the kept-aside +2, no decline moved; the tuning sets unchanged.
  'ayatollah',
  // So are ranks written short (Col. Dabbagh, Gen., Lt.): the speller had read col as a name, شعب,
  // and "According to Col. Dabbagh, …" was declined as naming someone the article lacks. The
  // thirty-first article +1 answered, nothing else moved.
  'col', 'gen', 'lt', 'maj', 'capt', 'sgt', 'brig', 'cmdr',
  // "Mother of" before a name (Um Rami, Umm Kulthum), which Arabic writes أم, a function word to
  // the analyser ("or"); also a typed hesitation. The dictionary's um is صوت شك (a doubtful sound).
  // Measured: the eleventh and sixteenth articles +1 answered each, nothing else moved.
  'um', 'umm',
  // Chat's "the guy who …", "that dude": someone, no word of the topic. The twenty-sixth set and the
  // eighteenth and nineteenth articles +1 answered each ("who is the guy running the election
  // commission"), nothing else moved.
  'guy', 'guys', 'dude', 'fella',
  // And the lady, the bloke, the lads ("the farmer lady", "the civil defence lads"): the article sets
  // +7 answered, the kept-aside +5, no decline moved.
  'lady', 'bloke', 'blokes', 'lad', 'lads', 'lassie', 'chap',
  // Chat's laughter, shorthand and fillers, beside the greetings courtesy.ts takes off a question
  // ("hey bro what did shoigu say abt the sanctions lol"): the speller had read lol as col (شعب)
  // and idk as id (بطاقة هوية), and bro and wanna, which the dictionary lacks, counted as words of
  // the topic the article never writes. No set has such words (none moved); a test holds the
  // coverage they had cost. Chat's no and yes (nah, yep) at a question's end: the eighty-ninth set
  // +1 answered ("does iran have military bases in the middle east or nah"), nothing else moved.
  'bro', 'bruh', 'lol', 'lmao', 'omg', 'idk', 'thx', 'btw', 'abt',
  'u', 'ur', 'r', 'yeah', 'ya', 'wanna', 'gonna', 'gotta', 'kinda', 'sorta', 'like', 'nah', 'nope', 'yep', 'yup',
  // A preposition, as the list's "with" is, and a word of names Arabic writes with بلا (مراسلون بلا
  // حدود), a function word there: the dictionary's بدون had counted as a name the article lacks,
  // and "What did Reporters Without Borders urge …?" was declined. The eighty-fourth article +1
  // answered, nothing else moved, the tuning sets unchanged.
  'without',
  // A preposition of time, as the list's before, after and while are: the dictionary's أثناء met
  // the discourse opener "في الأثناء" ("meanwhile"), so "did they sign any deal during the visit"
  // covered the paragraph that opens so. The article sets +2 declined (six more unanswerable
  // questions declined, four others answered), nothing answered moved, the tuning sets unchanged.
  'during',
  // Hedges and address ("whether you could clarify", "really", "sir"): none is anything the article
  // writes. The seventy-sixth set +1 answered, nothing else moved. "Actually", "anyway" and "even"
  // too, tried again with four times the sets: the article sets +28 −2 answered and −6 declined,
  // the kept-aside +8 −2 and −4 (unanswerable questions that their unread hedge alone had kept below
  // the bar: "did anybody actually die because of this hack"); the tuning sets unchanged. Not
  // "supposed" ("supposed to be finished").
  'whether', 'really', 'perhaps', 'maybe', 'basically', 'sir', 'madam', 'actually', 'anyway', 'even',
  // Hedges on a figure ("roughly how many", "approximately how much"): news gives the figure with
  // its own (نحو، حوالي، قرابة) or none. The article sets +9 −3 answered, the kept-aside +6 −2 (the
  // losses where the article writes تقريباً), no decline moved; the paraphrased set +1 paragraph.
  'roughly', 'approximately', 'approx',
  // "Which ones", "the map ones": a pronoun, whose rendering (أحد) met Sunday (الأحد). The
  // seventy-ninth set +1 answered, nothing else moved.
  'ones',
  // Chat's vague nouns ("the whole thing", "this hospital scam thing", "what thing?", "report stuff"),
  // which name nothing the article writes: the article sets +12 answered, the kept-aside +9 and −1
  // declined ("the minimum fine … under this thing", the law the article names no fine of). Not
  // things counted or listed ("how many things did the enemy attack"), which the article writes as
  // الأشياء: read so, the shipped article's sets lost 13.
  'thing', 'stuff',
];

/** Verbs the list treats as function words but that name what a news sentence reports. */
const CONTENT_VERBS = ['said', 'take', 'came', 'come', 'make'];

export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  [...eng, ...QUESTION_WORDS].filter((w) => !CONTENT_VERBS.includes(w)),
);

export function isEnglishStopword(lowerWord: string): boolean {
  return ENGLISH_STOPWORDS.has(lowerWord);
}

export type WhWord = 'who' | 'when' | 'where' | 'how many' | 'how much' | 'what' | 'why' | 'how';

/** Nouns after "what"/"which" that turn the question into a time question. */
const TIME_NOUNS = new Set(['time', 'day', 'date', 'year', 'month', 'week', 'hour']);

/**
 * The kind of answer asked for, from the first question word. "which"/"whose"/"whom" fold into
 * what/who, and "what day" into when, because the engine only distinguishes those answer types.
 */
export function detectWhWord(lowerTokens: readonly string[]): WhWord | null {
  for (let i = 0; i < lowerTokens.length; i++) {
    const w = lowerTokens[i];
    const next = lowerTokens[i + 1];
    switch (w) {
      case 'who':
      case 'whom':
      case 'whose':
        return 'who';
      case 'when':
        return 'when';
      case 'where':
        return 'where';
      case 'why':
        return 'why';
      case 'how':
        if (next === 'many') return 'how many';
        if (next === 'much') return 'how much';
        return 'how';
      case 'what':
      case 'which':
        return next !== undefined && TIME_NOUNS.has(next) ? 'when' : 'what';
    }
  }
  return null;
}
