import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { NameMatcher } from '../src/translate/index.js';
import { oneTypoAway } from '../src/translate/spelling.js';

/** The article's words as written (diacritics and hamza kept), punctuation dropped. */
const articleTokens = readFileSync(new URL('../data/article.txt', import.meta.url), 'utf8').match(/[\p{L}\p{M}\p{N}]+/gu)!;

let matcher: NameMatcher;
beforeAll(() => {
  matcher = new NameMatcher(articleTokens);
});

describe('NameMatcher on the article', () => {
  it.each([
    ['Shoigu', 'شويغو'],
    ['Shoygu', 'شويغو'],
    ['Khamenei', 'الخامنئي'],
    ['Khamenai', 'الخامنئي'],
    ['Ashtiani', 'آشتياني'],
    ['Ashtiyani', 'آشتياني'],
    ['Ahmadian', 'أحمديان'],
    ['Ahmadiyan', 'أحمديان'],
    ['Tehran', 'طهران'],
    ['Teheran', 'طهران'],
    ['Moscow', 'موسكو'],
    ['Moskow', 'موسكو'],
    ['SHOIGU', 'شويغو'],
  ])('%s → %s', (latin, arabic) => {
    const [best] = matcher.match(latin);
    expect(best?.token).toBe(arabic);
    expect(best!.score).toBeGreaterThanOrEqual(0.85);
    expect(best!.score).toBeLessThanOrEqual(1);
  });

  it('reads the digits Arabizi types for letters: 3 ع, 7 ح, 9 ق, and 2 as ء or the ق said so', () => {
    expect(matcher.match('3o9oubat').map((r) => r.token)).toContain('العقوبات');
    expect(matcher.match('i2limi').map((r) => r.token)).toContain('الإقليمي');
    expect(matcher.match('7odoud').map((r) => r.token)).toContain('حدود');
  });

  it('reads the 8 Arabizi types for غ, and for ق where the Gulf and Iraq type it so (mante8a, mu8awama)', () => {
    const gulf = new NameMatcher(['المنطقة', 'المقاومة', 'الغربية']);
    expect(gulf.match('mante8a').map((r) => r.token)).toContain('المنطقة');
    expect(gulf.match('mu8awama').map((r) => r.token)).toContain('المقاومة');
    expect(gulf.match('8arbiya').map((r) => r.token)).toContain('الغربية');
  });

  it('reads the 6 the Gulf and the Levant type for ط (man6i2a, 6areeq)', () => {
    const typed = new NameMatcher(['المنطقة', 'الطريق', 'الأطفال']);
    expect(typed.match('man6i2a').map((r) => r.token)).toContain('المنطقة');
    expect(typed.match('6areeq').map((r) => r.token)).toContain('الطريق');
    expect(typed.match('a6fal').map((r) => r.token)).toContain('الأطفال');
  });

  it('reads the 2 Arabizi types for a hamza on its seat (ئ, ؤ) as well', () => {
    const seated = new NameMatcher(['الشواطئ', 'مسائل', 'التعاون']);
    expect(seated.match('shawate2').map((r) => r.token)).toContain('الشواطئ');
    expect(seated.match('masa2el').map((r) => r.token)).toContain('مسائل');
  });

  it('reads a word typed in Arabizi as an Arabic word, none of its short vowels written, when told so', () => {
    // A name spells its long vowels out; a word typed as said meets a native word that writes none.
    for (const [typed, word] of [['kalam', 'كلمة'], ['7asab', 'حسب']]) {
      expect(matcher.match(typed!), typed).toEqual([]);
      expect(matcher.match(typed!, true).map((r) => r.token), typed).toContain(word);
    }
  });

  it('meets a word typed in Arabizi in the form it is said, whatever ending the article gives it', () => {
    const said = new NameMatcher(['أعلنت', 'قالوا', 'الافتتاح']);
    expect(said.match('a3lan', true).map((r) => r.token)).toContain('أعلنت');
    expect(said.match('9al', true).map((r) => r.token)).toContain('قالوا');
    // Two letters alike with a short vowel between, which the Arabic skeleton folds into one.
    expect(said.match('ftita7', true).map((r) => r.token)).toContain('الافتتاح');
    // A name is spelt whole: the ending is part of it.
    expect(said.match('Aalan').map((r) => r.token)).toEqual([]);
  });

  it('meets a word typed with a short vowel before its hamza or ق typed as 2, which Arabic does not write', () => {
    const seats = new NameMatcher(['رئيس', 'دقيقة']);
    expect(seats.match('ra2ees', true).map((r) => r.token)).toContain('رئيس');
    expect(seats.match('ra2is', true).map((r) => r.token)).toContain('رئيس');
    expect(seats.match('da2i2a', true).map((r) => r.token)).toContain('دقيقة');
  });

  it('also finds the name behind a joined conjunction, ranked after the bare spelling', () => {
    const results = matcher.match('Tehran');
    expect(results.map((r) => r.token)).toEqual(['طهران', 'وطهران']);
    expect(results[0]!.score).toBeGreaterThanOrEqual(results[1]!.score);
  });

  it.each(['capital', 'France', 'Putin', 'Ukraine', 'Washington', 'Beijing', 'Syria', 'Raisi', 'minister', 'resistance', 'Ali'])(
    'finds nothing for %s',
    (latin) => {
      expect(matcher.match(latin)).toEqual([]);
    },
  );

  it('returns nothing for input without Latin letters', () => {
    expect(matcher.match('')).toEqual([]);
    expect(matcher.match('2023')).toEqual([]);
    expect(matcher.match('شويغو')).toEqual([]);
  });

  it('returns vocabulary tokens exactly as given, best first', () => {
    const m = new NameMatcher(['شويغو:', 'شويغو:', 'والخامنئي', 'الخامنئي', 'كتاب']);
    expect(m.match('Shoigu')).toEqual([{ token: 'شويغو:', score: 1 }]);
    const khamenei = m.match('Khamenei');
    expect(khamenei.map((r) => r.token)).toEqual(['الخامنئي', 'والخامنئي']);
  });

  it.each([
    ['Omar', 'عمر'], // a first vowel may be ع
    ['Othman', 'عثمان'],
    ['Tayyip', 'طيب'], // ay between consonants is ي alone
    ['AIDS', 'إيدز'], // a final s sounds z
    ['Cemal', 'جمال'], // Turkish c is j
    ['Sichuan', 'سيتشوان'], // ch may be تش
    ['Churchill', 'تشرشل'],
    ['Khashoggi', 'خاشقجي'], // Turkish and Persian g may be ق
    ['Koch', 'كوخ'], // German ch is خ
    ['Gogh', 'غوخ'], // Dutch gh is خ
    ['Zheng', 'تشنغ'], // Chinese zh is تش
    ['Guérin', 'غيران'], // the u of gu before e or i is silent
    ['Kaleel', 'خليل'], // kh typed without its h
  ])('matches %s to %s in a vocabulary of other words too', (latin, arabic) => {
    const m = new NameMatcher([arabic, 'كتاب', 'الحرب', 'مدينة', 'سوريا']);
    expect(m.match(latin)[0]?.token).toBe(arabic);
  });

  it('matches a name of one consonant by its whole skeleton only, and only from four symbols', () => {
    const m = new NameMatcher(['قايا', 'عالي', 'علي', 'كتاب']);
    expect(m.match('Kaya')).toEqual([{ token: 'قايا', score: 1 }]);
    expect(m.match('Kayo')).toEqual([]);
    // Ali's three symbols are also عالي, "high".
    expect(m.match('Ali')).toEqual([]);
  });

  it('reads a final e after a consonant as silent, so that a dictionary word can still be a name spelt alike', () => {
    // Louvre is also a dictionary word (الكوّة): its name spelling must score 0.9 to count.
    const m = new NameMatcher(['اللوفر', 'كتاب', 'متحف']);
    expect(m.match('Louvre')[0]).toEqual({ token: 'اللوفر', score: 1 });
  });

  it('knows which words and stems the vocabulary has', () => {
    const m = new NameMatcher(['وأوروبا', 'الصين']);
    expect(m.contains('أوروبا')).toBe(true);
    expect(m.contains('الصين')).toBe(true);
    expect(m.contains('صين')).toBe(true);
    expect(m.contains('أمريكا')).toBe(false);
    expect(m.contains('الصين أمريكا')).toBe(false);
    expect(m.contains('')).toBe(false);
  });

  it('finds a name typed with the article joined (albarqawi, elqasimi), where the whole word meets none', () => {
    const m = new NameMatcher(['وأكد', 'البرقاوي', 'أن', 'القاسمي']);
    expect(m.match('albarqawi')[0]?.token).toBe('البرقاوي');
    expect(m.match('Elqasimi')[0]?.token).toBe('القاسمي');
  });

  it('does not take the Arabic article for part of a Latin name', () => {
    // الودّ is "the affection": with its article kept, its skeleton would equal "allude"'s.
    expect(new NameMatcher(['الودّ']).match('allude')).toEqual([]);
  });
});

// Its speed is measured by `npm run bench` (per-question latency of English questions).
describe('NameMatcher on a large vocabulary', () => {
  let big: NameMatcher;
  beforeAll(() => {
    // A realistic vocabulary: 5,000 distinct Arabic words of the committed lexicon.
    const tsv = gunzipSync(readFileSync(new URL('../models/lexicon/eng-ara.tsv.gz', import.meta.url))).toString('utf8');
    const words = new Set<string>();
    for (const line of tsv.split('\n').slice(1)) {
      for (const tr of line.split('\t').slice(1)) if (!tr.includes(' ') && words.size < 5000) words.add(tr);
      if (words.size >= 5000) break;
    }
    big = new NameMatcher([...words, ...articleTokens]);
  });

  it('still finds the name among 5,000 other words', () => {
    expect(big.match('Shoigu')[0]?.token).toBe('شويغو');
    expect(big.match('Ashtiani')[0]?.token).toBe('آشتياني');
  });

  it('finds the same words for spellings a typo away as it does for each spelling read whole', () => {
    // exactMatchesAmong reads a spelling on from where it leaves the typed word; read alone, each
    // spelling is read from its first letter. The typed words take every special reading: soft and
    // hard c, gu before e, ay, sch, a final s, e and h, a first vowel, letters outside a–z.
    const typed = ['soigu', 'kamenei', 'tehan', 'ashtyani', 'guevara', 'cyrus', 'zayed', 'schumpeter', 'nikes', 'fatemeh', 'omar', 'börte', 'paleoclimatologists'];
    for (const word of typed) {
      const spellings = oneTypoAway(word).flat();
      const whole = new Set(spellings.flatMap((spelling) => [...big.exactMatchesAmong(spelling, [spelling])]));
      expect([...big.exactMatchesAmong(word, spellings)].sort(), word).toEqual([...whole].sort());
    }
    expect(big.exactMatchesAmong('soigu', oneTypoAway('soigu').flat())).toContain('شويغو');
  });
});
