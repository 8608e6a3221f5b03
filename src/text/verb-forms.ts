/**
 * News reports what will happen in the future tense, a س joined to the verb (ستبدأ, سيزور), which
 * light stemming leaves on; a question asks in either tense ("متى تبدأ الأعمال؟", "when will the
 * works start?"). Works on normalised tokens; the other tense's form, or none for words that
 * cannot be a verb in the present tense.
 */
const FUTURE = /^س(?=[يتن])/;
const PRESENT = /^[يتن]/;
/** Shorter words are seldom verbs with these letters: ستة, سنة, يد. */
const MIN_LETTERS = 4;

/**
 * Spoken Arabic's future: Egypt's ه and the Levant's ح joined to the verb (هتبدأ, حيزور) where
 * news writes س. Measured: the ninth article +1 ("الخطة دي هتبدأ إمتى؟"), nothing else moved.
 */
const SPOKEN_FUTURE = /^[هح](?=[يتن])/;

export function otherTense(token: string): string | null {
  if (FUTURE.test(token)) return token.length > MIN_LETTERS ? token.slice(1) : null;
  if (SPOKEN_FUTURE.test(token)) return token.length > MIN_LETTERS ? `س${token.slice(1)}` : null;
  return PRESENT.test(token) && token.length >= MIN_LETTERS ? `س${token}` : null;
}

/**
 * A verb in the present tense asked of another person than the text's: the question's تعيش ("she
 * lives", of a family) where the text says يعيش (of its father). Works on normalised tokens; the
 * form with ي and ت swapped, or none for words too short to be such a verb. Three letters are
 * enough here, unlike for the tense: a doubled or hollow root's verb is that short (تحد / يحدها,
 * تقع / يقع), and a noun so spelt (تين) only gets a form no text writes. Measured against four:
 * arcd-train +0.6 points (the border questions: "ما الدول التي تحد العراق من الجنوب؟" and
 * "يحده من الجنوب الكويت …"), its documents joined +0.9, the Arabic cross-lingual set +0.3, the
 * article sets unchanged; at coverage 0.4, arcd-train's other-document questions declined 0.8
 * points less often (a concept weighs as its rarest form, and a form no text writes is the rarest).
 */
const MIN_PERSON_LETTERS = 3;

export function otherPerson(token: string): string | null {
  if (token.length < MIN_PERSON_LETTERS) return null;
  if (token.startsWith('ي')) return `ت${token.slice(1)}`;
  return token.startsWith('ت') ? `ي${token.slice(1)}` : null;
}

/**
 * A present-tense verb of another person or number: the question's "يعمّموا" (they, as chats end
 * it) or "يريدون" of a quote writing "نعمم" or "نريد" (we), or of a report writing "يعمم". The forms
 * of he, she and we, without a plural's ending; only a stem the text writes may stand in. Measured:
 * the article sets +11 −2 answered, the kept-aside +3 answered and −1 declined; arcd-train −1
 * question (0.8196 → 0.8182). Only for a verb with a person's ending: 5 fewer answered.
 */
const PRESENT_PERSON = /^(?:س|[هح])?[يتن](.{3,}?)(?:ون|ين|وا|و|ان)?$/;

export function personForms(token: string): string[] {
  const core = PRESENT_PERSON.exec(token)?.[1];
  return core ? ['ي', 'ت', 'ن'].map((person) => `${person}${core}`).filter((form) => form !== token) : [];
}

/**
 * A hollow verb of the fourth form in the present tense (يعيد، تقيم، سيضيف, with a plural's ون):
 * its verbal noun and its past share one stem, إعادة and أعاد both اعاد once normalised and light
 * stemmed, which is how news reports what a question asks with the verb ("شوكت راح يعيدون امتحان
 * الفيزياء؟" of a report writing "إعادة امتحان … الفيزياء يوم الأحد"). The form a first-form verb
 * would give (يزيد → ازاد) is no word, so only a stem the text writes may stand in.
 */
const HOLLOW_FORM_IV = /^س?[يت]([^اوي])ي([^اوي])(?:ون|ين|وا|ان)?$/;

export function hollowVerbalNoun(token: string): string | null {
  const letters = HOLLOW_FORM_IV.exec(token);
  return letters ? `ا${letters[1]}ا${letters[2]}` : null;
}

/**
 * Derived verbs and their verbal nouns, which news writes where a question has the verb and the
 * other way round ("كم سفينة تنتظر دورها؟" of a report writing "في منطقة الانتظار"). The seventh,
 * eighth and tenth forms put an ا before the verb's last letter (ينتظر، انتظر → انتظار; ينفجر →
 * انفجار; يستخدم → استخدام); the second puts a ت before it and a ي before the last letter (يحدد →
 * تحديد). Each reading gives the others: the past and present without a person's ending among them
 * (افتتحوا → افتتح, which light stemming does not reach), and for the first three the present of
 * "we", which news quotes (اعتذر → نعتذر: the one-hundred-eighteenth article +1 answered, nothing
 * else moved). Their participle gives them too (منتظر، مستخدمين: arcd-train's documents joined +1
 * question, nothing else moved). Works on normalised tokens. A noun or a first-form verb of the
 * same shape gives forms no text writes (اخبار → اخباار, يكتب → تكتيب), so only a stem the text
 * writes may stand in. The third form (يناقش → مناقشة) and the fifth and sixth (يتحدث → تحدث) moved
 * no set and are left out.
 */
const C = '[^اوي]';
const SUFFIX = '(?:ون|ين|وا|ان|ت)?';
const FIRST_VII_VIII_X = `(ست${C}|${C}[تطد]|ن${C})`;
const STEM_VII_VIII_X = `${FIRST_VII_VIII_X}(${C})(${C})`;
const PRESENT_VII_VIII_X = new RegExp(`^س?[يت]${STEM_VII_VIII_X}${SUFFIX}$`);
const PAST_VII_VIII_X = new RegExp(`^ا${STEM_VII_VIII_X}${SUFFIX}$`);
const PARTICIPLE_VII_VIII_X = new RegExp(`^م${STEM_VII_VIII_X}(?:ون|ين|ه|ات)?$`);
const NOUN_VII_VIII_X = new RegExp(`^ا${FIRST_VII_VIII_X}(${C})ا(${C})$`);
const PRESENT_II = new RegExp(`^س?[يت](${C})(${C})(${C})${SUFFIX}$`);
const NOUN_II = new RegExp(`^ت(${C})(${C})ي(${C})$`);

export function derivedVerbForms(token: string): string[] {
  const [, first, second, last] = PRESENT_VII_VIII_X.exec(token) ?? PAST_VII_VIII_X.exec(token) ?? NOUN_VII_VIII_X.exec(token) ?? PARTICIPLE_VII_VIII_X.exec(token) ?? [];
  if (first) return [`ا${first}${second}ا${last}`, `ا${first}${second}${last}`, `ي${first}${second}${last}`, `ن${first}${second}${last}`];
  const ii = PRESENT_II.exec(token) ?? NOUN_II.exec(token);
  return ii ? [`ت${ii[1]}${ii[2]}ي${ii[3]}`, `ي${ii[1]}${ii[2]}${ii[3]}`] : [];
}
