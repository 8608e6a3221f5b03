export { loadLexicon, createLexicon, DEFAULT_LEXICON_PATH, type Lexicon } from './lexicon.js';
export { analyzeEnglishQuestion, type EnglishTerm, type EnglishAnalysis } from './analyze.js';
export { type WhWord } from './english-stopwords.js';
export { NameMatcher, type NameMatch } from './names.js';
