import { describe, expect, it } from 'vitest';
import { blockConflicts, readCollectorBlock, readCollectorBlocks } from '../collector/read-block';
import { readEvent } from '../event-reader/read-event';
import { ENTSSO_10526_DECISION as model } from '../model/entsso-10526/decision';
import { collectorBlock, NOT_ELEVATED_BLOCK } from '../test-fixtures/collector-blocks';
import { EVENT_VIEWER_COPY } from '../test-fixtures/events';
import { landPaste, patchOfPaste, readPaste, type PasteReaders } from './read-paste';
import { ENTSSO_10532_DECISION } from '../model/entsso-10532/decision';

const readers: PasteReaders = {
  readEvent,
  block: { readCollectorBlock, readCollectorBlocks, blockConflicts },
};

describe('readPaste', () => {
  it('reads an event and a collector block in one paste: the event wins, the events found add up', () => {
    const block = collectorBlock({ code: '0x80070005', elevated: 'no', seen: [10771] });
    const r = readPaste(`${EVENT_VIEWER_COPY}\n${block}`, readers, model);
    expect(r.patch.values?.code).toBe('0xC0002A14');
    expect(r.patch.answers).toEqual({ elevated: 'no' });
    expect(r.patch.found).toEqual([10771]);
    expect(r.event?.found).toContain('code');
    expect(r.block?.block.changes.code).toBe('0x80070005');
    expect(r.otherEvent).toBeUndefined();
  });

  it('says which other event was pasted instead of the one triaged', () => {
    expect(readPaste('Event ID: 10560\nError Code: 0x5', readers, model).otherEvent).toBe(10560);
  });

  it('reads only what its loaded readers can: no event reader, no event', () => {
    const r = readPaste(
      `${EVENT_VIEWER_COPY}\n${NOT_ELEVATED_BLOCK}`,
      { block: readers.block },
      model,
    );
    expect(r.event).toBeUndefined();
    expect(r.patch.values?.code).toBe('0x80070005');
    expect(readPaste(EVENT_VIEWER_COPY, {}, model)).toEqual({ patch: {} });
  });
});

describe('a paste of another event with a model of its own', () => {
  const siblingOf = (id: number) =>
    Promise.resolve(id === 10532 ? ENTSSO_10532_DECISION : undefined);

  it('is read by that event: its fields, its answers, and the case moved to it', async () => {
    const xml = `<Event><System><Provider Name="ENTSSO"/><EventID>10532</EventID></System><EventData><Data>ENTSSO</Data><Data>0x800706D9, there are no more endpoints</Data></EventData></Event>`;
    const patch = await patchOfPaste(xml, readers, model, siblingOf);
    expect(patch.values).toMatchObject({
      event: '10532',
      triedserver: 'ENTSSO',
      code: '0x800706D9',
    });
  });

  it('is known by its message alone, and read by its own layout', async () => {
    const message = `Failed to retrieve master secrets. Verify that the master secret server name is correct and that it is available.
 Secret Server Name: SSOCLUSTER
 Error Code: 0x800706BA`;
    const patch = await patchOfPaste(message, readers, model, siblingOf);
    expect(patch.values).toMatchObject({
      event: '10532',
      triedserver: 'SSOCLUSTER',
      code: '0x800706BA',
    });
    expect(patch.values?.user).toBeUndefined();
  });

  it('follows a collector block that names its event, with that model’s answers', async () => {
    // Run on the master secret server, which the block says: it may answer about it.
    const block = collectorBlock({
      event: 10532,
      code: '0x800706BA',
      secretkey: 'no',
      svc: 'yes',
      roles: ['mss'],
      rolesWhy: { mss: 'the SSO database names this computer' },
    });
    const patch = await patchOfPaste(block, readers, model, siblingOf);
    expect(patch.values).toMatchObject({ event: '10532', code: '0x800706BA' });
    expect(patch.answers).toEqual({ secretkey: 'no', svc: 'yes' });
  });

  it('is read by the case’s model when the other event has none (its ID is kept)', async () => {
    const text = 'Event ID: 10560\nError Code: 0x5';
    const patch = await patchOfPaste(text, readers, model, siblingOf);
    expect(patch).toEqual(readPaste(text, readers, model).patch);
    expect(patch.values?.event).toBe('10560');
  });

  it('names a block event that is not an event number, and keeps the rest', () => {
    const r = readPaste(collectorBlock({ event: 'x', code: '0x5' }), readers, model);
    expect(r.otherEvent).toBeUndefined();
    expect(r.block?.block.problems.join(' ')).toMatch(/The event "x" was left out/);
  });
});

describe('a block pasted with an event', () => {
  it('says when the two are about different events, naming the code the event overrode', () => {
    const block = collectorBlock({ event: 10532, code: '0x800706BA' });
    const r = readPaste(`${EVENT_VIEWER_COPY}\n${block}`, readers, model);
    expect(r.block?.conflicts.join(' ')).toMatch(
      /about event 10532, but the event pasted with it is 10526.*0x800706BA/,
    );
    expect(r.patch.values?.code).toBe('0xC0002A14');
  });

  it('is still found when mail turned its spaces into non-breaking ones', () => {
    const block = collectorBlock({ code: '0x80070005', elevated: 'no' }).replace(/ /g, '\u00a0');
    const r = readPaste(block, readers, model);
    expect(r.block?.block.changes.code).toBe('0x80070005');
    expect(r.patch.answers).toEqual({ elevated: 'no' });
  });
});

describe('landPaste', () => {
  /** A 10526 case read from SSO01's event. */
  const FROM_SSO01 = new URLSearchParams(
    'v=2&code=0xC0002A14&o.code=e%3ASSO01&host=SSO01&o.host=e%3ASSO01',
  );
  const at = (shown: URLSearchParams) => ({ before: shown, shown, caseEvent: 10526 });

  it("adds another computer's view of the same event, and keeps the case's event values", () => {
    const block = collectorBlock({ host: 'SSO02', roles: ['mss'], svc: 'no', code: '0x80070005' });
    const read = { patch: readPaste(block, readers, model).patch, event: model.event };
    const landing = landPaste(read, at(FROM_SSO01), model, undefined);
    expect(landing.added?.computers).toEqual(['collector:SSO02']);
    expect(landing.patch.answers).toEqual({ svc: 'no' });
    expect(landing.patch.values?.code).toBeUndefined();
  });

  it('keeps what the blocks of one paste disagree on, with both computers', () => {
    const node = (host: string, svc: string) =>
      collectorBlock({ host, roles: ['mss'], secretserver: 'SSOCLUSTER', cluster: 'yes', svc });
    const text = `${node('NODE1', 'yes')}\n${node('NODE2', 'no')}`;
    const read = { patch: readPaste(text, readers, model).patch, event: model.event };
    const landing = landPaste(read, at(new URLSearchParams('v=1')), model, undefined);
    expect(landing.added).toBeUndefined();
    expect(landing.patch.answers).toEqual({ cluster: 'yes' });
    expect(landing.patch.disagree).toEqual({
      svc: [
        { origin: 'collector:NODE1', value: 'yes' },
        { origin: 'collector:NODE2', value: 'no' },
      ],
    });
  });

  it('switches to another event from another computer: the newest action wins', () => {
    const read = {
      patch: {
        values: { event: '10560', code: '0x80070070', host: 'SSO02' },
        origins: { code: 'event:SSO02', host: 'event:SSO02' } as const,
      },
      event: { id: 10560, name: 'x', summary: 'x', layout: [] },
    };
    const landing = landPaste(read, at(FROM_SSO01), model, {
      fields: { code: '0xC0002A14', host: 'SSO01' },
      seen: [],
    });
    expect(landing.added).toBeUndefined();
    expect(landing.patch.values?.event).toBe('10560');
    expect(landing.patch.values?.code).toBe('0x80070070');
  });
});
