import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesForPick } from './pick-changes';
import { pickNamesEvent } from './reading-changes';

describe('changesForPick', () => {
  it('replaces the previous pick, keeps what was there before it', () => {
    const first = changesForPick({ seen: [10550], values: { host: 'SSO01' } }, undefined, {
      code: '0xC0002A20',
      tid: 'a',
      seen: '10560,10784',
    });
    expect(first.patch).toEqual({
      values: { code: '0xC0002A20', tid: 'a' },
      seen: [10550, 10560, 10784],
    });
    const second = changesForPick(
      { seen: [10550, 10560, 10784], values: { host: 'SSO01', code: '0xC0002A20', tid: 'a' } },
      first.contribution,
      { code: '0x80070005', seen: '10771' },
    );
    expect(second.patch).toEqual({
      values: { tid: undefined, code: '0x80070005' },
      seen: [10550, 10771],
    });
  });

  it('leaves a value the person changed since the pick', () => {
    const first = changesForPick({ seen: [], values: {} }, undefined, { user: 'A\\x' });
    const second = changesForPick({ seen: [], values: { user: 'A\\typed' } }, first.contribution, {
      code: '0x80070005',
    });
    expect(second.patch.values).not.toHaveProperty('user');
  });

  it('after any series of picks, holds the last pick and the events from before', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 10500, max: 10600 }), { maxLength: 5 });
    fc.assert(
      fc.property(ids, fc.array(ids, { minLength: 1, maxLength: 4 }), (start, picks) => {
        let seen = [...start];
        let previous;
        for (const pick of picks) {
          const r = changesForPick({ seen, values: {} }, previous, { seen: pick.join(',') });
          seen = [...(r.patch.seen ?? [])];
          previous = r.contribution;
        }
        const last = picks[picks.length - 1] ?? [];
        expect(new Set(seen)).toEqual(new Set([...start, ...last]));
      }),
    );
  });
});

describe('pickNamesEvent', () => {
  it('names another event than the default, and every pick of a mixed log', () => {
    expect(pickNamesEvent(10532, [10532], 10526)).toBe(true);
    expect(pickNamesEvent(10526, [10526, 10532], 10526)).toBe(true);
    expect(pickNamesEvent(10526, [10526, 10526], 10526)).toBe(false);
  });
});
