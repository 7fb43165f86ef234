import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, mergePatches, patchFromParams, seenIn } from './case-patch';
import { ENTSSO_10526_DECISION as model } from '../model/entsso-10526/decision';
import { parseLink } from './link-codec';

const link = (text: string) => new URLSearchParams(text);

describe('applyPatch', () => {
  it('sets and removes values, answers and working parameters, and stamps the version', () => {
    const next = applyPatch(link('user=A%5Cx&mss=no&paste=p1'), {
      values: { user: undefined, code: '0x80070005', host: '' },
      answers: { mss: 'yes', svc: 'no' },
      working: { paste: undefined },
    });
    expect(next.toString()).toBe('mss=yes&v=1&code=0x80070005&svc=no');
  });

  it('adds found events to those seen, once each and in order', () => {
    expect(applyPatch(link('seen=10560,10550'), { found: [10784, 10550] }).get('seen')).toBe(
      '10550,10560,10784',
    );
  });

  it('replaces the list when the patch gives it whole, and removes it when empty', () => {
    expect(applyPatch(link('seen=10560,10550'), { seen: [10771] }).get('seen')).toBe('10771');
    expect(applyPatch(link('seen=10560'), { seen: [] }).has('seen')).toBe(false);
  });

  it('leaves seen alone when the patch says nothing of it, even a broken one', () => {
    expect(applyPatch(link('seen=x,10560'), { values: { code: '5' } }).get('seen')).toBe('x,10560');
  });

  it('drops what the link reader would drop when it merges found events', () => {
    expect(applyPatch(link('seen=x,10560,-3'), { found: [10550] }).get('seen')).toBe('10550,10560');
  });

  it('keeps the input link as it was', () => {
    const before = link('seen=10560&user=a');
    applyPatch(before, { found: [1], values: { user: 'b' } });
    expect(before.toString()).toBe('seen=10560&user=a');
  });

  it('after found events, the case has seen what it saw before and each found one', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 1, max: 65535 }), { maxLength: 20 });
    fc.assert(
      fc.property(ids, ids, (before, found) => {
        const start = before.length > 0 ? `seen=${before.join(',')}` : '';
        const seen = parseLink(applyPatch(link(start), { found }), model).case.seen;
        expect(seen).toEqual([...new Set([...before, ...found])].sort((a, b) => a - b));
      }),
    );
  });
});

describe('seenIn', () => {
  it('reads the list as the link reader does', () => {
    expect(seenIn(link('seen=10560,%2010550,abc,,0'))).toEqual([10560, 10550]);
    expect(seenIn(link(''))).toEqual([]);
  });
});

describe('mergePatches', () => {
  it('keeps the origins, probe words and disagreements of each patch', () => {
    const merged = mergePatches(
      { answers: { svc: undefined }, disagree: { svc: [{ origin: 'you', value: 'no' }] } },
      { working: { paste: 'p' }, origins: { rpc: 'collector:N1' }, details: { rpc: 'ok' } },
    );
    expect(merged.disagree).toEqual({ svc: [{ origin: 'you', value: 'no' }] });
    expect(merged.origins).toEqual({ rpc: 'collector:N1' });
    expect(merged.details).toEqual({ rpc: 'ok' });
  });

  it('lets the later value win and adds up the found events', () => {
    expect(
      mergePatches({ values: { code: '1', user: 'a' }, found: [10560] }, undefined, {
        values: { code: '2' },
        found: [10550],
        working: { paste: 'p' },
      }),
    ).toEqual({
      values: { code: '2', user: 'a' },
      found: [10560, 10550],
      working: { paste: 'p' },
    });
  });
});

describe('patchFromParams', () => {
  it("sorts a reader's parameters into values, answers and found events; ignores the rest", () => {
    expect(
      patchFromParams({ code: '0x5', mss: 'yes', seen: '10560,10550', nope: 'x', svc: 'maybe' }, [
        'mss',
        'svc',
      ]),
    ).toEqual({ values: { code: '0x5' }, answers: { mss: 'yes' }, found: [10560, 10550] });
  });
});
