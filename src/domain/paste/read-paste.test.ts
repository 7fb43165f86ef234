import { describe, expect, it } from 'vitest';
import { blockConflicts, readCollectorBlock } from '../collector/read-block';
import { readEvent } from '../event-reader/read-event';
import { ENTSSO_10526_DECISION as model } from '../model/entsso-10526/decision';
import { collectorBlock, NOT_ELEVATED_BLOCK } from '../test-fixtures/collector-blocks';
import { EVENT_VIEWER_COPY } from '../test-fixtures/events';
import { readPaste, type PasteReaders } from './read-paste';

const readers: PasteReaders = { readEvent, block: { readCollectorBlock, blockConflicts } };

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
