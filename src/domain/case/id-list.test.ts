import { describe, expect, it } from 'vitest';
import { idListParam, toggled } from './id-list';

describe('id lists in links', () => {
  it('writes unique numbers in ascending order, and nothing for an empty list', () => {
    expect(idListParam([10772, 10525, 10772])).toBe('10525,10772');
    expect(idListParam([])).toBeUndefined();
  });

  it('adds and removes one number', () => {
    expect(toggled([1, 3], 2, true)).toEqual([1, 3, 2]);
    expect(toggled([1, 3], 3, false)).toEqual([1]);
    expect(toggled([1], 1, true)).toEqual([1]);
  });
});
