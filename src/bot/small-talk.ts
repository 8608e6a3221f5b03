/**
 * Messages that greet or thank rather than ask, or ask about the article itself (its source,
 * its headline) rather than what it says. Sent to the engine, "السلام عليكم" would be answered
 * from a sentence that happens to say السلام, and "hi" or "what is the source of this article?"
 * declined as questions the article cannot answer; the bot replies in kind, or with what
 * /article shows. Only a whole message counts: "hi, what did Shoigu say?" is a question.
 */
import { normalizeArabic } from '../text/normalize.js';

export type SmallTalk = 'greeting' | 'thanks' | 'help' | 'article';

const ENGLISH: readonly [RegExp, SmallTalk][] = [
  [/^(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day))(?: there| bot| everyone| all)?$/, 'greeting'],
  [/^(?:(?:ok|okay|great|nice|perfect|cool)\s+)?(?:thanks?|thank you|thx|ty|cheers|many thanks)(?: (?:a lot|so much|very much|again|bot))?$/, 'thanks'],
  [/^(?:help|help me|how does this work|what can you do|who are you|how do i use (?:this|you))$/, 'help'],
  [
    /^(?:(?:what(?:'s| is) )?(?:the )?(?:source|headline|title)(?: of (?:this|the) (?:article|news|story|report))?|(?:who|(?:which|what) (?:newspaper|paper|site|outlet)) (?:wrote|published) (?:it|(?:this|the)(?: (?:article|news|story|report))?)|where (?:is|does) (?:this|the) (?:article|news|story|report)(?: come)? from|(?:which|what) (?:newspaper|paper|site|outlet) is (?:this|it) from)$/,
    'article',
  ],
];

/** Normalised Arabic: ة is ه, ى is ي, hamza forms are ا, and an alif with tanween is dropped (شكراً → شكر). */
const ARABIC: readonly [RegExp, SmallTalk][] = [
  [/^(?:مرحبا?|مرحبتين|اهلا?|اهلين|اهلا? وسهلا?|هلا|هلا والله|هاي|سلام|السلام عليكم|السلام عليكم ورحمه الله(?: وبركاته)?|صباح الخير|مساء الخير|صباح النور|مساء النور)$/, 'greeting'],
  [/^(?:شكرا?(?: لك| جزيلا?| كثيرا?)?|مشكور|مشكوره|تسلم|تسلمي|يسلمو|يعطيك العافيه|ممنون|جزاك الله خيرا?|الله يعطيك العافيه|متشكر)$/, 'thanks'],
  [/^(?:مساعده|ساعدني|كيف استخدمك|ماذا تفعل|شو بتعمل|من انت|مين انت)$/, 'help'],
  [
    /^(?:(?:ما|ماهو|ماهي|شو|ايش|وش)?\s*(?:هو |هي )?(?:مصدر|عنوان) (?:هذا |هذه )?(?:المقال|المقاله|الخبر|التقرير)|(?:من|مين) (?:كتب|نشر|كاتب|ناشر) (?:هذا |هذه )?(?:المقال|المقاله|الخبر|التقرير)|(?:ما|شو|ايش|وش) المصدر|المصدر)$/,
    'article',
  ],
];

export function smallTalkOf(message: string): SmallTalk | null {
  // Punctuation and emoji around the words say nothing more ("hi!!", "شكراً 🙏").
  const bare = (text: string): string => text.replace(/[^\p{L}\p{N}\s']/gu, ' ').replace(/\s+/g, ' ').trim();
  const english = bare(message.toLowerCase());
  for (const [pattern, kind] of ENGLISH) if (pattern.test(english)) return kind;
  const arabic = bare(normalizeArabic(message));
  for (const [pattern, kind] of ARABIC) if (pattern.test(arabic)) return kind;
  return null;
}
