import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/**
 * WordNet's word list with each word's lexicographer classes (noun.person, verb.motion, adj.all …),
 * shipped by wink-lexicon and already loaded by wink-lemmatizer, so this costs nothing at start.
 */
const words = require('wink-lexicon/src/wn-words.js') as Record<string, number>;
const wordSenses = require('wink-lexicon/src/wn-word-senses.js') as number[][];
const classes = require('wink-lexicon/src/wn-senses.js') as string[];

/** The lexicographer class of each of a word's senses; [] for a word WordNet lacks. */
function classesOf(lower: string): string[] {
  const index = words[lower];
  return index === undefined ? [] : (wordSenses[index] ?? []).map((sense) => classes[sense] ?? '');
}

/**
 * Whether an English word is an ordinary word as well as, possibly, part of a name: it has a verb
 * sense or a plain adjective or adverb sense (battle, cup, world, united, international), and no
 * pertainym sense (Ottoman, Saudi, Islamic are adjectives made from names). A capitalised common
 * word inside a name ("Battle of Badr", "World Cup") says little about which text answers; the
 * name proper (Badr) does. Proper nouns like Egypt, China or Einstein are none of these.
 */
export function isCommonWord(lower: string): boolean {
  const senses = classesOf(lower);
  return !senses.includes('adj.pertainym') && senses.some((name) => name.startsWith('verb.') || name === 'adj.all' || name === 'adv.all');
}

/**
 * Whether WordNet knows the word only as a place or a person (iran, egypt, putin): a name, however
 * it is typed. Chat questions are in lower case, and a question's first word is capitalised anyway.
 */
export function isProperNoun(lower: string): boolean {
  const senses = classesOf(lower);
  return senses.length > 0 && senses.every((name) => name === 'noun.location' || name === 'noun.person');
}

/**
 * How many senses WordNet gives a word: the commoner a word, the more senses it has (Zipf's law of
 * meaning), and WordNet ships no counts of use. 0 for a word it lacks.
 */
export function senseCount(lower: string): number {
  return classesOf(lower).length;
}

const CONTINENTS = ['africa', 'asia', 'europe', 'australia', 'antarctica'];

/** Whether WordNet knows the word as a place, among its other senses (jordan, kenya, the continents). */
export function isPlace(lower: string): boolean {
  return CONTINENTS.includes(lower) || classesOf(lower).includes('noun.location');
}

/**
 * Every word WordNet knows as a place and otherwise at most as a physical object (iran, tehran,
 * caucasus, america), and the continents, which it files under objects alone: the seeds of
 * place-names.ts.
 */
export function locationWords(): string[] {
  const places = Object.keys(words).filter((lower) => {
    const senses = classesOf(lower);
    return senses.includes('noun.location') && senses.every((name) => name === 'noun.location' || name === 'noun.object');
  });
  return [...places, ...CONTINENTS];
}
