import { describe, expect, it } from 'vitest';
import { ENTSSO_10532_DECISION } from '../model/entsso-10532/decision';
import { addReading } from './add-reading';
import { applyPatch } from './case-patch';
import { parseLink, serializeLink } from './link-codec';
import { halfOf } from './other-half';
import { halvesStory } from '../diagnosis/half-words';

const FETCH_SIDE = { side: 'fetch', caseEvent: 10532 } as const;
const MODEL = ENTSSO_10532_DECISION;

/** BTS01's 10532, read from its event. */
const FETCH = applyPatch(new URLSearchParams('v=1'), {
  values: {
    event: '10532',
    host: 'BTS01.contoso.com',
    triedserver: 'SSOMSS01',
    code: '0x80070005',
    time: '2024-03-05T09:14:07Z',
  },
  origins: { host: 'event:BTS01.contoso.com', code: 'event:BTS01.contoso.com' },
});

/** The 10527 the master secret server logged for that request. */
const REFUSAL = {
  values: {
    event: '10527',
    host: 'SSOMSS01',
    computer: 'BTS01',
    user: 'CONTOSO\\svc-sso',
    code: '0xC0002A1F',
    time: '2024-03-05T09:14:05Z',
    secretno: '2',
  },
  origins: { host: 'event:SSOMSS01', computer: 'event:SSOMSS01', code: 'event:SSOMSS01' } as const,
};

describe('the two halves of one fetch', () => {
  it('keeps a 10527 pasted into a 10532 case as its other half, in the link, never mixed in', () => {
    const { patch, half } = addReading(FETCH, REFUSAL, { read: 10527, pairsWith: 10527 }, MODEL);
    expect(half).toBe(10527);
    const link = applyPatch(FETCH, patch);
    const { case: c, dropped } = parseLink(link, ENTSSO_10532_DECISION);
    expect(dropped).toEqual([]);
    expect(c.code).toBe('0x80070005');
    expect(c.half).toEqual({
      event: 10527,
      values: {
        host: 'SSOMSS01',
        computer: 'BTS01',
        user: 'CONTOSO\\svc-sso',
        time: '2024-03-05T09:14:05Z',
        code: '0xC0002A1F',
      },
    });
    // Written back as it was read.
    expect(parseLink(serializeLink(c, ENTSSO_10532_DECISION), ENTSSO_10532_DECISION).case).toEqual(
      c,
    );
  });

  it('tells one fetch when the Client Computer, the server tried and the times fit', () => {
    const { case: c } = parseLink(
      applyPatch(FETCH, addReading(FETCH, REFUSAL, { read: 10527, pairsWith: 10527 }, MODEL).patch),
      ENTSSO_10532_DECISION,
    );
    const half = c.half;
    if (!half) throw new Error('no half');
    expect(halvesStory(c, FETCH_SIDE, half)).toEqual({
      oneFetch: true,
      client: 'BTS01.contoso.com',
      mss: 'SSOMSS01',
      refusedAt: '2024-03-05T09:14:05Z',
      reasons: [],
      notes: [],
    });
    const other = { ...half, values: { ...half.values, computer: 'BTS02' } };
    expect(halvesStory(c, FETCH_SIDE, other).reasons).toEqual([
      "the 10527's Client Computer is BTS02, not BTS01.contoso.com",
    ]);
    const later = { ...half, values: { ...half.values, time: '2024-03-05T11:14:05Z' } };
    expect(halvesStory(c, FETCH_SIDE, later).reasons).toEqual([
      'they were logged 120 minutes apart',
    ]);
    // A cluster node logs the refusal for the network name the 10532 tried: a note, not a no.
    const node = { ...half, values: { ...half.values, host: 'SSONODE1' } };
    expect(halvesStory(c, FETCH_SIDE, node)).toMatchObject({
      oneFetch: true,
      notes: [expect.stringContaining('SSONODE1')],
    });
  });

  it('reads the same story from the other side: a 10532 added to a 10527 case', () => {
    const half = halfOf(10532, 10532, {
      host: 'BTS01',
      triedserver: 'SSOMSS01',
      time: '2024-03-05T09:14:07Z',
      code: '0x80070005',
    });
    if (!half) throw new Error('no half');
    const story = halvesStory(
      { host: 'SSOMSS01', computer: 'BTS01', time: '2024-03-05T09:14:05Z' },
      { side: 'refusal', caseEvent: 10527 },
      half,
    );
    expect(story).toMatchObject({ oneFetch: true, client: 'BTS01', mss: 'SSOMSS01' });
    expect(halfOf(10527, 10524, {})).toBeUndefined();
  });

  it('drops a half from a link that the case event does not pair with, or a value that does not fit', () => {
    const { case: c } = parseLink(
      new URLSearchParams('v=2&event=10532&h.event=10524&h.host=X'),
      ENTSSO_10532_DECISION,
    );
    expect(c.half).toBeUndefined();
    const bad = parseLink(
      new URLSearchParams('v=2&event=10532&h.event=10527&h.host=MSS&h.time=yesterday'),
      ENTSSO_10532_DECISION,
    ).case.half;
    expect(bad).toEqual({ event: 10527, values: { host: 'MSS' } });
  });
});
