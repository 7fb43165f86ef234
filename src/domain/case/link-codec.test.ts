import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MADE_UP_19999 } from '../model/made-up-19999';
import { EVENT_MODELS, modelFor } from '../model/registry';
import { ENTSSO_10526_DECISION as model } from '../model/entsso-10526/decision';
import type { Case } from './case';
import { eventOfLink, parseLink as parseWith, serializeLink as serializeWith } from './link-codec';

const parseLink = (params: URLSearchParams) => parseWith(params, model);
const serializeLink = (c: Case) => serializeWith(c, model);

const FULL: Case = {
  event: 10526,
  code: '0xC0002A14',
  user: 'CONTOSO\\jdoe',
  computer: 'SSO01',
  tid: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  time: '2024-03-05T14:07:12Z',
  host: 'SSO01.contoso.com',
  backup: 'D:\\SSO Backup\\secret.bak',
  seen: [10772, 11009],
  answers: { mss: 'yes', ssoadmin: 'no', elevated: 'yes' },
};

describe('link codec', () => {
  it('round-trips a full case', () => {
    const link = serializeLink(FULL);
    expect(link.get('v')).toBe('1');
    expect(parseLink(new URLSearchParams(link.toString()))).toEqual({
      case: FULL,
      dropped: [],
      cleaned: [],
    });
  });

  it('writes parameters in one fixed order', () => {
    expect(serializeLink(FULL).toString()).toBe(
      'v=1&event=10526&code=0xC0002A14&user=CONTOSO%5Cjdoe&computer=SSO01&tid=3f2504e0-4f89-11d3-9a0c-0305e82c3301&time=2024-03-05T14%3A07%3A12Z&host=SSO01.contoso.com&backup=D%3A%5CSSO+Backup%5Csecret.bak&seen=10772%2C11009&mss=yes&ssoadmin=no&elevated=yes',
    );
  });

  it('normalizes every spelling it accepts', () => {
    const { case: state, dropped } = parseLink(
      new URLSearchParams(
        'code=-2147024891&tid={3F2504E0-4F89-11D3-9A0C-0305E82C3301}&time=2024-03-05T16:07:12%2B02:00&seen=11009,10772,10772&mss=YES',
      ),
    );
    expect(dropped).toEqual([]);
    expect(state).toMatchObject({
      code: '0x80070005',
      tid: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      time: '2024-03-05T14:07:12Z',
      seen: [10772, 11009],
      answers: { mss: 'yes' },
    });
  });

  it('drops each bad value with a reason and keeps the rest', () => {
    const long = 'x'.repeat(257);
    const { case: state, dropped } = parseLink(
      new URLSearchParams({
        v: '1',
        code: 'zzz',
        user: long,
        computer: 'a\nb',
        tid: 'nope',
        time: 'yesterday',
        event: '99999999',
        seen: '10772,abc,70000',
        elevated: 'maybe',
        ssoadmin: 'no',
        backup: 'y'.repeat(261),
        whatever: '1',
      }),
    );
    expect(dropped.map((d) => d.param)).toEqual([
      'event',
      'code',
      'user',
      'computer',
      'tid',
      'time',
      'backup',
      'seen',
      'seen',
      'elevated',
    ]);
    for (const d of dropped) expect(d.reason).not.toBe('');
    expect(state).toEqual({ seen: [10772], answers: { ssoadmin: 'no' } });
  });

  it('accepts text at its length limit, counted in characters', () => {
    const { case: state } = parseLink(
      new URLSearchParams({ user: '\u00e9'.repeat(256), computer: 'c'.repeat(255) }),
    );
    expect(state.user).toHaveLength(256);
    expect(state.computer).toHaveLength(255);
  });

  it('keeps markup in text as plain data', () => {
    const { case: state } = parseLink(
      new URLSearchParams({ user: '<img src=x onerror=alert(1)>' }),
    );
    expect(state.user).toBe('<img src=x onerror=alert(1)>');
  });

  it('warns about a link of another contract version and still reads it', () => {
    const { case: state, dropped } = parseLink(new URLSearchParams('v=3&code=0x80070005'));
    expect(dropped[0]?.param).toBe('v');
    expect(state.code).toBe('0x80070005');
  });

  it('uses no value the link gives twice, and names both', () => {
    const { case: state, dropped } = parseLink(
      new URLSearchParams(
        'v=1&code=0x80070005&code=0xC0002A14&elevated=yes&elevated=no&seen=10771&seen=10525&user=x',
      ),
    );
    expect(state.code).toBeUndefined();
    expect(state.answers.elevated).toBeUndefined();
    expect(state.seen).toEqual([]);
    expect(state.user).toBe('x');
    expect(dropped.map((d) => d.param).sort()).toEqual(['code', 'elevated', 'seen']);
    expect(dropped.find((d) => d.param === 'code')).toMatchObject({
      value: '"0x80070005", "0xC0002A14"',
      reason: expect.stringMatching(/gives code 2 times/),
    });
  });

  it('uses no value whose %-encoding was broken', () => {
    // %FF is no UTF-8: the browser reads it as U+FFFD, which must not pass for a name.
    const { case: state, dropped } = parseLink(
      new URLSearchParams('v=1&user=CONTOSO%5Cj%FFdoe&mss=y%C3es'),
    );
    expect(state.user).toBeUndefined();
    expect(dropped.find((d) => d.param === 'user')?.reason).toMatch(/U\+FFFD/);
    expect(dropped.find((d) => d.param === 'mss')?.reason).toMatch(/U\+FFFD/);
    expect(state.answers.mss).toBeUndefined();
  });

  it('refuses impossible dates', () => {
    expect(parseLink(new URLSearchParams('time=2024-13-45T10:00:00Z')).dropped).toHaveLength(1);
    expect(parseLink(new URLSearchParams('time=2024-03-05T10:00:00')).dropped).toHaveLength(1);
  });

  it('keeps times between 1601 and 9999 on real calendar dates, and reads its own output back', () => {
    const drop = (time: string) => parseLink(new URLSearchParams({ time })).dropped[0]?.reason;
    expect(drop('0000-01-01T00:30:00+01:00')).toMatch(/between the years 1601 and 9999/);
    expect(drop('1600-12-31T23:00:00Z')).toMatch(/between the years/);
    expect(drop('2024-02-31T10:00:00Z')).toMatch(/not a date on the calendar/);
    expect(drop('2023-02-29T10:00:00Z')).toMatch(/not a date on the calendar/);
    expect(drop('2024-02-29T24:00:00Z')).toMatch(/time of day/);
    const { case: leap } = parseLink(
      new URLSearchParams({ time: '2024-02-29T23:30:00.250-01:00' }),
    );
    expect(leap.time).toBe('2024-03-01T00:30:00.250Z');
    expect(parseLink(serializeLink(leap)).case).toEqual(leap);
  });

  it('limits a link: its length, its related events, and cleans invisible characters', () => {
    const long = parseLink(new URLSearchParams({ seen: '1,'.repeat(9000) }));
    expect(long.case.seen).toEqual([]);
    expect(long.dropped[0]?.reason).toMatch(/at most 16,384 characters/);
    const many = parseLink(
      new URLSearchParams({ seen: Array.from({ length: 150 }, (_, i) => 20000 + i).join(',') }),
    );
    expect(many.case.seen).toHaveLength(100);
    expect(many.dropped).toEqual([expect.objectContaining({ param: 'seen', value: '50 more' })]);
    const bidi = parseLink(new URLSearchParams({ user: 'CONTOSO\\\u202eeod', host: 'SSO\u2066' }));
    expect(bidi.case).toMatchObject({ user: 'CONTOSO\\eod', host: 'SSO' });
    expect(bidi.cleaned.map((c) => c.param)).toEqual(['user', 'host']);
  });
});

describe('the event a link names, read one way', () => {
  const variants = fc.oneof(
    fc.constantFrom('10532', ' 10532', '10532 ', '\u200e10532', '010532', '10527', '19999', ''),
    fc.constantFrom('1e4', '0x291E', '10532\uFFFD', '99999', '10560\u202e'),
    fc.string({ maxLength: 8 }),
  );
  const registry = [...EVENT_MODELS, { event: 19999, load: () => Promise.resolve(MADE_UP_19999) }];

  it('picks the model its own result link picks, for any event values (once, twice, broken)', () => {
    fc.assert(
      fc.property(fc.array(variants, { minLength: 0, maxLength: 3 }), (values) => {
        const params = new URLSearchParams('v=1&code=0x80070005');
        for (const value of values) params.append('event', value);
        const entry = modelFor(eventOfLink(params), registry);
        const parsed = parseWith(params, MADE_UP_19999);
        const resultLink = serializeWith(parsed.case, MADE_UP_19999);
        expect(modelFor(eventOfLink(resultLink), registry).event).toBe(entry.event);
        // The case the page holds names the event it triages, when that event has a model.
        if (registry.some((e) => e.event === parsed.case.event))
          expect(entry.event).toBe(parsed.case.event);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads padded and invisible-marked ids as the id; six digits or a repeat as none', () => {
    for (const raw of ['%2010532', '10532%20', '%E2%80%8E10532', '00532'])
      expect(Number(eventOfLink(new URLSearchParams(`v=1&event=${raw}`)))).toBe(
        Number(raw.replace(/%20|%E2%80%8E/g, '')),
      );
    // Refused by the link's reader (with its notice), so the registry takes none either.
    expect(eventOfLink(new URLSearchParams('v=1&event=010532'))).toBeNull();
    expect(eventOfLink(new URLSearchParams('v=1&event=10532&event=10527'))).toBeNull();
  });
});
