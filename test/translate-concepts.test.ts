import { beforeAll, describe, expect, it } from 'vitest';
import type { Concept } from '../src/retrieval/query.js';
import { createAnalyzer } from '../src/text/analyzer.js';
import { createEnglishBridge } from '../src/translate/concepts.js';
import { loadLexicon, NameMatcher, type Lexicon } from '../src/translate/index.js';
import { loadSpeller, type Speller } from '../src/translate/spelling.js';

const analyze = createAnalyzer();
let lexicon: Lexicon;
let speller: Speller;
beforeAll(async () => {
  lexicon = loadLexicon();
  speller = await loadSpeller();
});

/** The bridge for an "article" made of these words. */
const bridgeFor = (articleWords: readonly string[]) => createEnglishBridge(lexicon, new NameMatcher(articleWords), analyze, speller);

function concept(concepts: readonly Concept[], label: string): Concept {
  const found = concepts.find((c) => c.label === label);
  if (!found) throw new Error(`no concept "${label}" in ${JSON.stringify(concepts.map((c) => c.label))}`);
  return found;
}
const terms = (c: Concept): string[] => c.alternatives.map((a) => a.term);

describe('createEnglishBridge', () => {
  it('weighs names fully, ordinary words and frames less', () => {
    const concepts = bridgeFor(['شويغو'])('How long did Shoigu stay in Tehran?');
    expect(concept(concepts, 'Tehran').importance).toBe(1);
    expect(concept(concepts, 'stay').importance).toBeLessThan(0.5);
    expect(concept(concepts, 'How long').importance).toBeLessThan(concept(concepts, 'stay').importance!);
    expect(terms(concept(concepts, 'Shoigu'))).toEqual(analyze('شويغو'));
  });

  it('reads "on what grounds" and "how come" as a frame asking why, not land (أرض) or coming', () => {
    for (const question of ['On what grounds did the old furnaces close?', 'how come the old furnaces closed?']) {
      const concepts = bridgeFor(['الأفران'])(question);
      const frame = concepts.find((c) => c.label.toLowerCase().startsWith('on what') || c.label.toLowerCase() === 'how come');
      expect(frame?.importance, question).toBeLessThan(0.5);
      expect(terms(frame!), question).toContain(analyze('سبب')[0]);
      expect(concepts.flatMap(terms), question).not.toContain(analyze('أرض')[0]);
      expect(concepts.flatMap(terms), question).not.toContain(analyze('جاء')[0]);
    }
  });

  it('renders a word the same whatever was asked before (met and meet share a lemma, not their renderings)', () => {
    const question = 'Did Khamenei meet Shoigu?';
    const fresh = bridgeFor(['شويغو'])(question);
    const bridge = bridgeFor(['شويغو']);
    bridge('Who met Shoigu?');
    expect(terms(concept(bridge(question), 'meet'))).toEqual(terms(concept(fresh, 'meet')));
    expect(terms(concept(fresh, 'meet'))).toContain(analyze('لقاء')[0]);
  });

  it('takes "during" for a function word, which the opener في الأثناء ("meanwhile") does not answer', () => {
    const labels = bridgeFor([])('Did they sign a deal during the visit?').map((c) => c.label);
    expect(labels).toContain('visit');
    expect(labels).not.toContain('during');
  });

  it('brings the present tense of a verb the dictionary gives in its past or imperative form (إكتشف → يكتشف)', () => {
    const detect = concept(bridgeFor([])('How is the disease detected?'), 'detected');
    expect(terms(detect)).toEqual(expect.arrayContaining(analyze('اكتشف يكتشف تكتشف اكتشفت')));
  });

  it('takes a known word for a name only where the article spells it nearly alike', () => {
    const arabia = concept(bridgeFor(['الخامنئي', 'الأربعاء'])('What did Khamenei say about Saudi Arabia?'), 'Arabia');
    expect(terms(arabia)).not.toContain(analyze('الأربعاء')[0]);
  });

  it('matches a word the article writes in Latin letters, whatever the case or accents', () => {
    const bridge = bridgeFor(['تأسست', 'شركة', 'IBM', 'Erdoğan']);
    expect(terms(concept(bridge('when was ibm founded'), 'ibm'))).toContain(analyze('IBM')[0]);
    expect(terms(concept(bridge('What did Erdogan say?'), 'Erdogan'))).toContain(analyze('Erdoğan')[0]);
  });

  it("brings a place name's nisba stem and an adjective's place name", () => {
    // أمريكا stems to امريكا, الأمريكية to امريك: each spelling brings the other.
    expect(terms(concept(bridgeFor([])('Where is America?'), 'America'))).toEqual(expect.arrayContaining(['امريكا', 'امريك']));
    expect(terms(concept(bridgeFor([])('Who is the Russian minister?'), 'Russian'))).toEqual(expect.arrayContaining(['روس', 'روسيا']));
    // إيران stems to اير (light10 takes ان for a suffix), الإيراني to ايران, which "Iran" must meet too.
    expect(terms(concept(bridgeFor([])("Who is Iran's defence minister?"), 'Iran'))).toEqual(expect.arrayContaining(analyze('إيران الإيراني')));
  });

  it('brings the stem of a rendering with the article taken off where light10 reads its و as "and" (الوزير / وزير)', () => {
    expect(terms(concept(bridgeFor([])('What did the minister say?'), 'minister'))).toEqual(expect.arrayContaining(analyze('الوزير وزير')));
  });

  it('brings the suffixed stem of a feminine noun (مدينته → مدينت)', () => {
    const city = concept(bridgeFor([])('Which city?'), 'city');
    expect(terms(city)).toEqual(expect.arrayContaining(['مدين', 'مدينت']));
    expect(analyze('مدينته')).toEqual(['مدينت']);
  });

  it("adds the article's spelling of a capitalised word the dictionary reads as a common word", () => {
    // "Tamer" lemmatises to "tame"; the article says ثامر/تامر.
    const tamer = concept(bridgeFor(['تامر', 'حسني'])('When did Tamer Hosny begin his career?'), 'Tamer');
    expect(terms(tamer)).toContain('تامر');
    // So may a common word, capitalised: Hoover Dam is no vacuum cleaner's.
    expect(terms(concept(bridgeFor(['هوفر', 'سد'])('How high is Hoover Dam?'), 'Hoover'))).toContain('هوفر');
    // When the article uses the dictionary's rendering, loose spellings stay out: China is not قنا.
    const china = concept(bridgeFor(['الصين', 'قنا'])('Where is China?'), 'China');
    expect(terms(china)).not.toContain('قنا');
  });

  it("adds the article's spelling of a long common word whose renderings it never writes: a loanword (flamingo, camera)", () => {
    const flamingo = concept(bridgeFor(['الفلامنغو', 'طول'])('How tall is an adult flamingo?'), 'flamingo');
    expect(terms(flamingo)).toContain(analyze('الفلامنغو')[0]);
    expect(terms(concept(bridgeFor(['كاميرا', 'المراقبة'])('What did the surveillance camera show?'), 'camera'))).toContain(analyze('كاميرا')[0]);
    // A short word has too many near spellings: "make" is not the name مكي.
    expect(terms(concept(bridgeFor(['مكي', 'الطيب'])('Did he make it out alive?'), 'make'))).not.toContain(analyze('مكي')[0]);
  });

  it('finds names behind English derivations and plurals', () => {
    expect(terms(concept(bridgeFor(['الفاطمي'])('Who founded the Fatimid state?'), 'Fatimid'))).toContain('فاطم');
    expect(terms(concept(bridgeFor(['الصوفي'])('Who are the Sufis?'), 'Sufis'))).toContain('صوف');
    // A people in -ians is the nisba's plural, and Latin's c before i may be a k: الفينيقيون، الفينيقيين.
    for (const written of ['الفينيقيون', 'الفينيقيين']) {
      expect(terms(concept(bridgeFor([written])('What did the Phoenicians trade?'), 'Phoenicians')), written).toContain(analyze(written)[0]);
    }
  });

  it('renders news words in the sense news uses: a joint statement, a quoted minister, construction works, a visit', () => {
    const concepts = bridgeFor([])('Which agency quoted the joint statement?');
    expect(terms(concept(concepts, 'joint'))).toContain(analyze('المشتركة')[0]);
    expect(terms(concept(concepts, 'quoted'))).toContain(analyze('نقل')[0]);
    // "أعمال الإنشاء ستبدأ …", and "Where did Shoigu go?" of a minister who "يزور طهران".
    expect(terms(concept(bridgeFor([])('When will construction start?'), 'construction'))).toContain(analyze('الإنشاء')[0]);
    expect(terms(concept(bridgeFor([])('Where did Shoigu go?'), 'go'))).toContain(analyze('يزور')[0]);
    // A central bank's governor and its rate rise; a vaccine's shot.
    expect(terms(concept(bridgeFor([])('why did the governor raise rates'), 'governor'))).toContain(analyze('محافظ')[0]);
    expect(terms(concept(bridgeFor([])('why did the governor raise rates'), 'raise'))).toContain(analyze('رفع')[0]);
    expect(terms(concept(bridgeFor([])('is the shot free?'), 'shot'))).toContain(analyze('اللقاح')[0]);
  });

  it('reads a phrase in any of its renderings of as many words, word by word (سعر or أسعار الفائدة)', () => {
    const concepts = bridgeFor([])('what interest rate will loans go up to');
    const rate = concepts.find((c) => c.label.startsWith('interest rate:') && terms(c).includes(analyze('سعر')[0]!));
    expect(rate && terms(rate)).toContain(analyze('أسعار')[0]);
    expect(rate?.phrase?.[0]).toContain(analyze('أسعار')[0]);
  });

  it('renders "last" and "coming" before a time as the one gone by and the one ahead, not as lasting or arriving', () => {
    const last = terms(concept(bridgeFor([])('who won the final last year'), 'last'));
    expect(last).toContain(analyze('الماضي')[0]);
    expect(last).not.toContain(analyze('يستمر')[0]);
    expect(terms(concept(bridgeFor([])('what happens in the coming week'), 'coming'))).toContain(analyze('المقبل')[0]);
    // Not before anything else: "how long will the exhibition last?"
    expect(terms(concept(bridgeFor([])('how long will the exhibition last'), 'last'))).toContain(analyze('يستمر')[0]);
  });

  it("renders a demonym the dictionary lacks as its place's nisba", () => {
    // FreeDict has Jordan (الأردن) but not Jordanian; الأردني stems like الأردن.
    expect(terms(concept(bridgeFor([])('What did the Jordanian minister say?'), 'Jordanian'))).toContain(analyze('الأردني')[0]);
  });

  it('reads a name as a demonym only when what it ends in names a place', () => {
    // Biden ends as Jordanian does, but "bide" is no place: the name stays one the article lacks.
    expect(concept(bridgeFor(['انتظر'])('What did Biden say?'), 'Biden').alternatives).toEqual([]);
  });

  it('still gives an empty concept for a name the article lacks, so that it lowers coverage', () => {
    const putin = concept(bridgeFor(['شويغو'])('What did Putin say?'), 'Putin');
    expect(putin.alternatives).toEqual([]);
    expect(putin.importance ?? 1).toBe(1);
  });

  it('weighs a verb phrase that one Arabic word renders like a word, as written or inflected; the phrase asking the hour keeps its weight', () => {
    const bridge = bridgeFor([]);
    const asWritten = concept(bridge('When did the talks take place?'), 'take place');
    expect(asWritten.importance).toBe(concept(bridge('When did the talks take place?'), 'talks').importance);
    expect(asWritten.importance).toBe(concept(bridge('The talks took place when?'), 'took place').importance);
    expect(concept(bridge('what town did the pilgrims come from?'), 'come from').importance).toBeLessThan(0.5);
    expect(concept(bridge('what time did the ferry leave?'), 'what time').importance ?? 1).toBe(1);
  });

  it('weighs a lower-case word the dictionary lacks like a dictionary word: the gap is ours', () => {
    const concepts = bridgeFor([])('Who threw the zorbing ball in Tehran?');
    expect(concept(concepts, 'zorbing').importance).toBe(concept(concepts, 'ball').importance);
  });

  it('weighs a place typed in lower case as a name, as when capitalised', () => {
    const bridge = bridgeFor(['الأردن']);
    expect(concept(bridge('did egypt join the deal?'), 'egypt').importance).toBe(concept(bridge('Did Egypt join the deal?'), 'Egypt').importance);
    expect(concept(bridge('did egypt join the deal?'), 'join').importance).toBeLessThan(0.5);
    // WordNet's China is porcelain too, but the dictionary renders it first as the country.
    const china = concept(bridge('what did china say about the talks'), 'china');
    expect(china.importance).toBe(1);
    expect(china.name).toBe(true);
  });

  it('weighs a common noun that WordNet files under persons alone (refugee, ambassador) as a word, not a name', () => {
    const concepts = bridgeFor(['اللاجئين'])('are refugee kids included too');
    expect(concept(concepts, 'refugee').importance).toBe(concept(concepts, 'kids').importance);
    expect(concept(concepts, 'refugee').name).toBeUndefined();
    expect(concept(bridgeFor([])('what did the ambassador say'), 'ambassador').importance).toBeLessThan(0.5);
  });

  it("reads a possessive typed without its apostrophe as the name (irans → Iran's)", () => {
    const bridge = bridgeFor(['إيران']);
    const typed = concept(bridge('who is irans defence minister'), 'irans');
    expect(typed.name).toBe(true);
    expect(terms(typed)).toEqual(terms(concept(bridge("who is Iran's defence minister"), 'Iran')));
  });

  it('weighs a lower-case name the article spells as a name: chats are typed in lower case', () => {
    const concepts = bridgeFor(['شويغو'])('what did shoygu say about the ball?');
    expect(terms(concept(concepts, 'shoygu'))).toEqual(analyze('شويغو'));
    expect(concept(concepts, 'shoygu').importance ?? 1).toBe(1);
  });

  it('reads a misspelt word as the word meant, and a misspelt function word as none', () => {
    const bridge = bridgeFor(['شويغو']);
    const [meant] = bridge('what did shoigu say about sanctions?').filter((c) => c.label === 'sanctions');
    const misspelt = bridge('what did shoigu say about the sanctons?');
    expect(misspelt.map((c) => c.label)).toContain('sanctions');
    expect(concept(misspelt, 'sanctions').alternatives).toEqual(meant!.alternatives);
    expect(bridge('wich sanctions did shoigu mention?').map((c) => c.label)).toEqual(bridge('which sanctions did shoigu mention?').map((c) => c.label));
  });

  it('reads a misspelt word as the commonest word one typo away, a lower-case name too', () => {
    // An article without the name, so that the speller reads it and not the name matcher.
    const bridge = bridgeFor([]);
    // mister and minster are one typo away from "mnister" as well.
    expect(bridge('what did the mnister say?').map((c) => c.label)).toContain('minister');
    expect(concept(bridge('did rssia agree?'), 'russia').alternatives).toEqual(concept(bridge('did russia agree?'), 'russia').alternatives);
    // A letter typed twice before a letter left out: always, not hallways.
    expect(bridge('has iran allways said so?')).toEqual(bridge('has iran always said so?'));
  });

  it('reads a misspelt word as a word the article uses before a commoner one: jordon is Jordan there, not cordon', () => {
    expect(bridgeFor(['الأردن', 'الحصبة'])('why has measles come back in jordon').map((c) => c.label)).toContain('jordan');
    expect(bridgeFor(['النطاق'])('why has measles come back in jordon').map((c) => c.label)).toContain('cordon');
  });

  it('takes an honorific or a rank written short for no word of the question: Dr. and Col. are no one the article must name', () => {
    const bridge = bridgeFor(['القرمادي']);
    expect(bridge('What did Dr. Qurmadi say?').map((c) => c.label)).toEqual(bridge('What did Qurmadi say?').map((c) => c.label));
    expect(bridge('What did Col. Qurmadi say?').map((c) => c.label)).toEqual(bridge('What did Qurmadi say?').map((c) => c.label));
    // So is a cleric's rank, which Arabic news mostly leaves out (قائد الثورة … علي الخامنئي).
    expect(bridge('what did the ayatollah say about the sanctions?').map((c) => c.label)).toEqual(bridge('what did he say about the sanctions?').map((c) => c.label));
  });

  it('reads a rare word the article has no rendering of as the word with the letter left out, if the article has that one', () => {
    // "minster" is a word (a church); the article has no church in it and has a minister.
    expect(bridgeFor(['وزير', 'الدفاع']).correct('who is the defence minster?')).toBe('who is the defence minister?');
    expect(bridgeFor(['كاتدرائية', 'وزير']).correct('who built the minster?')).toBe('who built the minster?');
    // A common word stays, however near another: "transit" is not "transmit" in a report on a pipeline.
    expect(bridgeFor(['نقل', 'النفط']).correct('what are the transit fees?')).toBe('what are the transit fees?');
  });

  it('corrects no Arabizi word as an English typo: 7ake is حكى said, not "take"', () => {
    expect(bridgeFor(['مدير', 'الصحة']).correct('the director li 7ake about the kids')).toBe('the director li 7ake about the kids');
  });

  it('reads a chat word typed in Arabizi as the word news writes for it (3eyal, ma7bous: أطفال، مسجون)', () => {
    const concepts = bridgeFor(['الأطفال', 'مسجون'])('kam wa7ed min el 3eyal lessa ma7bous?', true);
    expect(terms(concept(concepts, '3eyal'))).toEqual(expect.arrayContaining(analyze('الأطفال')));
    expect(terms(concept(concepts, 'ma7bous'))).toEqual(expect.arrayContaining(analyze('مسجون')));
    // Only a word typed exactly as a listed one is said: ra2is is the article's president, not ركزوا (focused).
    expect(terms(concept(bridgeFor(['الرئيس'])('shu 9al el ra2is?', true), 'ra2is'))).not.toContain(analyze('ركز')[0]);
  });

  it('drops a word typed in Arabizi that is a function word the article writes (a3lanet, أعلنت), as the Arabic side drops it', () => {
    const labels = bridgeFor(['أعلنت', 'السلطة', 'قرار'])('emta a3lanet el sulta el 2arar?', true).map((c) => c.label);
    expect(labels).not.toContain('a3lanet');
    expect(labels).toContain('2arar');
  });

  it('takes a word with no digit in an Arabizi question that the article writes (sbab, سبب) for that word, not an English typo', () => {
    const concepts = bridgeFor(['السبب', 'الحادث'])('chnou el sbab ta3 el 7adith?', true);
    expect(terms(concept(concepts, 'sbab'))).toEqual(expect.arrayContaining(analyze('السبب')));
  });

  it('takes a chat word with no digit in an Arabizi question (sbitar) for that word, not an English typo (sitar)', () => {
    const concepts = bridgeFor(['الأطفال', 'المستشفى'])('kam wa7ed min el 3eyal ra7o el sbitar?', true);
    expect(terms(concept(concepts, 'sbitar'))).toEqual(expect.arrayContaining(analyze('المستشفى')));
  });

  it('reads a misspelling the dictionary lists but English does not (speach) as the word meant, if the article has it', () => {
    expect(bridgeFor(['كلمة', 'الخامنئي']).correct('when did khamenei give the speach')).toBe('when did khamenei give the speech');
    // Without speech's rendering in the article, the dictionary's own entry stays.
    expect(bridgeFor(['الخامنئي']).correct('when did khamenei give the speach')).toBe('when did khamenei give the speach');
  });

  it('reads "without" in a body\'s name as the function word Arabic writes there (مراسلون بلا حدود), not a name the article lacks', () => {
    const concepts = bridgeFor(['مراسلون', 'بلا', 'حدود'])('What did Reporters Without Borders urge?');
    expect(concepts.map((c) => c.label)).not.toContain('Without');
    expect(concepts.map((c) => c.label)).toContain('Borders');
  });

  it('corrects a misspelt first word, capitalised as a sentence begins, not as a name', () => {
    const bridge = bridgeFor(['شويغو']);
    expect(bridge.correct('Wat did Shoigu say about sanctions?')).toBe('what did Shoigu say about sanctions?');
    expect(bridge('Wat did Shoigu say about sanctions?')).toEqual(bridge('What did Shoigu say about sanctions?'));
    // A chat form is what it stands for in the question's parts too: whose words "wat did … say" asks for.
    expect(bridge('wat did shoigu say about sanctions?')).toEqual(bridge('what did shoigu say about sanctions?'));
    // A first word that is a name stays as typed.
    expect(bridge.correct('Shoigu said what?')).toBe('Shoigu said what?');
  });

  it('corrects the question before reading it, so that a misspelt phrase is still a phrase', () => {
    const bridge = bridgeFor([]);
    expect(bridge("who is iran's freign minister?")).toEqual(bridge("who is iran's foreign minister?"));
  });

  it('corrects a few words of a question, not every word of a paste it cannot read', () => {
    const labels = bridgeFor([])('presure sanctons goverment milittary').map((c) => c.label);
    expect(labels.slice(0, 3)).toEqual(['pressure', 'sanctions', 'government']);
    expect(labels).toContain('milittary');
  });

  it('reads a misspelt name as the one name of the article a typo away, in either case', () => {
    const bridge = bridgeFor(['شويغو', 'الخامنئي', 'طهران']);
    for (const [typed, meant] of [['Soigu', 'شويغو'], ['kamenei', 'الخامنئي'], ['Tehan', 'طهران']] as const) {
      expect(terms(concept(bridge(`What did ${typed} say?`), typed)), typed).toEqual(analyze(meant));
    }
  });

  it('leaves a misspelt name unread when a typo away it could be either of two names', () => {
    // Teran is Tehran (طهران) with its h dropped, or Iran (إيران) with a letter more.
    expect(concept(bridgeFor(['طهران', 'إيران'])('What happened in Teran?'), 'Teran').alternatives).toEqual([]);
    expect(terms(concept(bridgeFor(['طهران'])('What happened in Teran?'), 'Teran'))).toEqual(analyze('طهران'));
  });

  it('never reads a name the dictionaries know as a misspelling of another', () => {
    // Saladin is one typo from سلاطين (sultans); the speller knows the name, so it is no typo.
    expect(concept(bridgeFor(['السلاطين'])('When did Saladin die?'), 'Saladin').alternatives).toEqual([]);
  });

  it('asks nothing of the given names, honorifics and ranks before a surname the article spells', () => {
    const bridge = bridgeFor(['آشتياني']);
    const plain = bridge('What did Ashtiani say?');
    for (const full of ['What did Mohammad Reza Ashtiani say?', 'What did Mohammad-Reza Ashtiani say?', 'What did Ayatollah Ashtiani say?']) {
      expect(bridge(full), full).toEqual(plain);
    }
    // A rank the dictionary knows still helps find the passage, but weighs as a word, not as a name.
    const rank = concept(bridge('What did Brigadier General Ashtiani say?'), 'Brigadier');
    expect(rank.name).toBeUndefined();
    expect(rank.importance).toBeLessThan(0.5);
  });

  it('keeps the surname the article lacks, whatever given name before it the article has', () => {
    // Sergei is the article's (Shoigu's); Lavrov is not, and still counts against answering.
    const lavrov = concept(bridgeFor(['سيرغي', 'شويغو'])('What did Sergei Lavrov say?'), 'Lavrov');
    expect(lavrov.alternatives).toEqual([]);
    expect(lavrov.importance ?? 1).toBe(1);
  });

  it('leaves a name the article lacks as it is typed, and words spelt right in capitals ("ok")', () => {
    const bridge = bridgeFor(['شويغو']);
    expect(concept(bridge('Did shoigu meet Raisi?'), 'Raisi').alternatives).toEqual([]);
    expect(bridge('is iran ok with it?').map((c) => c.label)).toContain('ok');
  });
});
