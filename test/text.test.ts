import { describe, expect, it } from 'vitest';
import { derivedVerbForms, hollowVerbalNoun, otherPerson, otherTense } from '../src/text/verb-forms.js';
import { frenchContentWords, looksFrench, withoutElisions } from '../src/translate/french.js';
import { isArabiziWord, readArabizi } from '../src/translate/arabizi.js';
import { normalizeArabic, stripDiacritics, foldLetters, foldDigits } from '../src/text/normalize.js';
import { segmentSentences } from '../src/text/segment.js';
import { light10, light10Prepositions, lightStemmer } from '../src/text/stem.js';
import { tokenize } from '../src/text/tokenize.js';
import { createAnalyzer } from '../src/text/analyzer.js';
import { createRootFinder } from '../src/text/roots.js';
import { detectLanguage } from '../src/text/language.js';
import { dropEnglishCourtesy } from '../src/text/courtesy.js';
import { answerTypeOf, answerTypesIn, asksAge, asksDate, asksRange, asksWeekday, hasAnswerOfType, namesCalendarNumber, namesWeekday, statesAge } from '../src/core/answer-type.js';
import { isYear, monthsNamed } from '../src/text/months.js';
import { glossLanguages } from '../src/core/glosses.js';
import { lifeDatesSubject } from '../src/core/life-dates.js';

describe('normalisation', () => {
  it('removes tashkeel, tatweel and invisible marks', () => {
    expect(stripDiacritics('المقدَّس')).toBe('المقدس');
    expect(normalizeArabic('الخامنئيّ')).toBe(normalizeArabic('الخامنئي'));
    expect(normalizeArabic('طـــهران')).toBe('طهران');
    expect(normalizeArabic('طه\u200Fران\u200B')).toBe('طهران');
  });

  it('drops the alif of an accusative ending when its tanween is written, and only then', () => {
    expect(normalizeArabic('غرباً وشرقًا')).toBe('غرب وشرق');
    expect(normalizeArabic('تدخليّاً،')).toBe('تدخلي ');
    expect(normalizeArabic('أمريكا')).toBe('امريكا');
    const analyze = createAnalyzer();
    expect(analyze('اتسعت غرباً')).toEqual(analyze('اتسعت الغرب'));
  });

  it('folds hamza seats and final letters so spelling variants meet', () => {
    expect(foldLetters('أإآا')).toBe('اااا');
    expect(normalizeArabic('إلى')).toBe(normalizeArabic('الي'));
    expect(normalizeArabic('مدرسة')).toBe(normalizeArabic('مدرسه'));
    // The dictionary's older spelling of refugee meets the article's.
    expect(normalizeArabic('اللاجىء')).toBe(normalizeArabic('اللاجئ'));
    // Chats type g, v and p with letters Arabic lacks (Iraq's شگد for شكد).
    expect(normalizeArabic('شگد ڤيينا پاريس')).toBe(normalizeArabic('شكد فيينا باريس'));
    // And Iraq and the Gulf write the ك they say ch with چ (چان for كان, هيچ for هيك).
    expect(normalizeArabic('چان هيچ')).toBe(normalizeArabic('كان هيك'));
  });

  it('reads Arabic-Indic and Persian digits as ASCII', () => {
    expect(foldDigits('٢٠٢٣ و ۱۹')).toBe('2023 و 19');
  });

  it('turns punctuation of both scripts into separators', () => {
    expect(tokenize('«المقاومة»، قال: نعم؟')).toEqual(['المقاومه', 'قال', 'نعم']);
  });
});

describe('sentence segmentation', () => {
  it('splits at . ! ? ؟ and keeps exact spans', () => {
    const text = 'قال الوزير إن التعاون جيد. هل يستمر؟ نعم! وانتهى اللقاء.';
    const spans = segmentSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['قال الوزير إن التعاون جيد.', 'هل يستمر؟', 'نعم!', 'وانتهى اللقاء.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not break inside «quotations», decimal numbers or after abbreviations', () => {
    const text = 'وتابع: «بطبيعة الحال. هذا مهم». ونما الاقتصاد 3.5 في المئة. وقال د. محمد إن ذلك صحيح.';
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      'وتابع: «بطبيعة الحال. هذا مهم».',
      'ونما الاقتصاد 3.5 في المئة.',
      'وقال د. محمد إن ذلك صحيح.',
    ]);
  });
});

describe('light10 stemming', () => {
  const stem = (w: string) => light10(normalizeArabic(w));
  it('strips the article, its compounds and the conjunction', () => {
    expect(stem('العقوبات')).toBe(stem('عقوبات'));
    expect(stem('والمقاومة')).toBe(stem('مقاومة'));
    expect(stem('للاستقرار')).toBe(stem('الاستقرار'));
  });
  it('strips plural and pronoun suffixes but keeps short words whole', () => {
    expect(stem('مفاوضات')).toBe('مفاوض');
    expect(stem('قواعد')).toBe('قواعد');
    expect(stem('وزن')).toBe('وزن');
  });
  it('does not cut a word into a clitic, the article and two letters', () => {
    // والده is والد + ه ("his father"), not و + ال + ده.
    expect(stem('والده')).toBe(stem('والد'));
    expect(stem('والدي')).toBe(stem('والد'));
  });
  it('meets a word in ى with its form before a pronoun (معنى / معناها)', () => {
    expect(stem('معناها')).toBe(stem('معنى'));
    expect(stem('مستواها')).toBe(stem('المستوى'));
  });
});

describe('joined prepositions', () => {
  const stem = (w: string) => light10Prepositions(normalizeArabic(w));
  it('takes ب ل ك off a long stem, so the bare word and the joined one meet', () => {
    expect(stem('بمناسبة')).toBe(stem('مناسبة'));
    expect(stem('لمفاوضات')).toBe(stem('مفاوضات'));
    expect(stem('وبالمناسبة')).toBe(stem('مناسبة'));
  });
  it('keeps short stems whole, where the letter is more likely the word’s own', () => {
    expect(stem('بلد')).toBe('بلد');
    expect(stem('كتب')).toBe('كتب');
  });
});

describe('feminine duals', () => {
  const stem = (w: string) => lightStemmer(normalizeArabic(w));
  it('meet their singular: the ة written ت before ين / ان', () => {
    expect(stem('الضحيتين')).toBe(stem('الضحية'));
    expect(stem('المدينتان')).toBe(stem('مدينة'));
    expect(stem('ساعتين')).toBe(stem('الساعة'));
  });
  it('keep a short stem\'s ت, mostly the word\'s own', () => {
    expect(stem('بيتين')).toBe(stem('بيت'));
  });
});

describe('verb forms', () => {
  it('give a verb in the other tense: the future س on or off', () => {
    expect(otherTense('ستبدا')).toBe('تبدا');
    expect(otherTense('يزور')).toBe('سيزور');
    // Spoken Arabic's future (Egypt's ه, the Levant's ح) is news's س.
    expect(otherTense('هتبدا')).toBe('ستبدا');
    expect(otherTense('حيزور')).toBe('سيزور');
    // Too short to be a verb with the future س, or not a present-tense verb at all.
    expect(otherTense('سنه')).toBeNull();
    expect(otherTense('مصنع')).toBeNull();
  });

  it('give a present-tense verb in the other person: ي and ت swapped', () => {
    expect(otherPerson('تعيش')).toBe('يعيش');
    expect(otherPerson('يعيش')).toBe('تعيش');
    expect(otherPerson('تحد')).toBe('يحد');
    expect(otherPerson('تم')).toBeNull();
    expect(otherPerson('مصنع')).toBeNull();
  });

  it('give a hollow fourth-form verb\'s verbal noun, whose stem its past shares (يعيدون → اعاد, إعادة)', () => {
    expect(hollowVerbalNoun('يعيدون')).toBe('اعاد');
    expect(hollowVerbalNoun('سيقيم')).toBe('اقام');
    expect(hollowVerbalNoun('تضيف')).toBe('اضاف');
    // Not a hollow verb, or not a verb.
    expect(hollowVerbalNoun('يكتب')).toBeNull();
    expect(hollowVerbalNoun('مصنع')).toBeNull();
    // A first-form hollow verb gives a form no text writes, hence only written stems stand in.
    expect(hollowVerbalNoun('تعيش')).toBe('اعاش');
  });

  it('give a derived verb\'s verbal noun, past and present, and the verb of a verbal noun (تنتظر ↔ انتظار, يحدد ↔ تحديد)', () => {
    expect(derivedVerbForms('تنتظر')).toEqual(['انتظار', 'انتظر', 'ينتظر', 'ننتظر']);
    expect(derivedVerbForms('افتتحوا')).toEqual(['افتتاح', 'افتتح', 'يفتتح', 'نفتتح']);
    expect(derivedVerbForms('سيستخدمون')).toEqual(['استخدام', 'استخدم', 'يستخدم', 'نستخدم']);
    expect(derivedVerbForms('انفجار')).toEqual(['انفجار', 'انفجر', 'ينفجر', 'ننفجر']);
    expect(derivedVerbForms('مستخدمين')).toEqual(['استخدام', 'استخدم', 'يستخدم', 'نستخدم']);
    expect(derivedVerbForms('اعتذر')).toContain('نعتذر');
    expect(derivedVerbForms('يحدد')).toEqual(['تحديد', 'يحدد']);
    expect(derivedVerbForms('تحديد')).toEqual(['تحديد', 'يحدد']);
    // No verb of these shapes.
    expect(derivedVerbForms('مصنع')).toEqual([]);
    expect(derivedVerbForms('الاخبار')).toEqual([]);
  });
});

describe('French mixed into a question', () => {
  it('is told by its function words, elisions or accents, and keeps only its content words, unaccented', () => {
    expect(looksFrench(['c\'est', 'quoi', 'la', 'ligne', 'rouge'], false)).toBe(true);
    expect(looksFrench(['marché', 'parallèle'], true)).toBe(true);
    expect(frenchContentWords(['c\'est', 'quoi', 'la', 'ligne', 'rouge', 'selon', 'le', 'ministre'])).toEqual(['ligne', 'rouge', 'ministre']);
    expect(frenchContentWords(['l\'inflation', 'septembre'])).toEqual(['inflation', 'septembre']);
    expect(frenchContentWords(['république'])).toEqual(['republique']);
    // English with a French name is English; a name's apostrophe is no elision.
    expect(looksFrench(['Who', 'wrote', 'the', 'libretto', 'for', 'La', 'traviata'], false)).toBe(false);
    expect(looksFrench(['Where', 'did', 'Calmette', 'and', 'Guérin', 'develop', 'the', 'BCG', 'vaccine'], false)).toBe(false);
    expect(looksFrench(['Who', 'is', 'Larbi', 'Ben', 'M\'hidi'], false)).toBe(false);
    // One elision alone leaves the question English, the word without its article.
    expect(withoutElisions("where is l'hotel, and d'eau?")).toBe('where is hotel, and eau?');
    expect(withoutElisions("don't they know O'Hara's l'abbé")).toBe("don't they know O'Hara's abbé");
  });

  it('crosses to English through a French dictionary: phrases whole, plurals and feminines by their headword, unknown words as typed', () => {
    const glosses = new Map([
      ['greve', 'strike'],
      ['blesse', 'injured\twounded'],
      ['salle a manger', 'dining-room'],
      ['plafond', 'ceiling'],
    ]);
    // The bridge chooses among senses (translate/concepts.ts): here the first, or none for plafond.
    const first = (word: string, senses: readonly string[]): string | null => (word === 'plafond' ? null : senses[0]!);
    expect(frenchContentWords(['la', 'grève', 'des', 'dockers'], glosses, first)).toEqual(['strike', 'dockers']);
    expect(frenchContentWords(['les', 'blessés', 'et', 'les', 'blessées'], glosses, first)).toEqual(['injured', 'injured']);
    expect(frenchContentWords(['la', 'salle', 'à', 'manger'], glosses, first)).toEqual(['dining-room']);
    expect(frenchContentWords(['le', 'plafond', 'de', 'l\'hôpital'], glosses, first)).toEqual(['plafond', 'hopital']);
  });
});

describe('Arabizi (Arabic typed in Latin letters and digits)', () => {
  it('writes its question words and particles in Arabic letters and keeps its digits as letters', () => {
    expect(readArabizi('9addech men wa7ed t7abes fi el manifestations?')).toBe('قداش من واحد t7abes في ال manifestations?');
    expect(readArabizi('emta ta3mlet el ittifa9iya m3a el FMI?')).toBe('امتي ta3mlet ال ittifa9iya مع ال FMI?');
    // The Levant's how much with its ي typed (addeish), Iraq's with a g (gaddesh).
    expect(readArabizi('addeish kallaf el tarmeem kullo?')).toBe('قديش kallaf ال tarmeem kullo?');
    expect(readArabizi('gaddesh 9a3da 3askariya fi el mante9a')).toBe('قديش 9a3da 3askariya في ال mante9a');
    // Two of its particles that English does not write mark it too; one word English writes does not.
    expect(readArabizi('chno 9al shoigu')).toBe('شنو قال shoigu');
    expect(readArabizi('who will win the men final in 2nd place?')).toBe('who will win the men final in 2nd place?');
    // One that English never writes, beside one it may: an English question with a spoken clause.
    expect(readArabizi('who is the head of the ports authority elli sawa el press conference?')).toBe('who is the head of the ports authority اللي sawa ال press conference?');
    expect(readArabizi('What did El Greco paint in Toledo?')).toBe('What did El Greco paint in Toledo?');
    expect(readArabizi('el naqila kanat tarfa3 3alam ay dawla 7asab el wikala?')).toBe('ال naqila كانت tarfa3 3alam اي dawla حسب ال wikala?');
    // The Maghreb's from where (mnin), which (chmen; Tunisia's ama) and why (3lah).
    expect(readArabizi('chmen jarida li kashfat l9adiya? w mnin jat?')).toBe('اشمن jarida ل kashfat l9adiya? و منين jat?');
    expect(readArabizi('3lah sakrou l9ism fi ama nhar')).toBe('علاش sakrou l9ism في اي nhar');
    // "Or not" (wala la2) and the Levant's "what" as French spells it (chou).
    expect(readArabizi('fi 7ada mat wala la2')).toBe('في 7ada مات ولا لا');
    expect(readArabizi('chou 2al shoigu?')).toBe('شو قال shoigu?');
    expect(readArabizi('shu ra7 ya3mlo?')).toBe('شو رح ya3mlo?');
    // Chat's function words, which English would read as words of the topic (ghadi, bzaf) or as its own (mat).
    expect(readArabizi('ch7al ghadi ykhalsou daba? bzaf?')).toBe('شحال غادي ykhalsou دابا? بزاف?');
    expect(readArabizi('lazem ykoun fi ktir nas hala2?')).toBe('لازم يكون في كتير nas هلق?');
    // The Maghreb's "there is" marks a question of words English writes too (fin, ina) as Arabizi.
    expect(readArabizi("fin kayn had l'hotel, f ina mdina?")).toBe("فين كاين had ال'hotel, في اينا mdina?");
    // Age with his or her joined (3omro, 3umra), which the Arabic side reads as asking an age.
    expect(readArabizi('el fisherman Hamdan kam 3umra?')).toBe('ال fisherman Hamdan كام عمر?');
    expect(readArabizi('shgad kano el nas fiha? shlon ykoun')).toBe('شكد كانوا ال nas فيها? شلون يكون');
    expect(readArabizi('ana bas bade a3ref ade nas fel bled tanya')).toBe('أنا بس bade a3ref قديش nas في بلاد تاني');
    expect(readArabizi('fama barcha nas hta lyoum? aymta?')).toBe('فما برشا nas حتى lyoum? امتي?');
    // Words English's dictionary reads as others: a day (yom), in (fe), when (meta), happened (sar).
    expect(readArabizi('shu sar yom el 7adis fe tehran? meta?')).toBe('شو صار يوم ال 7adis في tehran? متى?');
    // A year (sana, سنة), which read as English had been Sanaa; Sana's name alone marks nothing.
    expect(readArabizi('el sett zeinab 3andaha kam sana?')).toBe('ال sett zeinab 3andaha كام سنة?');
    expect(readArabizi('Where did Sana and Ali meet?')).toBe('Where did Sana and Ali meet?');
    // Chat words that are English words too mark no English question as Arabizi.
    expect(readArabizi('Did Lisa and her mate win?')).toBe('Did Lisa and her mate win?');
    // After (ba3d), but not "with each other" (m3a ba3d).
    expect(readArabizi('shu sar ba3d el 7adis?')).toBe('شو صار بعد ال 7adis?');
    expect(readArabizi('7akou m3a ba3d?')).toBe('حكوا مع ba3d?');
    // The name asked (esm; the Maghreb's smiya), a frame on the Arabic side.
    expect(readArabizi('shu esm wazir el se7a?')).toBe('شو اسم wazir ال se7a?');
    expect(isArabiziWord('7anout')).toBe(true);
    expect(isArabiziWord('ybi3')).toBe(true);
    for (const number of ['2nd', '3rd', '5km', '7pm', '2026', 'G7']) expect(isArabiziWord(number), number).toBe(number === 'G7');
  });
});

describe('a year', () => {
  it('is the same years (1800–2099) asked in a question and named in a text', () => {
    for (const year of ['1856', '1948', '2026']) {
      expect(isYear(year), year).toBe(true);
      expect(namesCalendarNumber(`تأسست عام ${year}`), year).toBe(true);
    }
    for (const number of ['1750', '2150', '12000']) {
      expect(isYear(number), number).toBe(false);
      expect(namesCalendarNumber(`بلغ ${number} شخصاً`), number).toBe(false);
    }
  });
});

describe('analyzer', () => {
  it('drops function words and stems the rest', () => {
    const analyze = createAnalyzer();
    expect(analyze('ماذا قال شويغو عن العقوبات؟')).toEqual(['شويغو', 'عقوب']);
    // A preposition with a pronoun joined to it is a function word too.
    expect(analyze('ماذا قال شويغو عنها وماذا لديهم عن العقوبات؟')).toEqual(['شويغو', 'عقوب']);
    // "What" fused with a preposition is a function word, but not where it reads as a noun: إلامَ is الأم normalised.
    expect(analyze('علامَ وعمّا تحدث شويغو؟')).toEqual(analyze('تحدث شويغو'));
    expect(analyze('عيد الأم')).toHaveLength(2);
    // Not عيّن (appointed), which the stop list has for "self".
    expect(analyze('متى عُيّن المحافظ؟')).toHaveLength(2);
  });
  it('keeps the words news uses for its topics though the stop list has them (لقاء, زيارة)', () => {
    const analyze = createAnalyzer();
    expect(analyze('أين كان لقاء شويغو؟')).toEqual([...analyze('اللقاءات'), ...analyze('شويغو')]);
    expect(analyze('لقاء')).toEqual(analyze('اللقاءات'));
    expect(analyze('زيارة')).toEqual(analyze('الزيارة'));
    // The list holds للأمم and لوكالة, nouns with a preposition: "the UN envoy" must keep the UN.
    expect(analyze('المبعوث الخاص للأمم المتحدة')).toEqual(analyze('المبعوث الخاص الأمم المتحدة'));
    expect(analyze('قال لوكالة الأنباء')).toEqual(analyze('قال وكالة الأنباء'));
  });
  it('reads chat Arabic: its function words go, and هال- is "this" fused with the article', () => {
    const analyze = createAnalyzer();
    // Fillers for now, exactly and which go; an alternative (بديل) stays, though without its ب it reads as Sudan's "these".
    expect(analyze('كم عدد الحالات الحين بالزبط؟ وبيا يوم؟')).toEqual(analyze('كم عدد الحالات؟ ويوم؟'));
    expect(analyze('بديلاً عن المهرجان')).toHaveLength(2);
    expect(analyze('العدو شو كان بدو يعمل بالثورة؟')).toEqual(analyze('العدو كان يعمل بالثورة'));
    for (const asked of ['وش قال شويغو عن العقوبات؟', 'شويغو قال ايه عن العقوبات؟', 'منو حكى عن العقوبات؟', 'ازاي شويغو شاف العقوبات؟', 'شويغو شاف انو العقوبات ايمتى؟', 'شويغو شاف العقوبات كده ده بالظبط؟', 'شويغو كمان شاف العقوبات لحد هسه؟', 'العقوبات يلي شاف شويغو دلوقتي؟', 'شويغو وش يبي يسوي بالعقوبات؟', 'العقوبات بتاعة شويغو؟', 'واش شويغو راهو ضد العقوبات تاعهم؟', 'شحال من عقوبات عندو شويغو دابا؟', 'فوقاش شويغو حكى عن العقوبات؟', 'شو يبون شويغو ويا العقوبات؟', 'شويغو بغا العقوبات؟']) {
      expect(analyze(asked).filter((stem) => stem !== 'شويغو' && stem !== 'عقوب' && stem !== 'شاف'), asked).toEqual([]);
    }
    expect(analyze('هالأنشطة')).toEqual(analyze('الأنشطة'));
    expect(analyze('بهالحريق')).toEqual(analyze('بالحريق'));
    expect(analyze('وهالمرة')).toEqual(analyze('والمرة'));
    expect(analyze('هالة')).not.toEqual(analyze('الة'));
  });
});

describe('roots', () => {
  const rootsOf = createRootFinder();
  const shareRoot = (a: string, b: string) => rootsOf(a).some((r) => rootsOf(b).includes(r));
  it('relate a verb to its verbal noun and a broken plural to its singular', () => {
    expect(shareRoot('حقق', 'تحقيق')).toBe(true);
    expect(shareRoot('مواضيع', 'موضوع')).toBe(true);
    expect(shareRoot('خط', 'خطوط')).toBe(true);
    expect(shareRoot('حقق', 'خطوط')).toBe(false);
  });
  it('relate a tenth-form verb\'s present tense to its verbal noun (يستخدم / استخدام, تستهدف / هدف)', () => {
    expect(shareRoot('يستخدم', 'استخدام')).toBe(true);
    expect(shareRoot('تستهدف', 'هدف')).toBe(true);
    expect(shareRoot('يستقبل', 'استقبال')).toBe(true);
  });
  it('give none for digits, Latin letters and words longer than any pattern', () => {
    expect(rootsOf('2023')).toEqual([]);
    expect(rootsOf('ibm')).toEqual([]);
    expect(rootsOf('استراتيجيات')).toEqual([]);
  });
});

describe('language detection', () => {
  it('tells Arabic from English, also when names are mixed in', () => {
    expect(detectLanguage('ماذا قال Shoigu عن العقوبات؟')).toBe('ar');
    expect(detectLanguage('What did شويغو say?')).toBe('en');
    expect(detectLanguage('???')).toBe('en');
  });
});

describe('English courtesy', () => {
  it('drops greetings, requests and wishes to know around a question, and nothing of the question', () => {
    expect(dropEnglishCourtesy('Hey, what did Shoigu say?')).toBe('what did Shoigu say?');
    expect(dropEnglishCourtesy("Hi bot! I'd like to know when Khamenei spoke")).toBe('when Khamenei spoke');
    expect(dropEnglishCourtesy('Can you please tell me who Ashtiani is, please?')).toBe('who Ashtiani is?');
    // The formal English of a letter, which had read "grateful" and "know" as the topic.
    expect(dropEnglishCourtesy('I should be grateful to know the name of the Iranian minister.')).toBe('the name of the Iranian minister.');
    expect(dropEnglishCourtesy('I would be grateful if you could tell me when Shoigu arrived')).toBe('when Shoigu arrived');
    expect(dropEnglishCourtesy('I was wondering whether Shoigu met Khamenei')).toBe('whether Shoigu met Khamenei');
    expect(dropEnglishCourtesy('May I ask who Ahmadian is?')).toBe('who Ahmadian is?');
    expect(dropEnglishCourtesy("I am rather curious, if you don't mind, how many artists took part?")).toBe('how many artists took part?');
    expect(dropEnglishCourtesy("If you'd be so kind, how much is the monthly allowance?")).toBe('how much is the monthly allowance?');
    expect(dropEnglishCourtesy('Would you be so kind as to tell me the current exchange rate?')).toBe('the current exchange rate?');
    expect(dropEnglishCourtesy('Where does the club stand in the league, if I might ask?')).toBe('Where does the club stand in the league?');
    expect(dropEnglishCourtesy('What, pray tell, did the Russian minister say?')).toBe('What did the Russian minister say?');
    expect(dropEnglishCourtesy('Did Putin, by any chance, send a message?')).toBe('Did Putin send a message?');
    expect(dropEnglishCourtesy("I'd love to know, if it's not too much trouble, at what time the evening begins")).toBe('at what time the evening begins');
    expect(dropEnglishCourtesy("I'd be most grateful if you could explain how he defined it")).toBe('how he defined it');
    expect(dropEnglishCourtesy('Did Shoigu meet Raisi during his stay? I should like to know.')).toBe('Did Shoigu meet Raisi during his stay?');
    expect(dropEnglishCourtesy("Good morning! I was wondering, if it isn't too much trouble, on what occasion he spoke?")).toBe('on what occasion he spoke?');
    expect(dropEnglishCourtesy('Good afternoon. Could you kindly tell me on which day he spoke?')).toBe('on which day he spoke?');
    expect(dropEnglishCourtesy("Forgive an old man's curiosity, but why did the earlier attempt fail?")).toBe('why did the earlier attempt fail?');
    expect(dropEnglishCourtesy("I do hope you'll forgive my curiosity, but could you tell me which town it was?")).toBe('which town it was?');
    expect(dropEnglishCourtesy('Out of simple curiosity, what colour of ink did he use?')).toBe('what colour of ink did he use?');
    expect(dropEnglishCourtesy('Might I trouble you to explain what sort of partnership they meant?')).toBe('what sort of partnership they meant?');
    // Curiosity asked about is no courtesy.
    expect(dropEnglishCourtesy("What sparked the children's curiosity?")).toBe("What sparked the children's curiosity?");
    expect(dropEnglishCourtesy("How many months was it, if you don't mind my asking?")).toBe('How many months was it?');
    expect(dropEnglishCourtesy('Might I ask what his father did?')).toBe('what his father did?');
    expect(dropEnglishCourtesy('What did Iran want from Russia?')).toBe('What did Iran want from Russia?');
    expect(dropEnglishCourtesy('Well-known names?')).toBe('Well-known names?');
    expect(dropEnglishCourtesy('solar power?')).toBe('solar power?');
    // An aside after the question asks nothing of the article.
    expect(dropEnglishCourtesy('When is the second part meant to be finished, any idea?')).toBe('When is the second part meant to be finished?');
    expect(dropEnglishCourtesy('What was the driver carrying that night, do they say?')).toBe('What was the driver carrying that night?');
    expect(dropEnglishCourtesy('Who is the minister, may I ask?')).toBe('Who is the minister?');
    expect(dropEnglishCourtesy('What do they say?')).toBe('What do they say?');
    // So is sympathy said in passing, and pity before those asked about; the poor themselves stay.
    expect(dropEnglishCourtesy('oh dear, how many got hurt on the motorway')).toBe('how many got hurt on the motorway');
    expect(dropEnglishCourtesy('how old was the little grandson, god love him')).toBe('how old was the little grandson');
    expect(dropEnglishCourtesy('how many are crammed in there now, God help them?')).toBe('how many are crammed in there now?');
    expect(dropEnglishCourtesy('which road were the poor drivers filling up on')).toBe('which road were the drivers filling up on');
    expect(dropEnglishCourtesy('how much aid goes to the poor in the city')).toBe('how much aid goes to the poor in the city');
  });
});

describe('answer-type cues', () => {
  const has = (type: Parameters<typeof hasAnswerOfType>[0], sentence: string) => hasAnswerOfType(type, normalizeArabic(sentence));

  it('tells what a question asks for, in either language', () => {
    expect(answerTypeOf('كم عدد القتلى؟', normalizeArabic('كم عدد القتلى؟'))).toBe('number');
    expect(answerTypeOf('How many people died?', '')).toBe('number');
    expect(answerTypeOf('total number of titles at the fair?', '')).toBe('number');
    expect(answerTypeOf('the population of the capital?', '')).toBe('measure');
    expect(answerTypeOf('How long did it last?', '')).toBe('duration');
    // "When …," opening a clause sets the scene of the question after the comma, unless that asks a date.
    expect(answerTypeOf('When the minister met his counterpart, which region did they discuss?', '')).not.toBe('time');
    expect(answerTypeOf('When Shoigu sat down with Ashtiani, did he say they would go ahead?', '')).not.toBe('time');
    expect(answerTypeOf('when will the files go to court, did they give a date?', '')).toBe('time');
    expect(answerTypeOf('كم سنة استمرت الحرب؟', normalizeArabic('كم سنة استمرت الحرب؟'))).toBe('duration');
    // Spoken "how many" asks a number too, "every how many" (how often) does not.
    const typeOf = (question: string) => answerTypeOf(question, normalizeArabic(question));
    expect(typeOf('كام دكتور شغالين في المستشفى؟')).toBe('number');
    expect(typeOf('قديش ساعة استمر الاجتماع؟')).toBe('duration');
    expect(typeOf('كل قديش بتجتمع اللجنة؟')).not.toBe('number');
    // The Maghreb's "how many" and "when", Iraq's "when".
    expect(typeOf('شحال من مكتب تعطل؟')).toBe('number');
    expect(typeOf('فوقاش تحل البرلمان؟')).toBe('time');
    expect(typeOf('شوكت وصل الوزير؟')).toBe('time');
    // Egypt's امتى as chats also type it, with a final alif.
    expect(typeOf('الخامنئي اتكلم امتا')).toBe('time');
    expect(typeOf('الخامنئي اتكلم امته')).toBe('time');
    expect(typeOf('من يمته بدا المعدل ينزل')).toBe('time');
    // A span asked, from where (or when) to where, in either language.
    for (const span of ['from where to where did it spread?', 'khamenei said the resistance reached from where to where', 'From when until when did he reign?', 'من وين لوين؟', 'من فين لفين بالظبط', 'من أين إلى أين امتدت المقاومة؟', 'المهرجان كان من امتى لامتى؟', 'الاضراب من امتا لامتا؟']) {
      expect(asksRange(span, normalizeArabic(span)), span).toBe(true);
    }
    for (const other of ['where did the minister go from Tehran?', 'من وين جاء الوزير؟']) expect(asksRange(other, normalizeArabic(other)), other).toBe(false);
    // An age asked, and stated as news states it; a number of years that is no age is neither.
    for (const age of ['How old is the former minister?', 'كم عمر مساعد الطيار؟', 'الحمداني عنده كام سنة؟', 'شحال كان عندو فالعمر السائق؟']) {
      expect(asksAge(age, normalizeArabic(age)), age).toBe(true);
    }
    for (const other of ['عقد المدرب كان مدته كام سنة؟', 'How long did the war last?']) expect(asksAge(other, normalizeArabic(other)), other).toBe(false);
    // A calendar date asked, not a time in general nor history.
    for (const date of ['On what date did the bridge come down?', 'What was the exact calendar date of the speech?', 'في أي تاريخ افتتح المبنى؟', 'شو كان تاريخ الزيارة بالزبط؟', 'يعني أي يوم بالشهر؟']) {
      expect(asksDate(date, normalizeArabic(date)), date).toBe(true);
    }
    for (const other of ['When did the bridge come down?', 'متى أجري أول تعداد سكاني في تاريخ البلد؟', 'أي يوم ألقى الخطاب؟']) expect(asksDate(other, normalizeArabic(other)), other).toBe(false);
    // The day of the week asked, not the day of the month; a weekday named with its article.
    for (const day of ['what day of week was the crash', 'On which weekday did he speak?', 'what day was the expansion announced', 'في أي يوم أُطلق القمر الصناعي؟', 'في أي يوم من أيام الأسبوع تكلم؟']) {
      expect(asksWeekday(day, normalizeArabic(day)), day).toBe(true);
    }
    for (const other of ['what day of the month was it?', 'يعني أي يوم بالشهر؟', 'When did he speak?']) expect(asksWeekday(other, normalizeArabic(other)), other).toBe(false);
    expect(namesWeekday(normalizeArabic('أعلن الوزير، أمس الثلاثاء، إطلاق المشروع'))).toBe(true);
    expect(namesWeekday(normalizeArabic('قال أحد الناجين إن القطار انقلب'))).toBe(false);
    for (const stated of ['وقال العامل حسام القاضي (34 عاماً) إن', 'وبدا الهاشمي، البالغ من العمر 44 عاماً، متأثراً', 'وهو رجل في الخامسة والخمسين من عمره', 'رحل في آب الماضي عن 81 (واحد وثمانين) عاماً.']) {
      expect(statesAge(stated, normalizeArabic(stated)), stated).toBe(true);
    }
    expect(statesAge('ويتمتع السائق بخبرة تفوق 24 عاماً.', normalizeArabic('ويتمتع السائق بخبرة تفوق 24 عاماً.'))).toBe(false);
    // "Which day", with or without "on", in MSA, Egypt's انهي and Sudan's ياتو.
    for (const which of ['أي يوم ألقى الخطاب؟', 'الخطاب كان انهي يوم؟', 'الخامنئي اتكلم ياتو يوم؟', 'في أي ساعة انهار الجسر؟', 'بأي وقت انهار الجسر؟']) expect(typeOf(which), which).toBe('time');
    // Egypt's "how much".
    expect(typeOf('الفلاحين هياخدوا تعويض قد إيه؟')).toBe('number');
    expect(typeOf('قد إيه الناس اللي حضروا؟')).toBe('number');
    expect(answerTypeOf('How long is the Nile?', '')).toBe('number');
    expect(answerTypeOf('How far has the cooperation come?', '')).toBe('measure');
    expect(answerTypeOf('How high is the dam?', '')).toBe('measure');
    expect(answerTypeOf('How much will the pipeline cost?', '')).toBe('money');
    // "By how much" asks a change, which news gives as a share as often as a sum.
    expect(answerTypeOf('By how much has the maintenance budget been cut?', '')).toBe('number');
    // "The WHO" is the health organisation, not "who?".
    expect(answerTypeOf('Who leads the mission?', '')).toBe('person');
    expect(answerTypeOf('whats the fatality rate according to the WHO', '')).not.toBe('person');
    // After another question word, "who" opens a relative clause.
    expect(answerTypeOf('what did the 2 members who disagreed want instead', '')).toBe('other');
    expect(answerTypeOf('Where did the man who led the talks go?', '')).toBe('place');
    expect(answerTypeOf('كم تبلغ قيمة القرض؟', normalizeArabic('كم تبلغ قيمة القرض؟'))).toBe('money');
    // A company's capital, or a count asked in a currency, is a sum.
    for (const sum of ['كم راس مال الشركة؟', 'كم عدد المنح بالدولار؟']) expect(answerTypeOf(sum, normalizeArabic(sum)), sum).toBe('money');
    expect(answerTypeOf('how much is the grant in dollars', '')).toBe('money');
    expect(answerTypeOf('How much oil will Jordan get?', '')).toBe('number');
    expect(answerTypeOf('What was the port deal worth?', '')).toBe('money');
    // Someone's name asked in Libya's and Tunisia's chat (شن اسمه، اسمه شنوة).
    for (const name of ['وزير الدفاع الروسي شن اسمه', 'الوزير اسمه شنوة؟']) expect(answerTypeOf(name, normalizeArabic(name)), name).toBe('name');
    expect(answerTypeOf('How big was the fine?', '')).toBe('money');
    expect(answerTypeOf('how much did he pocket in bribes', '')).toBe('money');
    // No sum: "for what reason" asks why.
    expect(answerTypeOf('For what reason did God send his messenger?', '')).toBe('reason');
    // Read as "what is X?", these would be answered with what the dam is.
    expect(answerTypeOf('ما ارتفاع سد هوفر؟', normalizeArabic('ما ارتفاع سد هوفر؟'))).toBe('measure');
    expect(answerTypeOf('ما هو عدد سكان المدينة؟', normalizeArabic('ما هو عدد سكان المدينة؟'))).toBe('number');
    expect(answerTypeOf('What is the length of the river?', '')).toBe('measure');
    expect(answerTypeOf('What is the population of Tehran?', '')).toBe('measure');
    expect(answerTypeOf('How old is Shoigu?', '')).toBe('number');
    // A share is asked for as a per cent ("نحو 46 في المئة").
    expect(answerTypeOf('What share of water is wasted in the pipes?', '')).toBe('percent');
    expect(answerTypeOf('ما نسبة المياه المهدورة؟', normalizeArabic('ما نسبة المياه المهدورة؟'))).toBe('percent');
    expect(answerTypeOf('Which day of the week did he speak?', '')).toBe('time');
    expect(answerTypeOf('On which weekday did he speak?', '')).toBe('time');
    expect(answerTypeOf('At what hour did the bridge collapse?', '')).toBe('time');
    expect(answerTypeOf('on what exact date did shoigu land in tehran', '')).toBe('time');
    expect(answerTypeOf('Which country lies to the south of Lebanon?', '')).toBe('place');
    expect(answerTypeOf('Where did the minister go?', '')).toBe('place');
    for (const where of ['وين راح الوزير؟', 'الوزير راح فين؟']) expect(answerTypeOf(where, normalizeArabic(where))).toBe('place');
    expect(answerTypeOf('متى بدأت الحرب؟', normalizeArabic('متى بدأت الحرب؟'))).toBe('time');
    expect(answerTypeOf('الحرب من إيمتى بلشت؟', normalizeArabic('الحرب من إيمتى بلشت؟'))).toBe('time');
    expect(answerTypeOf('Since when has he been minister?', '')).toBe('time');
    // Past the first word, "when" joins clauses: the question asks what, not when.
    expect(answerTypeOf('What did he say when he met Ashtiani?', '')).toBe('other');
    for (const alias of ['ما الاسم الآخر لمرض السل؟', 'ما هي أسماؤه الأخرى؟', 'بماذا تعرف الدولة أيضاً؟']) {
      expect(answerTypeOf(alias, normalizeArabic(alias)), alias).toBe('alias');
    }
    expect(answerTypeOf('By what other name is the Mona Lisa known?', '')).toBe('alias');
    // The origin of a name is no other name.
    expect(answerTypeOf('ما أصل تسمية الموناليزا؟', normalizeArabic('ما أصل تسمية الموناليزا؟'))).not.toBe('alias');
  });

  it('knows "what is X?" asks for a definition, "who is X?" or "X\'s title" for how X is first named, and a longer question for neither', () => {
    const type = (q: string) => answerTypeOf(q, normalizeArabic(q));
    expect(type('ما هي البيتكوين؟')).toBe('definition');
    expect(type("What's the Sacred Defence week?")).toBe('definition');
    for (const meaning of ['What does NATO stand for?', 'What does OCD mean?', 'شو يعني الوسواس القهري؟', 'ماذا تعني الديمقراطية الدينية؟']) {
      expect(type(meaning), meaning).toBe('definition');
    }
    expect(type("What does 'resistance' in the region mean according to the Iranian leader?")).not.toBe('definition');
    expect(type('من هو نجيب محفوظ؟')).toBe('name');
    expect(type('Who is Shoigu?')).toBe('name');
    expect(type("What's Ashtiani's first name?")).toBe('name');
    expect(type('ما منصب خامنئي؟')).toBe('name');
    expect(type('ما المنصب الذي يشغله الخامنئي؟')).toBe('name');
    // Chat asks for a name after whom it names, with the pronoun joined: "his name is what?"
    expect(type('وزير النقل الحالي اسمه إيه؟')).toBe('name');
    expect(type('وزير التربية اسمو منو؟')).toBe('name');
    expect(type('وزير التربية شسمه؟')).toBe('name');
    // Names asked of several people.
    expect(type('What are the names of the trapped miners?')).toBe('name');
    expect(type('شو أسماء الشركات اللي رح تورد الأدوية؟')).toBe('name');
    expect(type('ماهو المنصب الذي يشغله الخامنئي؟')).toBe('name');
    // Asked in a chat's few words, without "what is".
    expect(type("Name of Iran's defense minister?")).toBe('name');
    expect(type('russian defence minister name?')).toBe('name');
    // "What" with whose name it is before "name", typed with or without the apostrophe.
    expect(type('whats the russian defense ministers name')).toBe('name');
    expect(type("what's the minister's name again?")).toBe('name');
    expect(type('What does this name mean?')).not.toBe('name');
    expect(type('ما الصفة الرسمية للخامنئي؟')).toBe('name');
    expect(type('khamenei official title in the article is what')).toBe('name');
    // A name at the end of a real question is its topic, not what it asks for.
    expect(type('Why is the Battle of Badr called by that name?')).not.toBe('name');
    expect(type("How many patents are registered in Edison's name?")).not.toBe('name');
    expect(type('اسم وزير الدفاع الإيراني؟')).toBe('name');
    expect(type('Name the three things the enemy attacked')).not.toBe('name');
    // A position on something is a stance, not a post.
    expect(type("What is Khamenei's position?")).toBe('name');
    expect(type("What is Iran's position on foreign forces?")).not.toBe('name');
    expect(type('What is Russia’s position regarding the sanctions?')).not.toBe('name');
    for (const longer of ['من هو الفائز في الانتخابات الأخيرة للبرلمان؟', 'من أسس الدولة؟', 'What did Shoigu say about sanctions?']) {
      expect(type(longer), longer).not.toBe('definition');
      expect(type(longer), longer).not.toBe('name');
    }
  });

  it('knows a request for the whole article from a question about something in it', () => {
    const type = (q: string) => answerTypeOf(q, normalizeArabic(q));
    for (const gist of ['What is this article about?', "what's the story about", 'Can you summarize the article, please?', 'tl;dr', 'ما هو موضوع المقال؟', 'عن ماذا يتحدث الخبر؟', 'لخص الخبر', 'شو القصة؟', 'الخبر عن ايش؟', 'What is the main topic?', "What's the subject of the article?", 'ما الموضوع الرئيسي؟', 'ما هي الفكرة الأساسية للمقال؟']) {
      expect(type(gist), gist).toBe('gist');
    }
    for (const specific of ['What does the article say about sanctions?', 'What happened in Tehran?', 'ما موضوع المباحثات؟', 'لخص موقف إيران', 'What is the main topic of the talks?', 'ما الموضوع الرئيسي للمباحثات؟']) {
      expect(type(specific), specific).not.toBe('gist');
    }
  });

  it('finds a time as a date, a month, a weekday or a century, but not in a span of years', () => {
    expect(has('time', 'اندلعت الحرب في الأول من سبتمبر')).toBe(true);
    expect(has('time', 'أكد الخامنئي، أمس الأربعاء، أن')).toBe(true);
    expect(has('time', 'بنيت في القرن التاسع عشر')).toBe(true);
    expect(has('time', 'وقعت الحرب عام 1939')).toBe(true);
    expect(has('time', 'بدأت الحرب الثانية بعد عشرين سنة')).toBe(false);
    // A time counted back from the report's day, in words.
    expect(has('time', 'فإن أزمة البنك بدأت قبل نحو عامين')).toBe(true);
    expect(has('time', 'وحذرت النقابة منذ ثلاثة أشهر من الثغرات')).toBe(true);
    expect(has('time', 'وقال إن الأزمة بدأت قبل توسع البنك في القروض')).toBe(false);
    expect(has('time', 'استمر الزواج لعدة أعوام وأيام')).toBe(false);
  });

  it('finds a frequency where a period follows كل, or times, daily or periodically are said', () => {
    expect(answerTypeOf('How often do the trucks come?', '')).toBe('frequency');
    expect(answerTypeOf('every how long do they review it?', '')).toBe('frequency');
    expect(answerTypeOf('كل قديش بيراجعوا المبلغ؟', normalizeArabic('كل قديش بيراجعوا المبلغ؟'))).toBe('frequency');
    expect(answerTypeOf('قديش دفعوا؟', normalizeArabic('قديش دفعوا؟'))).toBe('number');
    expect(has('frequency', 'كانوا ينقلوننا كل أربعة أو خمسة أيام من مغارة إلى أخرى')).toBe(true);
    expect(has('frequency', 'وتراجع اللجنة المبلغ كل عامين')).toBe(true);
    expect(has('frequency', 'تغلي الماء مرتين يومياً')).toBe(true);
    expect(has('frequency', 'ويخضع لجلسات علاج كيميائي أسبوعية')).toBe(true);
    expect(has('frequency', 'وفحص الفريق الأجهزة ست ساعات متواصلة')).toBe(false);
    expect(has('frequency', 'وزار كل أحياء المدينة')).toBe(false);
  });

  it('finds a length of time where a number counts a unit of time, a dual, a span of years or a clock', () => {
    expect(has('duration', 'واستمرت الحرب ثماني سنوات')).toBe(true);
    expect(has('duration', 'وتنتظر السفن أكثر من 36 ساعة')).toBe(true);
    expect(has('duration', 'استمرت المحادثات يومين')).toBe(true);
    expect(has('duration', 'حكم مصر من 1805 إلى 1848')).toBe(true);
    expect(has('duration', 'هاجم الطرف الآخر الأشياء الثلاثة')).toBe(false);
    // A year named says when; since a year, how long.
    expect(has('duration', 'يسعى إلى خفض التضخم بحلول نهاية عام 2028')).toBe(false);
    expect(has('duration', 'يسدد قرضا سكنيا منذ عام 2021')).toBe(true);
    const clock = 'سجل الهدف مع تبقي 3:08 على النهاية';
    expect(answerTypesIn(normalizeArabic(clock), clock).has('duration')).toBe(true);
    // An hour in words says when.
    const hour = 'ووقع الانفجار عند الساعة الرابعة وعشر دقائق فجراً';
    expect(answerTypesIn(normalizeArabic(hour), hour).has('time')).toBe(true);
    const hours = 'استمر البحث ساعة ثانية دون نتيجة';
    expect(answerTypesIn(normalizeArabic(hours), hours).has('time')).toBe(false);
  });

  it('finds numbers as digits or words, inflected too, but not inside other words', () => {
    expect(has('number', 'بلغت الكلفة 300 دينار')).toBe(true);
    expect(has('number', 'كلّف المشروع مليوني دينار')).toBe(true);
    expect(has('number', 'وصل ثلاثة وزراء')).toBe(true);
    // A hundred, whose hamza normalising seats on ي (مئة → ميه), with its dual.
    expect(has('number', 'كانوا يتوقعون زيادة بمئة نقطة')).toBe(true);
    expect(has('number', 'شارك مائتا طالب')).toBe(true);
    expect(has('number', 'وصل مئتين من الزوار')).toBe(true);
    // A unit of measure in the dual counts itself: two kilometres, two metres.
    expect(has('number', 'كانت أقرب نقطة إسعاف على بعد كيلومترين تقريباً')).toBe(true);
    expect(has('measure', 'وارتفع منسوب المياه مترين فوق الحد الأقصى')).toBe(true);
    expect(has('number', 'أعلنت الحكومة خطتها')).toBe(false);
    expect(has('number', 'افتتح الوزير المستشفى الجديد')).toBe(false);
    // Wednesday is named after four, and counts nothing.
    expect(has('number', 'أكد الخامنئي، أمس الأربعاء، أن')).toBe(false);
    // A date's day and year count nothing a question asks how many of.
    expect(has('number', 'بدأت الزيارة في 24 تشرين الثاني/نوفمبر 2026 برئاسة الاقتصادي')).toBe(false);
    expect(has('number', 'وصلت البعثة في عام 2026')).toBe(false);
    expect(has('number', 'شغل منصبه بين عامي 2014 و2021')).toBe(false);
    expect(has('number', 'وصل 5 أعضاء في 24 نوفمبر')).toBe(true);
    // A word ending as a month does (الإضراب, آب) before a count of four digits names no date.
    expect(has('number', 'وشمل الإضراب 4870 مدرسة')).toBe(true);
    expect(has('number', 'بدأ الإضراب في آب 2024')).toBe(false);
    // A fraction counts: a third of the trade, an hour and a half; a quarter of a year is a date.
    expect(has('number', 'لا تتجاوز صادراتنا ثلث حجم المبادلات')).toBe(true);
    expect(has('number', 'استمر اللقاء ساعة ونصف الساعة')).toBe(true);
    expect(has('number', 'نما الإقراض خلال الربع الأول')).toBe(false);
    expect(has('number', 'وصل أربعة وزراء يوم الثلاثاء')).toBe(true);
  });

  it('reads a share asked for, and finds one given in per cent, by sign or in words', () => {
    const asks = (q: string): string => answerTypeOf(q, normalizeArabic(q));
    expect(asks('ما نسبة العرب من سكان العراق؟')).toBe('percent');
    expect(asks('إلى كم تصل نسبة الأكراد من السكان؟')).toBe('percent');
    expect(asks('What percentage of the population are Arabs?')).toBe('percent');
    expect(asks('كم عدد سكان آسيا؟')).toBe('number');
    const kinds = (s: string): ReadonlySet<string> => answerTypesIn(normalizeArabic(s), s);
    expect(kinds('يشكل سكان آسيا 60% من سكان العالم').has('percent')).toBe(true);
    expect(kinds('ارتفع التضخم إلى 9.8 في المئة').has('percent')).toBe(true);
    expect(kinds('تضاعف سكان آسيا أربع مرات').has('percent')).toBe(false);
    // A share counts nothing: "how many firefighters?" is answered by a count, not by a share.
    expect(kinds('وسيطرت الفرق على نحو 60 في المئة من محيط الحريق').has('number')).toBe(false);
    expect(kinds('وسيطرت الفرق على 60% من محيط الحريق').has('number')).toBe(false);
    expect(kinds('ويشارك 1800 عنصر في إطفاء 60% من الحريق').has('number')).toBe(true);
  });

  it('finds a sum by its currency, in cents and piastres too, and no sum in a bare number', () => {
    expect(has('money', 'رفعت الشركة السعر بواقع 40 سنتا للبرميل')).toBe(true);
    expect(has('money', 'بلغت الكلفة 300 دينار')).toBe(true);
    expect(has('money', 'ارتفع الخام بنسبة 1.7%')).toBe(false);
  });

  it('finds a cause or purpose for "why", after a clitic too, and tells dialect why-questions', () => {
    expect(has('reason', 'تراجعت نسبة التغطية بسبب الأزمة الاقتصادية')).toBe(true);
    expect(has('reason', 'وذلك لأنّ الأهالي خافوا من الشائعات')).toBe(true);
    expect(has('reason', 'افتتح الوزير المستشفى الجديد')).toBe(false);
    expect(answerTypeOf('ليش قلّ عدد الأطفال؟', normalizeArabic('ليش قلّ عدد الأطفال؟'))).toBe('reason');
    expect(answerTypeOf('شو السبب؟', normalizeArabic('شو السبب؟'))).toBe('reason');
    expect(answerTypeOf('what was the cause of the fire', '')).toBe('reason');
    expect(answerTypeOf('Who gave the reason?', '')).toBe('person');
  });
  it('takes spoken "who" for a person, and MSA من only with its هو / الذي', () => {
    expect(answerTypeOf('مين وزير الدفاع اللي قابله شويغو؟', normalizeArabic('مين وزير الدفاع اللي قابله شويغو؟'))).toBe('person');
    expect(answerTypeOf('من هو وزير الدفاع؟', normalizeArabic('من هو وزير الدفاع؟'))).toBe('name');
    expect(answerTypeOf('ماذا قال من طهران؟', normalizeArabic('ماذا قال من طهران؟'))).toBe('other');
  });
});

describe('months', () => {
  const named = (text: string, strict = true): number[] => [...monthsNamed(normalizeArabic(text), strict)].sort((a, b) => a - b);

  it('reads a month in any of the names Arab news gives it, and in English', () => {
    expect(named('خلال تشرين الأول/أكتوبر الماضي')).toEqual([10]);
    expect(named('في كانون الثاني ثم في فيفري وبنوفمبر')).toEqual([1, 2, 11]);
    expect(named('what happened in november and december?')).toEqual([11, 12]);
  });

  it('reads a month in a question only where a month is meant, not a word or an event named after one', () => {
    expect(named('مارس الضغط على الحكومة')).toEqual([]);
    expect(named('ماذا حدث في شهر مارس؟')).toEqual([3]);
    expect(named('What may happen in March 2027?')).toEqual([3]);
    expect(named('May I ask what the bank did?')).toEqual([]);
    // A month naming an event is no date asked.
    expect(named('ما أهم نتائج ثورة يوليو؟')).toEqual([]);
    expect(named('ماذا حدث في يوليو؟')).toEqual([7]);
    // A door (باب) is no August (آب) with a joined "in".
    expect(named('التدافع صار عند أي باب؟')).toEqual([]);
    expect(named('ماذا حدث في آب؟')).toEqual([8]);
    // In an article such a name counts: at worst a question about that month is let through.
    expect(named('مارس الضغط على الحكومة', false)).toEqual([3]);
  });
});

describe('bracketed cues of encyclopedic prose', () => {
  const analyze = createAnalyzer();

  it('read the languages a name is glossed in, one word or two before the colon', () => {
    const languages = glossLanguages('الموناليزا (باللُغةِ الفرنسيةِ: Mona Lisa، وبالعبرية: מונה ליזה) لوحة شهيرة.', analyze);
    expect(languages).toEqual(expect.arrayContaining([...analyze('الفرنسية'), ...analyze('العبرية')]));
    expect(glossLanguages('وقال الوزير: إن التعاون بالغ الأهمية.', analyze)).toBeNull();
  });

  it('read whose birth and death dates a bracket gives, past a gloss between them', () => {
    expect(lifeDatesSubject('ألبرت أينشتاين (بالألمانية: Albert Einstein) (14 مارس 1879 – 18 أبريل 1955) عالم فيزياء.', analyze)).toEqual(
      expect.arrayContaining(analyze('أينشتاين')),
    );
    expect(lifeDatesSubject('وزار الوزير المدينة (عام 2019) مرتين.', analyze)).toBeNull();
    // Years after "between" are a span of someone's life, not its dates.
    expect(lifeDatesSubject('عاش أينشتاين في سويسرا بين عامي (1895 - 1914)، باستثناء عام واحد في براغ.', analyze)).toBeNull();
  });
});
