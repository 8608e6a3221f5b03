/**
 * Curated English→Arabic entries for high-frequency news vocabulary that FreeDict eng-ara lacks
 * or renders in an unusable sense. Kept apart from the generated dictionary so it is reviewed by
 * hand and survives a rebuild.
 *
 * Rules for additions: general news/function vocabulary only (never words chosen because one
 * article uses them), keys are lower-case lemmas or phrases, values are the forms news Arabic
 * actually uses, most common first. These translations are tried before the dictionary's.
 */
export const SUPPLEMENT: Readonly<Record<string, readonly string[]>> = {
  // Reporting verbs: the dictionary gives imperatives (say → قل) or adjectives (added → إضافيّ).
  say: ['قال', 'يقول', 'صرح'],
  tell: ['قال', 'أخبر'],
  add: ['أضاف', 'يضيف'],
  stress: ['شدد', 'أكد'],
  state: ['صرح', 'أعلن'],
  call: ['دعا', 'يدعو'],
  // Verbs whose dictionary sense for the lemma or its past form is off (hold → القبضة, visited → مزار, take → الوارد).
  hold: ['عقد', 'أجرى'],
  visit: ['زيارة', 'زار', 'يزور'],
  reach: ['بلغ', 'وصل'],
  lead: ['قاد', 'يقود'],
  sign: ['وقع', 'توقيع'],
  take: ['أخذ', 'تولى'],
  'take place': ['جرى', 'عقد'],
  // "capital" only has its financial sense (الرأسمال) in the dictionary.
  capital: ['العاصمة'],
  // Multi-word headwords the dictionary does not have at all.
  'united states': ['الولايات المتحدة', 'أميركا', 'أمريكا'],
  'united nations': ['الأمم المتحدة'],
  'european union': ['الاتحاد الأوروبي'],
  'security council': ['مجلس الأمن'],
  'middle east': ['الشرق الأوسط'],
  'latin america': ['أمريكا اللاتينية', 'أميركا الجنوبية'],
  'white house': ['البيت الأبيض'],
  'prime minister': ['رئيس الوزراء', 'رئيس الحكومة'],
  'foreign minister': ['وزير الخارجية'],
  'defence minister': ['وزير الدفاع'],
  'defense minister': ['وزير الدفاع'],
  'interior minister': ['وزير الداخلية'],
  'foreign ministry': ['وزارة الخارجية'],
  'head of state': ['رئيس الدولة'],
  // Acronyms, looked up by their upper-case surface only ("US" must not be the pronoun "us").
  US: ['الولايات المتحدة', 'أميركا', 'أمريكا'],
  USA: ['الولايات المتحدة', 'أميركا', 'أمريكا'],
  UN: ['الأمم المتحدة'],
  EU: ['الاتحاد الأوروبي'],
  UK: ['بريطانيا', 'المملكة المتحدة'],
  NATO: ['الناتو', 'حلف شمال الأطلسي'],
};
