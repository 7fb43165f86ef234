import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { showInvisible } from './case-fields';

describe('showInvisible', () => {
  it('writes a direction override out as its code, so a quoted value cannot turn the notice around', () => {
    expect(showInvisible('abc\u202Edefiev')).toBe('abc<U+202E>defiev');
    expect(showInvisible('a\u200Bb\uFEFF')).toBe('a<U+200B>b<U+FEFF>');
  });
  it('leaves text without such characters as it is, and never outputs one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const shown = showInvisible(s);
        expect(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/.test(shown)).toBe(false);
      }),
    );
    expect(showInvisible('CONTOSO\\jdoe')).toBe('CONTOSO\\jdoe');
  });
});
