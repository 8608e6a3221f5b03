import { LRUCache } from 'lru-cache';

/**
 * `compute` remembered for the `max` keys used last. Questions repeat their words, so what a word
 * costs to analyse, render or match is paid once; a bound keeps a bot that reads anything for
 * months from growing without end.
 */
export function memo<I, O>(compute: (input: I) => O, max: number, keyOf: (input: I) => string = String): (input: I) => O {
  // Boxed, so that null and undefined results are remembered too (the cache stores objects only).
  const cache = new LRUCache<string, { readonly value: O }>({ max });
  return (input) => {
    const key = keyOf(input);
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = { value: compute(input) }));
    return hit.value;
  };
}
