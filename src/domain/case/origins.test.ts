import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTSSO_10524_DECISION } from '../model/entsso-10524/decision';
import { ENTSSO_10526_DECISION } from '../model/entsso-10526/decision';
import { ENTSSO_10527_DECISION } from '../model/entsso-10527/decision';
import { ENTSSO_10532_DECISION } from '../model/entsso-10532/decision';
import { ENTSSO_10560_DECISION } from '../model/entsso-10560/decision';
import type { Case } from './case';
import { applyPatch } from './case-patch';
import { linkChars, parseLink, serializeLink } from './link-codec';
import { readOrigin, type Origin } from './origins';

const MODELS = {
  10526: ENTSSO_10526_DECISION,
  10527: ENTSSO_10527_DECISION,
  10532: ENTSSO_10532_DECISION,
  10524: ENTSSO_10524_DECISION,
  10560: ENTSSO_10560_DECISION,
} as const;

/**
 * Links as earlier releases wrote them, one or more per event, with what each opens to.
 * They must open the same case for years: every value typed, whatever else they carry.
 */
const OLD_LINKS: ReadonlyArray<[keyof typeof MODELS, string, Case]> = [
  [
    10526,
    'v=1&code=0x80070005&user=CONTOSO%5Cjdoe&elevated=no&localadmin=yes&seen=10525',
    {
      code: '0x80070005',
      user: 'CONTOSO\\jdoe',
      seen: [10525],
      answers: { elevated: 'no', localadmin: 'yes' },
    },
  ],
  [
    10526,
    // A v=1 link with parameters a later version uses: unknown to v=1, so ignored.
    'v=1&space=no&o.space=c%3ASSO01&d.space=disk+full&backup=D%3A%5Cs.bak',
    { backup: 'D:\\s.bak', seen: [], answers: { space: 'no' } },
  ],
  [
    10560,
    'v=1&event=10560&code=0x80070070&backup=D%3A%5CSSO+Backup%5Csecret.bak&space=no',
    {
      event: 10560,
      code: '0x80070070',
      backup: 'D:\\SSO Backup\\secret.bak',
      seen: [],
      answers: { space: 'no' },
    },
  ],
  [
    10524,
    'v=1&event=10524&code=0xC0002A0E&mss=yes&restarted=no',
    { event: 10524, code: '0xC0002A0E', seen: [], answers: { mss: 'yes', restarted: 'no' } },
  ],
  [
    10532,
    'v=1&event=10532&code=0x800706D9&triedserver=SSOCLUSTER&host=BTS01&cluster=yes&netname=no',
    {
      event: 10532,
      code: '0x800706D9',
      triedserver: 'SSOCLUSTER',
      host: 'BTS01',
      seen: [],
      answers: { cluster: 'yes', netname: 'no' },
    },
  ],
  [
    10527,
    'v=1&event=10527&code=0xC0002A1F&secretno=2&computer=BTS01&user=CONTOSO%5Csvc-sso&ssoadmin=no',
    {
      event: 10527,
      code: '0xC0002A1F',
      secretno: '2',
      computer: 'BTS01',
      user: 'CONTOSO\\svc-sso',
      seen: [],
      answers: { ssoadmin: 'no' },
    },
  ],
];

describe('links with origins (contract version 2)', () => {
  it.each(OLD_LINKS)(
    'opens an old v=1 link of %i as before, every value typed',
    (event, link, expected) => {
      const parsed = parseLink(new URLSearchParams(link), MODELS[event]);
      expect(parsed.case).toEqual(expected);
      expect(parsed.dropped).toEqual([]);
      expect(parsed.case.origins).toBeUndefined();
    },
  );

  it('writes v=2 only when a value has an origin, and reads it back', () => {
    const c: Case = {
      event: 10532,
      code: '0x800706D9',
      host: 'BTS01',
      seen: [],
      answers: { cluster: 'yes', owner: 'no', svc: 'yes' },
      origins: { code: 'event:BTS01', host: 'event:BTS01', svc: 'collector:NODE1' },
      details: { svc: 'the clustered ENTSSO resource is Online (owned by NODE2)' },
    };
    const link = serializeLink(c, ENTSSO_10532_DECISION);
    expect(link.get('v')).toBe('2');
    expect(link.get('o.svc')).toBe('c:NODE1');
    const back = parseLink(new URLSearchParams(link.toString()), ENTSSO_10532_DECISION);
    expect(back.dropped).toEqual([]);
    expect(back.case).toEqual({ ...c, answers: { cluster: 'yes', svc: 'yes' } });
    expect(serializeLink({ ...c, origins: {}, details: {} }, ENTSSO_10532_DECISION).get('v')).toBe(
      '1',
    );
  });

  it('keeps a value whose origin is broken, as typed, and says why', () => {
    const parsed = parseLink(
      new URLSearchParams('v=2&svc=yes&o.svc=c%3A%3Cscript%3E&o.cluster=c%3ANODE1'),
      ENTSSO_10532_DECISION,
    );
    expect(parsed.case.answers).toEqual({ svc: 'yes' });
    expect(parsed.case.origins).toBeUndefined();
    expect(parsed.dropped.map((d) => d.param)).toEqual(['o.svc']);
  });

  it('a typed value or answer loses its origin; a reading sets one', () => {
    const read = applyPatch(new URLSearchParams('v=1'), {
      values: { host: 'BTS01' },
      answers: { svc: 'no' },
      origins: { host: 'event:BTS01', svc: 'collector:NODE1' },
      details: { svc: 'ENTSSO is Stopped' },
    });
    expect(read.toString()).toBe(
      'v=2&host=BTS01&o.host=e%3ABTS01&svc=no&o.svc=c%3ANODE1&d.svc=ENTSSO+is+Stopped',
    );
    const typed = applyPatch(read, { answers: { svc: 'yes' } });
    expect(typed.get('o.svc')).toBeNull();
    expect(typed.get('d.svc')).toBeNull();
    expect(typed.get('v')).toBe('2');
    expect(applyPatch(typed, { values: { host: 'BTS02' } }).get('v')).toBe('1');
  });

  it('fits a five-computer case in 2,000 characters', () => {
    const hosts = ['BTS01', 'BTS02', 'SSONODE1', 'SSONODE2', 'SQL01'];
    const checks = [
      'mssname',
      'svc',
      'cluster',
      'netname',
      'rpc',
      'svcadmin',
      'secretkey',
      'secretmatch',
    ];
    const origins: Record<string, Origin> = {
      code: 'event:BTS01',
      triedserver: 'event:BTS01',
      host: 'event:BTS01',
      time: 'event:BTS01',
    };
    const details: Record<string, string> = {};
    checks.forEach((check, i) => {
      const host = hosts[i % hosts.length] ?? 'BTS01';
      origins[check] = `collector:${host}`;
      details[check] =
        `${host}: the clustered ENTSSO resource is Online, owned by SSONODE2; UseNetworkName is 1`;
    });
    const c: Case = {
      event: 10532,
      code: '0x800706D9',
      triedserver: 'SSOCLUSTER',
      host: 'BTS01',
      time: '2024-03-05T14:07:12Z',
      secretserver: 'SSOCLUSTER',
      ssoadmins: 'CONTOSO\\SSO Administrators',
      sqlserver: 'SQL01\\BIZTALK',
      seen: [10501, 10527, 10529, 10534, 10575],
      answers: Object.fromEntries(checks.map((check) => [check, 'yes'])),
      origins,
      details,
    };
    const link = serializeLink(c, ENTSSO_10532_DECISION);
    const chars = `https://intranet.contoso.com/sso-triage/#/result?${link.toString()}`.length;
    expect(chars).toBeLessThanOrEqual(2000);
    expect(linkChars(link)).toBeGreaterThan(0);
    expect(parseLink(link, ENTSSO_10532_DECISION).case).toEqual(c);
  });

  it('round-trips any origins over any answers (property)', () => {
    const computer = fc.stringMatching(/^[A-Z][A-Z0-9-]{0,14}$/);
    const origin = fc
      .tuple(fc.constantFrom('event', 'collector'), computer)
      .map(([kind, host]) => `${kind}:${host}` as Origin);
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('svc', 'cluster', 'rpc', 'mssname'),
          fc.constantFrom('yes', 'no'),
        ),
        fc.dictionary(fc.constantFrom('svc', 'cluster', 'rpc', 'mssname'), origin),
        (answers, origins) => {
          const held = Object.fromEntries(
            Object.entries(origins).filter(([name]) => name in answers),
          );
          const c: Case = { seen: [], answers: answers as Case['answers'] };
          if (Object.keys(held).length > 0) c.origins = held;
          const link = serializeLink(c, ENTSSO_10532_DECISION);
          expect(parseLink(link, ENTSSO_10532_DECISION).case).toEqual(c);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads an origin only as e: or c: with a computer name', () => {
    expect(readOrigin('c:SSO01.contoso.com')).toEqual({
      ok: true,
      value: 'collector:SSO01.contoso.com',
    });
    expect(readOrigin('e:BTS01')).toEqual({ ok: true, value: 'event:BTS01' });
    for (const bad of ['x:SSO01', 'c:', 'c:<b>', 'c:a b', `c:${'A'.repeat(300)}`, 'SSO01'])
      expect(readOrigin(bad).ok, bad).toBe(false);
  });
});
