import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVTX_SAMPLES } from '../test-fixtures/evtx-samples';
import { readEvtx, NotAnEventLog, type EvtxRecord } from './read-evtx';

const DATA = EVTX_SAMPLES;
const samples = readdirSync(DATA).filter((f) => f.endsWith('.evtx'));

interface OracleItem {
  name: string | null;
  value: string | string[];
  element?: string;
}
interface OracleEvent {
  record_number: number;
  chunk: number;
  error?: string;
  provider: string;
  event_id: number;
  qualifiers: number | null;
  time_created: string;
  event_record_id: number;
  computer: string;
  channel: string;
  event_data: OracleItem[] | null;
  binary: string | null;
  user_data: { root: string; values: Array<{ name: string; value: string }> } | null;
}

const load = (file: string) => new Uint8Array(readFileSync(join(DATA, file)));
const oracleOf = (file: string) =>
  JSON.parse(readFileSync(join(DATA, 'oracle', file.replace(/\.evtx$/, '.json')), 'utf8')) as {
    records: number;
    records_with_errors: number;
    events: OracleEvent[];
  };

/** The fields the oracle and the reader must agree on. */
function fields(r: EvtxRecord) {
  return {
    record_number: r.recordNumber,
    provider: r.provider,
    event_id: r.eventId,
    qualifiers: r.qualifiers,
    time_created: r.timeCreated,
    event_record_id: r.eventRecordId,
    computer: r.computer,
    channel: r.channel,
    event_data: r.eventData.map((d) => ({ ...d })),
    binary: r.binary,
    user_data: r.userData,
  };
}
function expected(e: OracleEvent) {
  return {
    record_number: e.record_number,
    provider: e.provider,
    event_id: e.event_id,
    qualifiers: e.qualifiers,
    time_created: e.time_created,
    event_record_id: e.event_record_id,
    computer: e.computer,
    channel: e.channel,
    event_data: (e.event_data ?? []).map(({ name, value, element }) =>
      element ? { name, element, value } : { name, value },
    ),
    binary: e.binary ?? '',
    user_data: e.user_data,
  };
}

describe.each(samples)('the .evtx reader on the real sample %s', (file) => {
  it('agrees with the oracle on every record', () => {
    const oracle = oracleOf(file);
    const reading = readEvtx(load(file));
    expect(reading.records).toHaveLength(oracle.records);
    expect(reading.records.filter((r) => r.error)).toHaveLength(oracle.records_with_errors);
    const byNumber = new Map(reading.records.map((r) => [`${r.chunk}:${r.recordNumber}`, r]));
    for (const event of oracle.events) {
      const mine = byNumber.get(`${event.chunk}:${event.record_number}`);
      expect(mine, `record ${event.record_number}`).toBeDefined();
      if (event.error) {
        expect(mine?.error, `record ${event.record_number}`).toBeDefined();
        continue;
      }
      expect(fields(mine as EvtxRecord), `record ${event.record_number}`).toEqual(expected(event));
    }
  });
});

describe('files that are not event logs', () => {
  it('says so for random bytes and for text', () => {
    const random = new Uint8Array(70_000).map((_, i) => (i * 2654435761) >>> 24);
    expect(() => readEvtx(random)).toThrow(NotAnEventLog);
    expect(() => readEvtx(new TextEncoder().encode('Log Name: Application'))).toThrow(
      /not a Windows event log/,
    );
  });

  it('says so when the file is cut inside a chunk, and reads the whole chunks before it', () => {
    const whole = load('system-binary-9chunks.evtx');
    expect(readEvtx(whole).notes.join(' ')).not.toMatch(/cut short/);
    const cut = whole.slice(0, 4096 + 2 * 65536 + 1000);
    const reading = readEvtx(cut);
    expect(reading.chunksRead).toBe(2);
    expect(reading.notes.join(' ')).toMatch(/ends 1,000 bytes into chunk 2: it was cut short/);
  });

  it('skips a damaged chunk with a note and reads the others', () => {
    const bytes = load('system-binary-9chunks.evtx').slice();
    bytes.fill(0x41, 4096 + 65536, 4096 + 65536 + 8);
    const damaged = readEvtx(bytes);
    const whole = readEvtx(load('system-binary-9chunks.evtx'));
    expect(damaged.records.length).toBeLessThan(whole.records.length);
    expect(damaged.records.length).toBeGreaterThan(0);
    expect(damaged.notes.join(' ')).toMatch(
      /Chunk 1 is damaged .* skipped, and \d+ records with it/,
    );
  });
});
