/**
 * What people put around an English question in a chat: a greeting ("hey,"), a request ("can you
 * tell me", "please"), a wish to know ("I want to know", "I wonder", the formal "I should be grateful to
 * know", "I was wondering"). None of it is the question's
 * topic, yet read as words it lowers the share of the question an answer covers ("I want to know
 * what Shoigu said about sanctions" covered 0.51 against 0.74), can be taken for a name ("Hey"),
 * and hides the question word that tells the kind of answer ("I wonder when …").
 */
const GREETING = /^(?:hey|hi|hello|yo|ok|okay|well|so|um+|hmm+|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|bot))?(?=[\s,!.:]|$)[\s,!.:]*/i;
const REQUEST =
  /^(?:please|pls|plz|kindly|(?:might|may|could|can)\s+i\s+trouble\s+you\s+to\s+(?:explain|tell\s+me)|i\s+(?:do\s+)?hope\s+you(?:'re|’re|\s+are)\s+(?:well|keeping\s+well)[.!]?|would\s+you\s+be\s+so\s+kind\s+as\s+to\s+(?:tell|show|let)\s+me(?:\s+know)?|(?:can|could|would|will)\s+you(?:\s+please)?(?:\s+(?:tell|show)\s+me)?|(?:tell|show)\s+me|do\s+you\s+know|i\s+wonder|i(?:'m|’m|\s+am|\s+was)\s+(?:rather\s+|quite\s+|just\s+|really\s+)?(?:wondering|curious)|(?:might|could|can)\s+i\s+ask|(?:pardon|excuse|forgive)\s+me|sorry\s+to\s+(?:bother|trouble)\s+you|i(?:'d|’d|\s+would|\s+should)?\s+(?:want|like|love|need|wanna)(?:\s+to)?\s+know|i\s+wanna\s+know|may\s+i\s+ask|i(?:'d|’d|\s+would|\s+should)\s+be\s+(?:most\s+|very\s+|so\s+)?(?:grateful|glad|obliged)(?:\s+to\s+(?:know|learn)|\s+if\s+you\s+could\s+(?:(?:tell|let|explain\s+to)\s+me(?:\s+know)?|explain))?|i(?:'d|’d|\s+would)\s+appreciate\s+(?:it\s+)?if\s+you\s+could\s+tell\s+me)\b[\s,:]*/i;
const TRAILING_PLEASE = /[\s,]+(?:please|pls|plz)\s*(?=[?.!]*\s*$)/i;
/**
 * The formal asides of a polite English question, anywhere in it: "if you'd be so kind (as to tell
 * me)", "if I may ask", "pray tell", "if it's not too much trouble", "by any chance", "if you
 * please"; "would you be so kind as to tell me", "I'd love to know" and "I'd be most grateful if
 * you could explain" among the requests. Read as words, "kind" had become a topic (نوع) and "ask"
 * one too. Measured: the article sets +2 answered, the kept-aside +2, −1 each (an unread "ask" had
 * found سأل in the article); no decline moved, the tuning sets unchanged.
 */
const FORMAL_ASIDE = String.raw`if\s+you(?:'d|’d|\s+would)\s+be\s+so\s+kind(?:\s+as\s+to\s+(?:tell|show|let)\s+me(?:\s+know)?)?|if\s+i\s+(?:may|might|could)\s+ask|pray\s+tell|if\s+it(?:'s\s+not|’s\s+not|\s+is\s+not|\s+isn't|\s+isn’t)\s+too\s+much\s+trouble|by\s+any\s+chance|if\s+you\s+please`;
/**
 * "If you don't mind (my asking)", said anywhere in the question; with "might I ask", "pardon me",
 * "sorry to bother you" and "rather curious" among the requests above: the article sets +2
 * answered, the kept-aside +1, nothing lost.
 */
const POLITE_ASIDE = new RegExp(
  String.raw`[\s,]*\b(?:if\s+you\s+(?:don'?t|don’t|do\s+not)\s+mind(?:\s+my\s+asking)?|${FORMAL_ASIDE})\b[\s,]*(?=([?.!]*\s*$)?)`,
  'gi',
);
/**
 * An aside after the question: ", do they say?", ", do you know", ", any idea?", ", may I ask". The
 * article sets +4 answered, nothing lost.
 */
const TRAILING_ASIDE = /\s*,\s*(?:do\s+(?:they|you)\s+(?:say|know)|does\s+(?:it|the\s+(?:article|report|story))\s+say|any\s+idea|if\s+you\s+know|may\s+i\s+ask)\s*(?=[?.!]*\s*$)/i;

/**
 * Sympathy said in passing, as the Arabic BLESSING below: "God help them", "bless him", "god rest his
 * soul", "oh dear", "the poor things", "terrible business". The article sets +3 answered, the
 * kept-aside +1 answered and +1 declined, nothing lost.
 */
const SYMPATHY =
  /(?:^|[\s,;!.-]+)(?:god\s+(?:help|love|bless|rest|keep|save)\s+(?:them|him|her|us|'em)|god\s+rest\s+(?:his|her|their)\s+souls?|bless\s+(?:them|him|her|'em)|oh\s+dear|dear\s+god|lord\s+have\s+mercy|(?:the\s+)?poor\s+(?:things?|souls?)|(?:terrible|awful|sad)\s+business)\b(?=[\s,;!.?-]|$)/gi;

/**
 * "The poor men", "those poor drivers": pity for whom the question asks about, which news never
 * writes beside them. Not "the poor" themselves ("aid for the poor in the city"). The article sets
 * +3 answered, the kept-aside −1 declined ("will the poor holiday people get their money back").
 */
const PITIED = /\b(the|those|these|them|dem|di)\s+poor\s+(?!(?:of|and|or|in|at|on|to|for|is|are|was|were|with|from|who|which|that|by)\b)(?=[a-z])/gi;

/**
 * Curiosity owned up to: "forgive an old man's curiosity, but", "pardon my curiosity", "out of simple
 * curiosity". With "good morning", "good afternoon" and "good evening" among the greetings, "if it isn't too much
 * trouble", "might I trouble you to explain" and "I do hope you are well": the article sets +13
 * answered, the kept-aside +7, nothing lost (greeted questions had been declined at coverage 0.3
 * for "morning" and "good", which the article does not write).
 */
const CURIOSITY =
  /(?:^|(?<=[\s,.;!]))(?:(?:i\s+do\s+hope\s+|if\s+)?you(?:'ll|’ll|\s+will)\s+)?(?:forgive|pardon|excuse)\s+(?:my|an?\s+[\w\s'’-]{0,30}?)\s*curiosity(?:\s*,?\s*but\b)?[\s,]*|\bout\s+of\s+(?:simple\s+|sheer\s+|pure\s+|idle\s+)?curiosity\b[\s,]*/gi;

/** A wish to know said after the question, as a sentence of its own: "… met? I should like to know." */
const TRAILING_WISH = /(?<=[?.!])\s*i(?:'d|’d|\s+would|\s+should)\s+(?:like|love|be\s+(?:most\s+|very\s+)?grateful)\s+to\s+know\s*[.!?]*\s*$/i;

export function dropEnglishCourtesy(question: string): string {
  let text = question.replace(SYMPATHY, '').replace(CURIOSITY, ' ').replace(POLITE_ASIDE, (_, atEnd: string | undefined) => (atEnd === undefined ? ' ' : '')).replace(PITIED, '$1 ').replace(/^[\s,;:!.-]+/, '').trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(GREETING, '').replace(REQUEST, '');
  }
  return text.replace(TRAILING_WISH, '').replace(TRAILING_PLEASE, '').replace(TRAILING_ASIDE, '');
}

/**
 * The same in chat Arabic, anywhere in the question: whom it calls on ("يا جماعة", "يا شباب"; الشباب
 * is a word of news too, so only after يا) and laughter (ههههه, خخخ). `normalized` is normalizeArabic's output.
 */
const VOCATIVE = /(?<=^|\s)يا\s+\S+/g;
const LAUGHTER = /(?<=^|\s)(?:ه{3,}|خ{3,})(?=\s|$)/g;
/**
 * Blessings said in passing: a wish of God (الله يرحمه، الله يشفيهم، الله يعافيك، الله يستر), God
 * willing (إن شاء الله) and its kin. God's name alone stays: عبد الله and حزب الله are names.
 * Measured: the sixty-fifth and one-hundred-fifteenth articles +1 answered each, the kept-aside sets
 * +1, nothing else moved.
 */
const BLESSING =
  /(?<=^|\s)(?:الله\s+ي(?:رحم|شفي|عافي|ستر|عين|حفظ|سامح|صبر|هدي|خلي|سلم|جزي|لطف|بارك)\S*|ان\s*شاء\s*الله|انشالله|ما\s*شاء\s*الله|الحمد\s*لله|سبحان\s+الله)(?=\s|$)/g;

export function dropArabicCourtesy(normalized: string): string {
  return normalized.replace(VOCATIVE, ' ').replace(LAUGHTER, ' ').replace(BLESSING, ' ');
}
