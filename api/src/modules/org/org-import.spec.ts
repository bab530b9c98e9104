import { describe, expect, it } from 'vitest';
import { dependencyOrder } from './org-import.service.js';

/** Links as a map: each key points at the keys it depends on (its parent, its managers). */
const order = (links: Record<string, string[]>, starts = Object.keys(links)) => {
  const { ordered, looped, blocked } = dependencyOrder(starts, (key) => links[key] ?? []);
  return { ordered, looped: [...looped].sort(), blocked: [...blocked].sort() };
};

describe('dependencyOrder', () => {
  it('puts every record after the records it points at, through records outside the starts', () => {
    // c → outside → a: c must come after a although the link runs through a record the file does not list.
    const { ordered } = order({ c: ['outside'], outside: ['a'], b: ['a'], a: [] }, ['c', 'b', 'a']);
    expect(ordered.indexOf('a')).toBeLessThan(ordered.indexOf('outside'));
    expect(ordered.indexOf('outside')).toBeLessThan(ordered.indexOf('c'));
    expect(ordered.indexOf('a')).toBeLessThan(ordered.indexOf('b'));
  });

  it('follows every link of a record with several (a person with managers in two departments)', () => {
    const { ordered } = order({ p: ['m1', 'm2'], m1: [], m2: ['m1'] });
    expect(ordered).toEqual(['m1', 'm2', 'p']);
  });

  it('leaves out the records on a loop and those hanging below it, and names the loop', () => {
    expect(order({ a: ['b'], b: ['c'], c: ['a'], d: ['a'], e: [] })).toEqual({ ordered: ['e'], looped: ['a', 'b', 'c'], blocked: ['a', 'b', 'c', 'd'] });
  });

  it('names every record of two loops that share one', () => {
    expect(order({ a: ['b', 'c'], b: ['a'], c: ['a'] })).toMatchObject({ ordered: [], looped: ['a', 'b', 'c'] });
  });

  it('names a record pointing at itself, and walks chains deeper than the call stack', () => {
    expect(order({ s: ['s'] })).toMatchObject({ ordered: [], looped: ['s'] });
    const chain = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`n${i}`, i ? [`n${i - 1}`] : []]));
    const { ordered } = order(chain, [`n49999`]);
    expect(ordered).toHaveLength(50_000);
    expect(ordered[0]).toBe('n0');
  });
});
