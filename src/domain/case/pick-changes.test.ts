import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesForPick, pickIntoCase } from './pick-changes';

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

describe('pickIntoCase', () => {
  const model = (id: number) => ({ event: { id }, checks: [] });

  it("names the event when the pick is another event than the case's", () => {
    const shown = new URLSearchParams('v=1&host=SSO01');
    const { patch } = pickIntoCase(
      shown,
      { model: model(10532), changes: { code: '0x80070005' }, failureEvents: [10532] },
      10526,
      10526,
      undefined,
    );
    expect(patch.values).toEqual({ code: '0x80070005', event: '10532' });
  });

  it("names it on every pick of a mixed log, even the default event's, so that switching back is said", () => {
    const shown = new URLSearchParams('v=1&event=10532');
    const mixed = [10526, 10532];
    const { patch } = pickIntoCase(
      shown,
      { model: model(10526), changes: {}, failureEvents: mixed },
      10532,
      10526,
      undefined,
    );
    expect(patch.values).toEqual({ event: '10526' });
    const same = pickIntoCase(
      new URLSearchParams('v=1'),
      { model: model(10526), changes: { tid: 'x' }, failureEvents: [10526] },
      10526,
      10526,
      undefined,
    );
    expect(same.patch.values).toEqual({ tid: 'x' });
  });

  it('keeps the related events ticked before any pick, read from the link on screen now', () => {
    const shown = new URLSearchParams('v=1&seen=10520');
    const { patch } = pickIntoCase(
      shown,
      { model: model(10526), changes: { seen: '11016' }, failureEvents: [10526] },
      10526,
      10526,
      undefined,
    );
    expect(patch.seen).toEqual([10520, 11016]);
  });
});
