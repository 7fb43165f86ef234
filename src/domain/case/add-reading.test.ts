import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTSSO_10527_DECISION } from '../model/entsso-10527/decision';
import { ENTSSO_10532_DECISION } from '../model/entsso-10532/decision';
import { addReading, addsToCase, computersOf } from './add-reading';
import { applyPatch } from './case-patch';
import { parseLink } from './link-codec';
import type { Origin } from './origins';

/** A 10532 read from BTS01's event, with BTS01's collector block. */
const FROM_BTS01 = applyPatch(new URLSearchParams('v=1'), {
  values: {
    event: '10532',
    code: '0x800706D9',
    host: 'BTS01',
    triedserver: 'SSOCLUSTER',
    secretserver: 'SSOCLUSTER',
  },
  answers: { rpc: 'yes' },
  origins: {
    code: 'event:BTS01',
    host: 'event:BTS01',
    triedserver: 'event:BTS01',
    secretserver: 'collector:BTS01',
    rpc: 'collector:BTS01',
  },
});

const MODEL = ENTSSO_10532_DECISION;

const nodeReading = (host: string, svc: 'yes' | 'no') => ({
  values: { code: '0xC0002A1F', host, time: '2024-03-05T09:14:05Z', secretserver: 'SSOCLUSTER' },
  answers: { cluster: 'yes' as const, svc },
  origins: {
    code: `event:${host}`,
    host: `event:${host}`,
    time: `event:${host}`,
    secretserver: `collector:${host}`,
    cluster: `collector:${host}`,
    svc: `collector:${host}`,
  } as Record<string, Origin>,
  details: { svc: `the clustered ENTSSO resource, seen from ${host}` },
});

describe('a reading from another computer adds to the case', () => {
  it('knows the computers of the case and when a reading comes from none of them', () => {
    expect([...computersOf(FROM_BTS01)].sort()).toEqual(['BTS01']);
    expect(addsToCase(FROM_BTS01, nodeReading('NODE1', 'yes').origins)).toBe(true);
    expect(addsToCase(FROM_BTS01, { svc: 'collector:bts01' })).toBe(false);
    expect(addsToCase(FROM_BTS01, { svc: 'collector:BTS01.contoso.com' })).toBe(false);
    expect(addsToCase(new URLSearchParams('v=1&code=0x80070005'), { svc: 'collector:NODE1' })).toBe(
      false,
    );
  });

  it('takes what the case lacks, with its origin, and never mixes in the other event', () => {
    const { patch, leftOut, disagree } = addReading(
      FROM_BTS01,
      nodeReading('NODE1', 'yes'),
      { read: 10524, pairsWith: 10527 },
      MODEL,
    );
    const after = applyPatch(FROM_BTS01, patch);
    const { case: c } = parseLink(after, ENTSSO_10532_DECISION);
    expect(c.code).toBe('0x800706D9');
    expect(c.host).toBe('BTS01');
    expect(c.answers).toEqual({ rpc: 'yes', cluster: 'yes', svc: 'yes' });
    expect(c.origins?.svc).toBe('collector:NODE1');
    expect(c.origins?.code).toBe('event:BTS01');
    expect(c.seen).toContain(10524);
    expect(c.half).toBeUndefined();
    expect(leftOut.sort()).toEqual(['code', 'host', 'time']);
    // The same secret server name from a second computer counts once.
    expect(disagree).toEqual([]);
  });

  it('keeps both sides of a disagreement, takes neither, and a typed answer settles it', () => {
    const first = applyPatch(
      FROM_BTS01,
      addReading(
        FROM_BTS01,
        nodeReading('NODE1', 'yes'),
        { read: undefined, pairsWith: 10527 },
        MODEL,
      ).patch,
    );
    const { patch, disagree } = addReading(
      first,
      nodeReading('NODE2', 'no'),
      { read: undefined, pairsWith: 10527 },
      MODEL,
    );
    expect(disagree).toEqual([
      {
        name: 'svc',
        said: [
          { origin: 'collector:NODE1', value: 'yes' },
          { origin: 'collector:NODE2', value: 'no' },
        ],
      },
    ]);
    const after = applyPatch(first, patch);
    const { case: c, dropped } = parseLink(after, ENTSSO_10532_DECISION);
    expect(dropped).toEqual([]);
    expect(c.answers.svc).toBeUndefined();
    expect(c.disagree?.svc).toEqual(disagree[0]?.said);
    const settled = applyPatch(after, { answers: { svc: 'yes' } });
    expect(parseLink(settled, ENTSSO_10532_DECISION).case.disagree).toBeUndefined();
  });

  it('adds a third computer to a dispute instead of settling it silently', () => {
    const one = (x: URLSearchParams, host: string, svc: 'yes' | 'no') =>
      applyPatch(x, addReading(x, nodeReading(host, svc), { read: undefined }, MODEL).patch);
    const three = one(one(one(FROM_BTS01, 'NODE1', 'yes'), 'NODE2', 'no'), 'NODE3', 'yes');
    const { case: c } = parseLink(three, ENTSSO_10532_DECISION);
    expect(c.answers.svc).toBeUndefined();
    expect(c.disagree?.svc).toEqual([
      { origin: 'collector:NODE1', value: 'yes' },
      { origin: 'collector:NODE2', value: 'no' },
      { origin: 'collector:NODE3', value: 'yes' },
    ]);
  });

  it('loses no answer and gives the same case in either order (property)', () => {
    const answer = fc.constantFrom<'yes' | 'no'>('yes', 'no');
    fc.assert(
      fc.property(answer, answer, (a, b) => {
        const one = (x: URLSearchParams, host: string, svc: 'yes' | 'no') =>
          applyPatch(
            x,
            addReading(x, nodeReading(host, svc), { read: undefined, pairsWith: 10527 }, MODEL)
              .patch,
          );
        const ab = parseLink(
          one(one(FROM_BTS01, 'NODE1', a), 'NODE2', b),
          ENTSSO_10532_DECISION,
        ).case;
        const ba = parseLink(
          one(one(FROM_BTS01, 'NODE2', b), 'NODE1', a),
          ENTSSO_10532_DECISION,
        ).case;
        expect(ab.answers.svc).toEqual(ba.answers.svc);
        // Every answer given is in the case, or in a disagreement with its computer.
        if (a === b) expect(ab.answers.svc).toBe(a);
        else
          expect(ab.disagree?.svc?.map((s) => `${s.origin}=${s.value}`).sort()).toEqual(
            [`collector:NODE1=${a}`, `collector:NODE2=${b}`].sort(),
          );
      }),
      { numRuns: 50 },
    );
  });

  it("replaces only its own computer's earlier word when that computer is read again", () => {
    const first = applyPatch(
      FROM_BTS01,
      addReading(
        FROM_BTS01,
        nodeReading('NODE1', 'no'),
        { read: undefined, pairsWith: 10527 },
        MODEL,
      ).patch,
    );
    const again = nodeReading('NODE1', 'yes');
    const { patch, disagree } = addReading(
      first,
      { ...again, answers: { svc: 'yes' } },
      { read: undefined, pairsWith: 10527 },
      MODEL,
    );
    expect(disagree).toEqual([]);
    const { case: c } = parseLink(applyPatch(first, patch), ENTSSO_10532_DECISION);
    // NODE1 no longer says cluster; BTS01's answer stays; its event values too.
    expect(c.answers).toEqual({ rpc: 'yes', svc: 'yes' });
    expect(c.code).toBe('0x800706D9');
  });

  it('refuses a broken disagreement in a link, and says so', () => {
    const { case: c, dropped } = parseLink(
      new URLSearchParams('v=2&x.svc=c%3ANODE1~yes&x.rpc=c%3A%3Cb%3E~no&x.rpc=you~yes'),
      ENTSSO_10532_DECISION,
    );
    expect(c.disagree).toBeUndefined();
    expect(dropped.map((d) => d.param).sort()).toEqual(['x.rpc', 'x.svc']);
  });
});

describe('a reading about a computer the case names, from another one', () => {
  /** A 10527 logged on SSO01 about a request from BTS01. */
  const REFUSAL = applyPatch(new URLSearchParams('v=1'), {
    values: {
      event: '10527',
      code: '0x80070005',
      host: 'SSO01',
      computer: 'BTS01',
      user: 'CONTOSO\\svc-sso',
    },
    origins: {
      code: 'event:SSO01',
      host: 'event:SSO01',
      computer: 'event:SSO01',
      user: 'event:SSO01',
    },
  });
  /** The collector block of a server that logged a 10532 (its own fetch failed). */
  const asker = (host: string) => ({
    values: { svcaccount: 'CONTOSO\\svc-other', secretserver: 'SSO01' },
    answers: { svcadmin: 'no' as const, rpc: 'yes' as const },
    origins: {
      svcaccount: `collector:${host}`,
      secretserver: `collector:${host}`,
      svcadmin: `collector:${host}`,
      rpc: `collector:${host}`,
    } as Record<string, Origin>,
  });

  it("leaves out what another server says about the 10527's Client Computer", () => {
    const added = addReading(
      REFUSAL,
      asker('BTS02'),
      { read: 10532, pairsWith: 10532 },
      ENTSSO_10527_DECISION,
    );
    expect(added.notAbout.map((n) => n.name).sort()).toEqual(['rpc', 'svcaccount', 'svcadmin']);
    expect(added.notAbout[0]).toMatchObject({ about: 'BTS01', from: 'BTS02' });
    expect(added.patch.answers).toEqual({});
    expect(added.patch.values).toEqual({ secretserver: 'SSO01' });
  });

  it("takes a passive node's word on the cluster, not on the owner's secret", () => {
    const node = {
      answers: { netname: 'yes' as const, secretkey: 'yes' as const },
      origins: { netname: 'collector:NODE2', secretkey: 'collector:NODE2' } as Record<
        string,
        Origin
      >,
    };
    const added = addReading(REFUSAL, node, { read: undefined }, ENTSSO_10527_DECISION);
    expect(added.notAbout).toEqual([{ name: 'secretkey', about: 'SSO01', from: 'NODE2' }]);
    expect(added.patch.answers).toEqual({ netname: 'yes' });
  });

  it('takes it from the Client Computer itself, in any form of its name', () => {
    const added = addReading(
      REFUSAL,
      asker('bts01.contoso.com'),
      { read: 10532, pairsWith: 10532 },
      ENTSSO_10527_DECISION,
    );
    expect(added.notAbout).toEqual([]);
    expect(added.patch.answers).toEqual({ svcadmin: 'no', rpc: 'yes' });
    expect(added.patch.values?.svcaccount).toBe('CONTOSO\\svc-other');
  });
});
