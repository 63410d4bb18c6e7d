import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/model/group-by.js';

describe('groupBy', () => {
  it('keeps groups in the order their keys first appear, and items in their order', () => {
    const grouped = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item[0]);
    expect([...grouped]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });

  it('groups by key identity, from any iterable, and gives no groups for no items', () => {
    const grouped = groupBy(new Set(['1a', '1b', '2a']).values(), (item) => (item === '1b' ? '1' : Number(item[0])));
    expect([...grouped]).toEqual([
      [1, ['1a']],
      ['1', ['1b']],
      [2, ['2a']],
    ]);
    expect(groupBy([1, '1', 1], (item) => item).get(1)).toEqual([1, 1]);
    expect(groupBy([], () => 'x').size).toBe(0);
  });

  it('appends every item of a large group exactly once', () => {
    const items = Array.from({ length: 100_000 }, (_unused, index) => index);
    const grouped = groupBy(items, (item) => item % 2);
    expect(grouped.get(0)).toHaveLength(50_000);
    expect(grouped.get(1)![49_999]).toBe(99_999);
  });
});
