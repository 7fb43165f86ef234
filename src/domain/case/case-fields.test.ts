import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_FIELDS, caseField, longerThan } from './case-fields';

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

describe('a value with half a surrogate pair', () => {
  it('is refused at once by every field, since a link cannot carry it', () => {
    for (const field of CASE_FIELDS) {
      const r = field.check('A\uD800B');
      expect(r.ok, field.name).toBe(false);
    }
    expect(caseField('user').check('CONTOSO\\j\uD83D\uDE00').ok).toBe(true);
  });
});
