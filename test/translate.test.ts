import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeArabic } from '../src/text/normalize.js';
import { analyzeEnglishQuestion, createLexicon, loadLexicon, type EnglishTerm, type Lexicon } from '../src/translate/index.js';

const norm = (s: string): string => normalizeArabic(s).replace(/\s+/g, ' ').trim();

/** Dictionary spellings vary (hamza, shadda, article), so compare normalised stems, not exact strings. */
function hasStem(translations: readonly string[], stem: string): boolean {
  return translations.some((t) => norm(t).includes(norm(stem)));
}

function term(terms: readonly EnglishTerm[], surface: string): EnglishTerm {
  const found = terms.find((t) => t.surface.toLowerCase() === surface.toLowerCase());
  if (!found) throw new Error(`no term for "${surface}" in ${JSON.stringify(terms.map((t) => t.surface))}`);
  return found;
}

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

/** Each English word's renderings include its Arabic stem. */
function expectRenderings(pairs: readonly (readonly [string, string])[]): void {
  for (const [english, stem] of pairs) expect(hasStem(lexicon.translations(english), stem), english).toBe(true);
}

describe('loadLexicon', () => {
  it('loads the committed FreeDict lexicon with news vocabulary', () => {
    expectRenderings([
      ['minister', 'وزير'],
      ['cooperation', 'تعاون'],
      ['resistance', 'مقاومه'],
      ['security', 'امن'],
      ['president', 'رييس'],
      ['oil', 'نفط'],
      ['russia', 'روسيا'],
    ]);
    expect(lexicon.translations('xyzzyq')).toEqual([]);
  });

  it('renders news words as news writes them (customs, a raid, a bill, wheat, a trial, an aircraft’s model, a caretaker government, a ceasefire …), not in the dictionary’s other senses', () => {
    expectRenderings([
      ['customs', 'جمارك'],
      ['duties', 'رسوم'],
      ['raid', 'مداهمه'],
      ['goods', 'بضايع'],
      ['hide', 'اخفي'],
      ['crossing', 'معبر'],
      ['lease', 'استيجار'],
      ['bill', 'قانون'],
      ['protect', 'يحمي'],
      ['thanks to', 'بفضل'],
      ['heaviest', 'اقصي'],
      ['wire', 'تحويل'],
      ['behalf', 'نيابه'],
      ['mainly', 'اساسي'],
      ['go on', 'استمر'],
      ['pay for', 'تمويل'],
      ['wheat', 'قمح'],
      ['created', 'استحدث'],
      ['bought', 'اشتري'],
      ['heard', 'سمع'],
      ['terminal', 'صاله'],
      ['killed', 'متوفي'],
      ['homes', 'منازل'],
      ['lines', 'طوابير'],
      ['tonnes', 'طن'],
      ['medicine', 'دواء'],
      ['trial', 'محاكمه'],
      ['model', 'طراز'],
      ['caretaker', 'تصريف'],
      ['motion', 'مذكره'],
      ['coalition', 'ايتلاف'],
      ['walk out', 'انسحب'],
      ['mediated', 'وساطه'],
      ['ceasefire', 'هدنه'],
      ['willing', 'مستعد'],
      ['invoke', 'استند'],
      ['office', 'منصب'],
      ['hurt', 'اصيب'],
      ['organise', 'نظم'],
      ['revenue', 'ايرادات'],
      ['price', 'اسعار'],
      ['yearly', 'سنوي'],
      ['dead', 'حتفهم'],
      ['cull', 'اعدام'],
      ['dispose', 'تخلص'],
      ['sacked', 'اقال'],
      ['manager', 'مدرب'],
      ['stadium', 'استاد'],
      ['goals', 'اهداف'],
      ['spectators', 'متفرجين'],
      ['direct', 'مباشر'],
      ['content with', 'اكتفي'],
      ['sanction', 'عقوبات'],
      ['condition', 'حاله'],
      ['died', 'نفقت'],
      ['survivors', 'ناجين'],
      ['ID', 'هويه'],
      ['id', 'هويه'],
      ['account', 'حساب'],
      ['watchdog', 'رقابه'],
      ['seize', 'ضبط'],
      ['right', 'يحق'],
      ['present', 'موجود'],
      ['built', 'نفذته'],
      ['HQ', 'مقر'],
      ['supported', 'تاييد'],
      ['shout', 'هتف'],
      ['compete', 'منافسه'],
      ['gang', 'شبكه'],
      ['equipment', 'جهاز'],
      ['spotted', 'رصد'],
      ['desalination', 'تحليه'],
      ['capacity', 'طاقه'],
      ['supply', 'تزود'],
      ['gendarmes', 'الدرك'],
      ['development', 'تنميه'],
      ['discharge', 'تصريف'],
      ['MW', 'ميغاواط'],
      ['mw', 'ميغاواط'],
      ['megawatts', 'ميجاواط'],
      ['subjects', 'مواد'],
      ['telegram', 'تلغرام'],
      ['channel', 'قناه'],
      ['posted', 'نشر'],
      ['redo', 'اعاده'],
      ['attorney general', 'النايب العام'],
      ['verdict', 'حكم'],
      ['filed', 'رفع'],
      ['penal code', 'قانون العقوبات'],
      ['articles', 'مواد'],
      ['owns', 'ملكيه'],
      ['owner', 'مالك'],
      ['spill', 'تسرب'],
      ['case', 'دعوي'],
      ['reporter', 'صحافي'],
      ['thieves', 'لصوص'],
      ['founded', 'تاسس'],
      ['vehicle', 'شاحنه'],
      ['spot', 'رصد'],
      ['in charge', 'اشراف'],
      ['cctv', 'كاميرات المراقبه'],
      ['worth', 'قيمه'],
      ['recovered', 'انتشال'],
      ['sank', 'انقلب'],
      ['sink', 'غرق'],
      ['distress call', 'استغاثه'],
      ['school year', 'العام الدراسي'],
      ['school days', 'ايام دراسيه'],
      ['rolling', 'بالتناوب'],
      ['broke down', 'تعطل'],
      ['temp', 'الحراره'],
      ['old', 'السابق'],
      ['coast guard', 'خفر السواحل'],
      ['get inside', 'تسلل'],
      ['broke in', 'اقتحم'],
      ['looking into', 'يدرسون'],
      ['motive', 'فرضيه'],
      ['resign', 'استقال'],
      ['resignation', 'استقالته'],
      ['backed', 'تاييد'],
      ['invalid', 'ملغاه'],
      ['intensive', 'مكثف'],
      ['revealed', 'كشف'],
      ['insist', 'اصر'],
      ['together', 'مشترك'],
      ['arenas', 'مجالات'],
      ['allegedly', 'المزعوم'],
      ['believed', 'يرجح'],
      ['gaps', 'ثغرات'],
      ['store', 'تخزين'],
      ['caught fire', 'اندلع'],
      ['identified', 'التعرف'],
      ['body', 'جثه'],
      ['missing', 'مفقودين'],
    ]);
  });

  it('keeps the acronym US apart from the pronoun us', () => {
    expect(hasStem(lexicon.translations('US'), 'الولايات المتحده')).toBe(true);
    expect(hasStem(lexicon.translations('us'), 'الولايات')).toBe(false);
  });

  it('reads acronyms typed in lower case where that is no English word (gdp, imf), not who or us', () => {
    expect(lexicon.translations('gdp')).toEqual(lexicon.translations('GDP'));
    expect(lexicon.translations('imf')).toEqual(lexicon.translations('IMF'));
    expect(lexicon.translations('who')).not.toEqual(lexicon.translations('WHO'));
    // A chief executive as news titles one, and the IMF and VAT by their French acronyms.
    expect(lexicon.translations('ceo')).toContain('الرئيس التنفيذي');
    expect(lexicon.translations('icu')).toContain('العناية المركزة');
  });

  it('reads the weather as its service too, الأرصاد الجوية, as news names it', () => {
    expect(lexicon.translations('weather')).toContain('الأرصاد الجوية');
    expect(lexicon.translations('weather')).toContain('الطقس');
  });

  it("reads a union's head as its نقيب", () => {
    expect(lexicon.translations('head')).toContain('نقيب');
    expect(lexicon.translations('heads')).toContain('نقيبة');
    expect(lexicon.translations('FMI')).toEqual(lexicon.translations('IMF'));
    expect(lexicon.translations('TVA')).toEqual(lexicon.translations('VAT'));
  });

  it('fails with a clear error when the file is missing, corrupt or of another format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    expect(() => loadLexicon(join(dir, 'nope.tsv.gz'))).toThrow(/lexicon not found/);

    const truncated = join(dir, 'truncated.tsv.gz');
    writeFileSync(truncated, readFileSync(new URL('../models/lexicon/eng-ara.tsv.gz', import.meta.url)).subarray(0, 5000));
    expect(() => loadLexicon(truncated)).toThrow(/corrupt/);

    const json = join(dir, 'old.json.gz');
    writeFileSync(json, gzipSync(JSON.stringify({ minister: ['الوزير'] })));
    expect(() => loadLexicon(json)).toThrow(/corrupt.*header/);

    const plain = join(dir, 'plain.tsv');
    writeFileSync(plain, '# eng-ara-lexicon/1 test\nminister\tالوزير\n');
    expect(loadLexicon(plain).translations('minister')).toEqual(['الوزير']);
  });
});

describe('analyzeEnglishQuestion: inflected words reach their lemma', () => {
  it.each([
    ['What sanctions were imposed on Iran?', 'sanctions', 'عقوب'],
    ['What did Khamenei say?', 'say', 'قال'],
    ['What has the leader said about the west?', 'said', 'قال'],
    ['Who met the delegation?', 'met', 'اجتمع'],
    ['Who took the decision?', 'took', 'اخذ'],
    ['Who spoke first?', 'spoke', 'تكلم'],
    ['Where the delegation went?', 'went', 'ذهب'],
    ['Which forces are present?', 'forces', 'قوات'],
    ['Where are the borders?', 'borders', 'حدود'],
    ['Which countries were angered?', 'countries', 'بلد'],
    ['Who visited Tehran?', 'visited', 'زار'],
    ['What did the parties discuss?', 'discuss', 'ناقش'],
  ])('%s → %s ~ %s', (question, surface, stem) => {
    const { terms } = analyzeEnglishQuestion(question, lexicon);
    expect(hasStem(term(terms, surface).translations, stem)).toBe(true);
  });

  it('gives the lemma it looked up', () => {
    const { terms } = analyzeEnglishQuestion('Shoigu said the ministers met', lexicon);
    expect(term(terms, 'said').lemma).toBe('say');
    expect(term(terms, 'met').lemma).toBe('meet');
    expect(term(terms, 'ministers').lemma).toBe('minister');
  });

  it('bridges British and American spelling', () => {
    for (const q of ['What about defence?', 'What about defense?']) {
      const [only] = analyzeEnglishQuestion(q, lexicon).terms;
      expect(hasStem(only!.translations, 'دفاع')).toBe(true);
    }
    // "organisations" is only in the dictionary with a z.
    const fallback = createLexicon({ organization: ['المنظمة'] }, {});
    expect(analyzeEnglishQuestion('Which organisations?', fallback).terms[0]?.translations).toEqual(['المنظمة']);
  });
});

describe('analyzeEnglishQuestion: phrases', () => {
  it('prefers the longest multi-word headword over its words', () => {
    const { terms } = analyzeEnglishQuestion('Why did the United States object?', lexicon);
    const us = term(terms, 'United States');
    expect(us.kind).toBe('phrase');
    expect(hasStem(us.translations, 'الولايات المتحده')).toBe(true);
    expect(terms.some((t) => t.surface === 'United' || t.surface === 'States')).toBe(false);
    // A supreme leader is news Arabic's leader by any of its words, not "supreme" and "leader".
    const leader = term(analyzeEnglishQuestion('What did the Supreme Leader say?', lexicon).terms, 'Supreme Leader');
    expect(['قائد', 'مرشد'].every((stem) => hasStem(leader.translations, stem))).toBe(true);
    // A tournament is one name, not "world" and "cup".
    const cup = term(analyzeEnglishQuestion('who won the 2022 world cup', lexicon).terms, 'world cup');
    expect(cup.kind).toBe('phrase');
    expect(hasStem(cup.translations, 'كاس العالم')).toBe(true);
    const rate = term(analyzeEnglishQuestion("what's the dinar to dollar exchange rate", lexicon).terms, 'exchange rate');
    expect(hasStem(rate.translations, 'سعر الصرف')).toBe(true);
  });

  it('matches a phrase whose head noun is inflected', () => {
    const { terms } = analyzeEnglishQuestion('What did the foreign ministers discuss?', lexicon);
    const fm = term(terms, 'foreign ministers');
    expect(fm.lemma).toBe('foreign minister');
    expect(hasStem(fm.translations, 'وزير الخارجيه')).toBe(true);
  });

  it('matches a verb phrase whose verb is inflected, weighed as a word', () => {
    for (const [question, typed, lemma] of [
      ['When the fire broke out, who was there?', 'broke out', 'break out'],
      ['How many countries are taking part?', 'taking part', 'take part'],
      ['Who carried out the attack?', 'carried out', 'carry out'],
    ] as const) {
      const found = term(analyzeEnglishQuestion(question, lexicon).terms, typed);
      expect(found.lemma, question).toBe(lemma);
      // Prose paraphrases a verb ("أجرى" for carried out) as it does a single word.
      expect(found.kind, question).toBe('word');
    }
  });

  it('reads the defence minister as one office', () => {
    const { terms } = analyzeEnglishQuestion('Where did the Russian defence minister go?', lexicon);
    expect(hasStem(term(terms, 'defence minister').translations, 'وزير الدفاع')).toBe(true);
    expect(hasStem(term(terms, 'Russian').translations, 'روسي')).toBe(true);
  });

  it('uses dictionary phrases too', () => {
    const { terms } = analyzeEnglishQuestion('Is it real estate?', lexicon);
    expect(term(terms, 'real estate').kind).toBe('phrase');
  });
});

describe('analyzeEnglishQuestion: question words, stop words and unknown words', () => {
  it.each([
    ['Who met Shoigu?', 'who'],
    ['Whom did he meet?', 'who'],
    ['When did the talks take place?', 'when'],
    ['What year was it?', 'when'],
    ['Where were the talks held?', 'where'],
    ['How many soldiers?', 'how many'],
    ['What did Khamenei say?', 'what'],
    ['Which region?', 'what'],
    ['Why did he go?', 'why'],
    ['Did Iran agree?', null],
  ])('%s → %s', (question, wh) => {
    expect(analyzeEnglishQuestion(question, lexicon).whWord).toBe(wh);
  });

  it('drops question scaffolding and function words', () => {
    const { terms, unknown } = analyzeEnglishQuestion('What does the article say about it, according to the text?', lexicon);
    expect(terms.map((t) => t.lemma)).toEqual(['say']);
    expect(unknown).toEqual([]);
  });

  it('reads chat spellings as the words they stand for', () => {
    const chat = analyzeEnglishQuestion('wat did u hear abt ppl in tehran rn', lexicon);
    const plain = analyzeEnglishQuestion('what did you hear about people in tehran now', lexicon);
    expect(chat.terms.map((t) => t.lemma)).toEqual(plain.terms.map((t) => t.lemma));
    expect(chat.unknown).toEqual([]);
    expect(chat.whWord).toBe('what');
    expect(analyzeEnglishQuestion('which mp wants to question the gov', lexicon).terms.map((t) => t.translations)).toEqual(
      analyzeEnglishQuestion('which MP wants to question the government', lexicon).terms.map((t) => t.translations),
    );
    expect(analyzeEnglishQuestion('when was the uni founded, say the profs', lexicon).terms.map((t) => t.translations)).toEqual(
      analyzeEnglishQuestion('when was the university founded, say the professors', lexicon).terms.map((t) => t.translations),
    );
    // West African and Caribbean English's the, them, that; when and which typed short.
    const pidgin = analyzeEnglishQuestion('wen did dem meet di minister, wich day', lexicon);
    const written = analyzeEnglishQuestion('when did them meet the minister, which day', lexicon);
    expect(pidgin.terms.map((t) => t.lemma)).toEqual(written.terms.map((t) => t.lemma));
    expect(pidgin.unknown).toEqual([]);
    expect(pidgin.whWord).toBe('when');
    const wetin = analyzeEnglishQuestion('abeg wetin di minister seh bout di tanker sef', lexicon);
    expect(wetin.terms.map((t) => t.lemma)).toEqual(analyzeEnglishQuestion('please what the minister say about the tanker even', lexicon).terms.map((t) => t.lemma));
    expect(wetin.whWord).toBe('what');
    // Capitalised only because it opens the question, a chat form is still read; elsewhere capitals name someone.
    const opening = analyzeEnglishQuestion('Wetin di minister seh bout di tanker', lexicon);
    expect(opening.terms.map((t) => t.lemma)).toEqual(analyzeEnglishQuestion('what the minister say about the tanker', lexicon).terms.map((t) => t.lemma));
    expect(opening.whWord).toBe('what');
    expect(analyzeEnglishQuestion('Whit did the minister say', lexicon).whWord).toBe('what');
    // Scots and Taglish: their question words, and Taglish's markers and particles as nothing.
    const scots = analyzeEnglishQuestion('whit time o day did the fire break oot', lexicon);
    expect(scots.terms.map((t) => t.lemma)).toEqual(analyzeEnglishQuestion('what time of day did the fire break out', lexicon).terms.map((t) => t.lemma));
    expect(analyzeEnglishQuestion('whit are fowk bein telt tae dae', lexicon).terms.map((t) => t.lemma)).toEqual(
      analyzeEnglishQuestion('what are folk being told to do', lexicon).terms.map((t) => t.lemma),
    );
    // Hindi and Urdu's question words and postpositions in South Asian English.
    const hinglish = analyzeEnglishQuestion('minister ke mutabiq kitne workers hain, kya limit hai bhai?', lexicon);
    expect(hinglish.whWord).toBe('how many');
    expect(hinglish.terms.map((t) => t.lemma)).toEqual(analyzeEnglishQuestion('minister of according how many workers, what limit?', lexicon).terms.map((t) => t.lemma));
    // Its everyday words too, many of them Arabic's and Persian's: the place, the statement, the countries.
    const urdu = analyzeEnglishQuestion('raid kis jagah hui thi, aur Shoigu ka bayan kis mulkon ke khilaf tha?', lexicon);
    expect(urdu.terms.map((t) => t.lemma)).toEqual(
      analyzeEnglishQuestion('raid which place, and Shoigu of statement which countries of against?', lexicon).terms.map((t) => t.lemma),
    );
    expect(analyzeEnglishQuestion('statue ki chori ke baad purana record pehli baar wapas', lexicon).terms.map((t) => t.lemma)).toEqual(
      analyzeEnglishQuestion('statue of theft of after old record first time back', lexicon).terms.map((t) => t.lemma),
    );
    const taglish = analyzeEnglishQuestion('sino yung nag-donate sa hospital daw po', lexicon);
    expect(taglish.whWord).toBe('who');
    // Its "how many" (ilan) is written out as two words, which ask a count.
    expect(analyzeEnglishQuestion('ilan yung namatay sa fire', lexicon).whWord).toBe('how many');
    expect(taglish.terms.map((t) => t.lemma)).toEqual(analyzeEnglishQuestion('who the nag-donate in hospital', lexicon).terms.map((t) => t.lemma));
    // Nor do the lady and the lads who are asked about.
    expect(analyzeEnglishQuestion('what did the farmer lady say about the civil defence lads', lexicon).terms.map((t) => t.lemma)).toEqual(
      analyzeEnglishQuestion('what did the farmer say about the civil defence', lexicon).terms.map((t) => t.lemma),
    );
    // Chat's vague "thing" names nothing; things counted do.
    expect(analyzeEnglishQuestion('how much did the whole thing cost to build', lexicon).terms.map((t) => t.lemma)).toEqual(
      analyzeEnglishQuestion('how much did the whole cost to build', lexicon).terms.map((t) => t.lemma),
    );
    expect(analyzeEnglishQuestion('how many things did the enemy attack', lexicon).terms.map((t) => t.lemma)).toContain('thing');
    // In a question typed in Arabizi, dem is blood (دم), not Pidgin's them.
    expect(analyzeEnglishQuestion('ch7al wa7ed tbara3 b dem', lexicon).unknown).toContain('dem');
  });

  it('reads negations and contractions, typed with or without their apostrophe, as function words', () => {
    const plain = analyzeEnglishQuestion('why can the unions agree on the pensions?', lexicon);
    for (const typed of ["why can't the unions agree on the pensions?", 'why cant the unions agree on the pensions?', "why won't the unions agree on the pensions?", 'why dont the unions agree on the pensions?']) {
      const { terms, unknown } = analyzeEnglishQuestion(typed, lexicon);
      expect(terms.map((t) => t.lemma), typed).toEqual(plain.terms.map((t) => t.lemma));
      expect(unknown, typed).toEqual([]);
    }
  });

  it('renders the words of a labour dispute and its protests as news writes them: a strike, a union, pay, arrests', () => {
    const { terms } = analyzeEnglishQuestion('how long will the union strike over pay last?', lexicon);
    expect(hasStem(term(terms, 'strike').translations, 'إضراب')).toBe(true);
    expect(hasStem(term(terms, 'union').translations, 'نقابة')).toBe(true);
    expect(hasStem(term(terms, 'pay').translations, 'الرواتب')).toBe(true);
    const protest = analyzeEnglishQuestion('how many were arrested or injured at the rally?', lexicon).terms;
    expect(hasStem(term(protest, 'arrested').translations, 'أوقفت')).toBe(true);
    expect(hasStem(term(protest, 'injured').translations, 'المصابين')).toBe(true);
    expect(hasStem(term(protest, 'rally').translations, 'مسيرة')).toBe(true);
  });

  it('renders the words of an accident and its aftermath as news writes them: a death met, a collision, who heads a body, fees', () => {
    const { terms } = analyzeEnglishQuestion('how many people died in the crash?', lexicon);
    expect(hasStem(term(terms, 'died').translations, 'مصرع')).toBe(true);
    expect(hasStem(term(terms, 'crash').translations, 'الاصطدام')).toBe(true);
    const inquiry = analyzeEnglishQuestion('who heads the inquiry and what are the fees?', lexicon).terms;
    expect(hasStem(term(inquiry, 'heads').translations, 'يرأس')).toBe(true);
    expect(hasStem(term(inquiry, 'fees').translations, 'رسوم')).toBe(true);
  });

  it('renders the words of a stock-market listing and a reshuffle as news writes them: an offering, subscribers, a listing, debt, a post kept', () => {
    const { terms } = analyzeEnglishQuestion('how many subscribers did the IPO draw before the shares were listed on the stock exchange?', lexicon);
    expect(hasStem(term(terms, 'subscribers').translations, 'مكتتب')).toBe(true);
    expect(hasStem(term(terms, 'IPO').translations, 'اكتتاب')).toBe(true);
    expect(hasStem(term(terms, 'listed').translations, 'إدراج')).toBe(true);
    expect(hasStem(term(terms, 'stock exchange').translations, 'البورصة')).toBe(true);
    const kept = analyzeEnglishQuestion('how many ministers kept their posts?', lexicon).terms;
    expect(hasStem(term(kept, 'kept').translations, 'احتفظ')).toBe(true);
    const debt = analyzeEnglishQuestion('how much debt does the airline carry?', lexicon).terms;
    expect(hasStem(term(debt, 'debt').translations, 'ديون')).toBe(true);
  });

  it('renders banknotes, their denominations, cash machines, protests, chants, charges, riot police, firing at someone and how far as news writes them', () => {
    const notes = analyzeEnglishQuestion('What is the largest banknote denomination?', lexicon).terms;
    expect(hasStem(term(notes, 'banknote').translations, 'نقدية')).toBe(true);
    expect(hasStem(term(notes, 'denomination').translations, 'الفئة')).toBe(true);
    expect(hasStem(term(analyzeEnglishQuestion('how many notes were printed in total?', lexicon).terms, 'notes').translations, 'النقدية')).toBe(true);
    const riot = analyzeEnglishQuestion('what did the riot police fire at the protests', lexicon).terms;
    expect(hasStem(term(riot, 'riot police').translations, 'الشغب')).toBe(true);
    expect(hasStem(term(riot, 'fire at').translations, 'أطلق')).toBe(true);
    expect(hasStem(term(riot, 'protests').translations, 'مظاهرات')).toBe(true);
    const atms = analyzeEnglishQuestion('how many ATMs need new software, and is there an atm at the airport?', lexicon).terms;
    expect(hasStem(term(atms, 'ATM').translations, 'صراف')).toBe(true);
    expect(hasStem(term(atms, 'atm').translations, 'صراف')).toBe(true);
    const court = analyzeEnglishQuestion('what charges did the students face, and what chants did they shout', lexicon).terms;
    expect(hasStem(term(court, 'charges').translations, 'تهم')).toBe(true);
    expect(hasStem(term(court, 'chants').translations, 'هتافات')).toBe(true);
    const distance = analyzeEnglishQuestion('how far is the capital from the port?', lexicon).terms;
    expect(hasStem(term(distance, 'how far').translations, 'مسافة')).toBe(true);
    expect(hasStem(term(analyzeEnglishQuestion('how far along were the works?', lexicon).terms, 'how far along').translations, 'إنجاز')).toBe(true);
  });

  it('renders railways, derailed coaches overturning, repairs and services restored as news writes them', () => {
    const line = analyzeEnglishQuestion('Between which two cities does the rail line run?', lexicon).terms;
    expect(hasStem(term(line, 'rail').translations, 'الحديدي')).toBe(true);
    const crash = analyzeEnglishQuestion('how many coaches overturned after the railway crash?', lexicon).terms;
    expect(hasStem(term(crash, 'coaches').translations, 'عربات')).toBe(true);
    expect(hasStem(term(crash, 'overturned').translations, 'انقلبت')).toBe(true);
    expect(hasStem(term(crash, 'railway').translations, 'السكك')).toBe(true);
    const repair = analyzeEnglishQuestion('How long will the repair take before services are restored?', lexicon).terms;
    expect(hasStem(term(repair, 'repair').translations, 'إصلاح')).toBe(true);
    expect(hasStem(term(repair, 'restored').translations, 'استعادة')).toBe(true);
  });

  it('renders a restoration, smartphones and the lycée, a resort\'s springs and pools, a dish, posts online, lasting, a coffee shop and the deaf as news writes them', () => {
    // A building or an old machine restored is one repaired (رُمّم، ترميم).
    const restored = analyzeEnglishQuestion('How much did the restoration of the restored locomotive cost?', lexicon).terms;
    expect(hasStem(term(restored, 'restoration').translations, 'ترميم')).toBe(true);
    expect(hasStem(term(restored, 'restored').translations, 'رممت')).toBe(true);
    const ban = analyzeEnglishQuestion('When does the ban on smartphones start in the lycées?', lexicon).terms;
    expect(hasStem(term(ban, 'smartphones').translations, 'الهواتف الذكية')).toBe(true);
    expect(hasStem(term(ban, 'lycées').translations, 'الثانوية')).toBe(true);
    const resort = analyzeEnglishQuestion('How many pools does the hot spring resort have?', lexicon).terms;
    expect(hasStem(term(resort, 'resort').translations, 'منتجع')).toBe(true);
    expect(hasStem(term(resort, 'pools').translations, 'أحواض')).toBe(true);
    expect(hasStem(term(resort, 'spring').translations, 'ينابيع')).toBe(true);
    const dish = analyzeEnglishQuestion('How many posts online praised the winning dish?', lexicon).terms;
    expect(hasStem(term(dish, 'dish').translations, 'طبق')).toBe(true);
    expect(hasStem(term(dish, 'posts').translations, 'منشورات')).toBe(true);
    // The verb "last" in the past, which the dictionary had as مدام.
    expect(hasStem(term(analyzeEnglishQuestion('How long have the works lasted?', lexicon).terms, 'lasted').translations, 'استمرت')).toBe(true);
    expect(hasStem(term(analyzeEnglishQuestion('Where is the coffee shop where the deaf meet?', lexicon).terms, 'coffee shop').translations, 'مقهى')).toBe(true);
    expect(hasStem(term(analyzeEnglishQuestion('Where is the coffee shop where the deaf meet?', lexicon).terms, 'deaf').translations, 'الصم')).toBe(true);
  });

  it('renders passwords, e-mail, a deadline and malware as news about computer crime writes them', () => {
    const leak = analyzeEnglishQuestion('were passwords stolen through the phishing email before the deadline?', lexicon).terms;
    expect(hasStem(term(leak, 'passwords').translations, 'المرور')).toBe(true);
    expect(hasStem(term(leak, 'email').translations, 'رسالة')).toBe(true);
    expect(hasStem(term(leak, 'deadline').translations, 'مهلة')).toBe(true);
    expect(hasStem(term(leak, 'phishing').translations, 'تصيد')).toBe(true);
  });

  it('reports untranslatable content words for name matching, as typed', () => {
    const { terms, unknown } = analyzeEnglishQuestion("When did Shoigu visit Tehran and meet al-Ashtiani's deputy?", lexicon);
    expect(unknown).toEqual(['Shoigu', 'Ashtiani']);
    expect(term(terms, 'Tehran').kind).toBe('name');
    expect(hasStem(term(terms, 'Tehran').translations, 'طهران')).toBe(true);
    expect(term(terms, 'visit').kind).toBe('word');
  });

  it('treats an all-caps question as words, not acronyms', () => {
    const { whWord, unknown } = analyzeEnglishQuestion('WHO IS SHOIGU', lexicon);
    expect(whWord).toBe('who');
    expect(unknown).toEqual(['SHOIGU']);
  });

  it('takes hedges and forms of address for no words of the topic', () => {
    const { terms } = analyzeEnglishQuestion('Sir, I wonder whether Khamenei really said, perhaps, how many things the enemy attacked?', lexicon);
    for (const hedge of ['sir', 'whether', 'really', 'perhaps']) expect(terms.some((t) => t.surface.toLowerCase() === hedge)).toBe(false);
    expect(terms.some((t) => t.surface === 'enemy')).toBe(true);
    const chat = analyzeEnglishQuestion('how many workers even walked off the job anyway, actually?', lexicon).terms;
    for (const hedge of ['actually', 'anyway', 'even']) expect(chat.some((t) => t.surface.toLowerCase() === hedge), hedge).toBe(false);
  });

  it('keeps numbers as their own translation', () => {
    const { terms } = analyzeEnglishQuestion('What happened in 2023?', lexicon);
    expect(term(terms, '2023').translations).toEqual(['2023']);
  });

  it('turns the content of a real question into words the article contains', () => {
    const article = norm(readFileSync(new URL('../data/article.txt', import.meta.url), 'utf8'));
    const { terms } = analyzeEnglishQuestion(
      'What did Khamenei say about the borders of resistance and the foreign forces in the region?',
      lexicon,
    );
    for (const t of terms) {
      expect(t.translations.some((tr) => article.includes(norm(tr).replace(/^ال/, ''))), t.surface).toBe(true);
    }
    expect(terms.length).toBeGreaterThanOrEqual(5);
  });
});

describe('analyzeEnglishQuestion: curated vocabulary and question frames', () => {
  it('reads a curated participle on its own, not through its lemma', () => {
    const born = term(analyzeEnglishQuestion('Where was he born?', lexicon).terms, 'born');
    expect(hasStem(born.translations, 'ولد')).toBe(true);
    expect(hasStem(born.translations, 'الدب')).toBe(false); // "bear" the animal
    const found = term(analyzeEnglishQuestion('Who founded the state?', lexicon).terms, 'founded');
    expect(hasStem(found.translations, 'تاسست')).toBe(true);
  });

  it('reads "made of" as what a thing consists of and "top" as the highest, not make and summit', () => {
    const made = term(analyzeEnglishQuestion('What is the dam made of?', lexicon).terms, 'made of');
    expect(hasStem(made.translations, 'يتكون')).toBe(true);
    const top = term(analyzeEnglishQuestion('What is the top award of the festival?', lexicon).terms, 'top');
    expect(hasStem(top.translations, 'ارفع')).toBe(true);
  });

  it('finds an event held, a city among the cities and a death as Arabic says them', () => {
    const held = term(analyzeEnglishQuestion('Where did the 2006 World Cup take place?', lexicon).terms, 'take place');
    expect(hasStem(held.translations, 'اقيمت')).toBe(true);
    const city = term(analyzeEnglishQuestion('What is the largest city?', lexicon).terms, 'city');
    expect(hasStem(city.translations, 'مدن')).toBe(true);
    for (const [question, surface] of [['When did he pass away?', 'pass away'], ['When had he passed away?', 'passed away']] as const) {
      expect(hasStem(term(analyzeEnglishQuestion(question, lexicon).terms, surface).translations, 'وفاته'), question).toBe(true);
    }
    for (const [question, surface] of [['How many people lost their lives?', 'lost their lives'], ['Did anyone lose his life?', 'lose his life']] as const) {
      expect(hasStem(term(analyzeEnglishQuestion(question, lexicon).terms, surface).translations, 'مصرع'), question).toBe(true);
    }
  });

  it('reads money borrowed, food served and a suit filed as news says them, not a book lent, a tennis serve or a dictionary participle', () => {
    const borrowed = term(analyzeEnglishQuestion('How much did the farmer borrow?', lexicon).terms, 'borrow');
    expect(hasStem(borrowed.translations, 'اقترض')).toBe(true);
    const served = term(analyzeEnglishQuestion('How many cups of coffee were served?', lexicon).terms, 'served');
    expect(hasStem(served.translations, 'يقدم')).toBe(true);
    expect(hasStem(term(analyzeEnglishQuestion('How many cups of coffee were served?', lexicon).terms, 'cups').translations, 'فنجان')).toBe(true);
    expect(hasStem(term(analyzeEnglishQuestion('Who sued the company?', lexicon).terms, 'sued').translations, 'مقاضاه')).toBe(true);
  });

  it('replaces the dictionary imperatives of common verbs with the forms articles use', () => {
    const begin = lexicon.translations('begin');
    expect(begin).toContain('بدأ');
    expect(begin).toContain('بدأت');
    expect(begin).not.toContain('ابدأ');
    // Defective verbs take the feminine ت in place of their final letter.
    expect(lexicon.translations('end')).toContain('انتهت');
  });

  it('reads a Roman numeral after a capitalised word as an ordinal', () => {
    expect(term(analyzeEnglishQuestion('When did World War II end?', lexicon).terms, 'II').lemma).toBe('second');
    expect(term(analyzeEnglishQuestion('When was Suleiman III born?', lexicon).terms, 'III').lemma).toBe('third');
    expect(analyzeEnglishQuestion('Can I ask about the war?', lexicon).terms.map((t) => t.lemma)).not.toContain('first');
  });

  it('keeps an acronym the lexicon lacks whole, for name matching', () => {
    const { terms, unknown } = analyzeEnglishQuestion('How many people have AIDS?', lexicon);
    expect(unknown).toEqual(['AIDS']);
    expect(terms.some((t) => t.lemma === 'aid')).toBe(false);
  });

  it('reads a plural acronym (MPs) as its acronym, not as an unknown name', () => {
    const { terms, unknown } = analyzeEnglishQuestion('How many MPs voted against the motion?', lexicon);
    expect(unknown).toEqual([]);
    expect(hasStem(term(terms, 'MP').translations, 'نائب')).toBe(true);
  });

  it('marks question frames and number words, which weigh little', () => {
    const { terms } = analyzeEnglishQuestion('How long did the two wars last, and in what year did they end?', lexicon);
    expect(term(terms, 'How long').kind).toBe('frame');
    expect(term(terms, 'two').kind).toBe('frame');
    expect(term(terms, 'what year').kind).toBe('frame');
    expect(term(terms, 'wars').kind).toBe('word');
    // "Last" says again what "how long" asks; elsewhere it is a word of the question.
    expect(term(terms, 'last').kind).toBe('frame');
    expect(term(analyzeEnglishQuestion('Where did the strike last for two days?', lexicon).terms, 'last').kind).toBe('word');
  });

  it('treats a capitalised common word inside a name as a word, the name proper as a name', () => {
    const { terms, unknown } = analyzeEnglishQuestion('When did the Battle of Badr and the Ottoman conquest happen?', lexicon);
    expect(term(terms, 'Battle').kind).toBe('word');
    expect(term(terms, 'Ottoman').kind).toBe('name');
    expect(unknown).toEqual(['Badr']);
  });

  it('drops the verb of a question put as a request', () => {
    const { terms } = analyzeEnglishQuestion('Give one example of his inventions.', lexicon);
    expect(terms.some((t) => t.lemma === 'give')).toBe(false);
    expect(terms.some((t) => t.surface === 'inventions')).toBe(true);
  });

  it('keeps decimal numbers whole', () => {
    expect(term(analyzeEnglishQuestion('When did the rate rise to 2.2%?', lexicon).terms, '2.2').translations).toEqual(['2.2']);
  });
});
