import { describe, expect, it } from 'vitest';
import { memo } from '../src/memo.js';

describe('memo', () => {
  it('computes a key once, null results included, and forgets the least recently used beyond its bound', () => {
    const calls: string[] = [];
    const correction = memo((word: string) => {
      calls.push(word);
      return word === 'xq' ? null : word.toUpperCase();
    }, 2);
    expect([correction('xq'), correction('xq'), correction('ab'), correction('xq')]).toEqual([null, null, 'AB', null]);
    expect(calls).toEqual(['xq', 'ab']);
    // "ab" is now the least recently used of the two kept: a third key pushes it out.
    correction('cd');
    correction('xq');
    correction('ab');
    expect(calls).toEqual(['xq', 'ab', 'cd', 'ab']);
  });
});
