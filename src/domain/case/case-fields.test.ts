import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseField, longerThan } from './case-fields';

describe('longerThan', () => {
  it('counts characters (code points) as spreading the text would, without copying it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 0, max: 40 }), (s, limit) => {
        expect(longerThan(s, limit)).toBe([...s].length > limit);
      }),
    );
  });
});

describe('a field given a value of millions of characters', () => {
  it('refuses it by length without copying it first (it took seconds, and memory, before)', () => {
    const huge = 'x'.repeat(60_000_000);
    const checked = caseField('user').check(huge);
    expect(checked).toEqual({ ok: false, reason: 'Client user is longer than 256 characters.' });
  });
});
