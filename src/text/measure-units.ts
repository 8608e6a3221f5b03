/**
 * Units news gives a size in, as it writes them (singular, plural, accusative). A question asking a
 * size by its name (المسافة, "distance") is answered by a sentence giving the figure and unit alone
 * ("طوقاً بقطر 10 كيلومترات"), so the units stand in for the name, in Arabic and English questions.
 */
export const LENGTH_UNITS: readonly string[] = ['متر', 'أمتار', 'مترا'];
export const DISTANCE_UNITS: readonly string[] = ['كيلومتر', 'كيلومترات', 'كيلومترا', 'كلم', ...LENGTH_UNITS, 'ميل', 'أميال'];
export const AREA_UNITS: readonly string[] = ['هكتار', 'هكتارات', 'دونم', 'دونمات', 'فدان', 'أفدنة', 'مربع', 'مربعا'];
export const WEIGHT_UNITS: readonly string[] = ['كيلوغرام', 'كيلوغرامات', 'كيلوغراما', 'كيلو', 'غرام', 'طن', 'أطنان'];
