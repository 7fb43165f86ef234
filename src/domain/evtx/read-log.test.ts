import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTSSO_10526_DECISION as model } from '../model/entsso-10526/decision';
import { MADE_UP_19999 } from '../model/made-up-19999';
import { WEVTUTIL_TEXT } from '../test-fixtures/events';
import { evtxSample } from '../test-fixtures/evtx-samples';
import {
  csvExport,
  LOG_SAMPLES,
  ONE_VALUE_FAILURE,
  tsvExport,
  TWO_ATTEMPTS,
  utf16File,
  xmlExport,
} from '../test-fixtures/log-exports';
import { decimalId, readEvtx } from './read-evtx';
import { variedEvtx } from '../test-fixtures/varied-evtx';
import { NotALog, readLog, readLogSteps, type LogEvent } from './read-log';
import { filetime } from './values';
import { storyOf } from './story';

describe('whole logs', () => {
  it.each([
    ['xml', xmlExport()],
    ['csv', csvExport()],
    ['tsv', tsvExport()],
  ])('reads a %s export, UTF-8 or UTF-16, and keeps its ENTSSO events', (format, text) => {
    for (const bytes of [new TextEncoder().encode(text), utf16File(text)]) {
      const log = readLog(bytes);
      expect(log.format).toBe(format);
      expect(log.total).toBe(8);
      expect(log.entsso.map((e) => e.id)).toEqual([
        10562, 10528, 10526, 10766, 10772, 10526, 10525,
      ]);
    }
  });

  it('finds the story of the newest failure, or of one picked', () => {
    for (const text of [xmlExport(), csvExport()]) {
      const log = readLog(new TextEncoder().encode(text));
      const newest = storyOf(log.entsso, model);
      expect(newest.failures).toHaveLength(2);
      expect(newest.changes).toMatchObject({
        code: '0xC0002A14',
        user: 'CONTOSO\\jdoe',
        computer: 'SSO01',
        tid: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
        seen: '10525,10772',
      });
      expect(newest.notes.join(' ')).toMatch(/Logged after this failure: event 10525\./);
      const older = storyOf(log.entsso, model, 1);
      expect(older.changes).toMatchObject({ code: '0xC0002A0E', seen: '10525,10766' });
    }
  });

  it('reads wevtutil and Get-WinEvent text saved to a file', () => {
    const log = readLog(new TextEncoder().encode(WEVTUTIL_TEXT));
    expect(log.format).toBe('text');
    expect(log.entsso.map((e) => e.id)).toContain(10526);
    const story = storyOf(log.entsso, model);
    expect(story.changes.code).toBe('0xC0002A14');
  });

  it('makes later outcomes and an unfinished re-encryption evidence', () => {
    const unfinished = LOG_SAMPLES.filter((e) => e.id !== 10528);
    const log = readLog(new TextEncoder().encode(xmlExport(unfinished)));
    expect(storyOf(log.entsso, model).changes.seen).toBe('10525,10562,10772');
  });

  it("tells another model's story by its own layout, outcomes and unfinished work", () => {
    const at = (minute: number) => `2024-03-05T14:${String(minute).padStart(2, '0')}:00Z`;
    const logged = (id: number, minute: number, data: string[] = []): LogEvent => ({
      id,
      provider: 'ENTSSO',
      time: at(minute),
      computer: 'SSO01',
      data,
    });
    const madeUp: typeof MADE_UP_19999 = {
      ...MADE_UP_19999,
      notes: [
        ...MADE_UP_19999.notes,
        { id: 'stuck', anyOf: [{ kind: 'event-without', event: 10601, without: 10602 }] },
      ],
      text: { ...MADE_UP_19999.text, notes: { ...MADE_UP_19999.text.notes, stuck: 'Stuck.' } },
    };
    const story = storyOf(
      [
        logged(10601, 1),
        logged(19999, 2, ['ignored', '0xC0002A1B', 'CONTOSO\\ops']),
        logged(10523, 5),
      ],
      madeUp,
    );
    expect(story.changes).toMatchObject({ code: '0xC0002A1B', user: 'CONTOSO\\ops' });
    expect(story.changes.seen).toBe('10523,10601');
    expect(story.notes.join(' ')).toMatch(/Event 10601 at .* has no 10602 after it/);
    expect(story.notes.join(' ')).toMatch(/Logged after this failure: event 10523\./);
    // The same values in 10526's order are not read by the made-up layout.
    const shifted = storyOf(
      [
        logged(19999, 2, [
          'CONTOSO\\ops',
          'SSO01',
          '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}',
          '0xC0002A1B',
        ]),
      ],
      madeUp,
    );
    expect(shifted.changes.code).toBeUndefined();
  });

  it('reads the real .evtx samples (none holds ENTSSO events)', () => {
    const bytes = new Uint8Array(readFileSync(evtxSample('application-no-crc32.evtx')));
    const log = readLog(bytes);
    expect(log).toMatchObject({ format: 'evtx', total: 17, entsso: [] });
  });

  it(
    'reads text in time linear in its length, even a long run of blank lines',
    { retry: 2 },
    () => {
      const time = (text: string) => {
        const bytes = new TextEncoder().encode(text);
        let best = Infinity;
        for (let i = 0; i < 3; i++) {
          const t0 = performance.now();
          try {
            readLog(bytes);
          } catch {
            // No event in it: that is the answer, and it must come quickly.
          }
          best = Math.min(best, performance.now() - t0);
        }
        return best;
      };
      const blanks = (n: number) => `Id : 1\n${' \n'.repeat(n)}`;
      time(blanks(20_000));
      expect(time(blanks(80_000)) / Math.max(time(blanks(20_000)), 0.5)).toBeLessThan(8);
    },
  );

  it('keeps the Task Category out of a CSV message', () => {
    const log = readLog(new TextEncoder().encode(csvExport()));
    expect(log.entsso[0]?.message).toBe('Re-encryption is starting.');
  });

  it('reads an event id only as decimal digits: 0x291E is not 10526', () => {
    const failures = (text: string) =>
      readLog(new TextEncoder().encode(text)).entsso.filter((e) => e.id === 10526).length;
    const csv = csvExport();
    expect(failures(csv)).toBe(2);
    expect(failures(csv.replaceAll(',ENTSSO,10526,', ',ENTSSO,0x291E,'))).toBe(0);
    expect(failures(csv.replaceAll(',ENTSSO,10526,', ',ENTSSO,1.0526e4,'))).toBe(0);
    expect(decimalId(' 10526 ')).toBe(10526);
    expect(decimalId('0')).toBe(0);
    for (const bad of ['0x291E', '1e4', '', '-1', '105260', '10526.0'])
      expect(decimalId(bad)).toBeUndefined();
  });

  it('gives no time for a FILETIME past year 9999, rather than a six-digit year', () => {
    expect(filetime(133_541_212_321_234_567n)).toBe('2024-03-05T14:07:12.1234567Z');
    // 9999-12-31T23:59:59Z is 2,650,467,743,990,000,000 ticks; one second more is year 10000.
    expect(filetime(2_650_467_743_990_000_000n)).toBe('9999-12-31T23:59:59.0000000Z');
    expect(filetime(2_650_467_744_000_000_000n)).toBe('');
    expect(filetime(0xffff_ffff_ffff_ffffn)).toBe('');
  });

  it('counts the records it could not read, before anything else', () => {
    const bytes = new Uint8Array(readFileSync(evtxSample('system-binary-9chunks.evtx')));
    const whole = readLog(bytes);
    // The first record's binary XML starts 24 bytes into it: an unknown token there.
    const broken = bytes.slice();
    broken[4096 + 512 + 24] = 0xff;
    const log = readLog(broken);
    expect(log.total).toBe(whole.total - 1);
    expect(log.notes[0]).toBe(
      `1 of ${whole.total.toLocaleString('en-US')} records could not be read; any of them may have been an ENTSSO event.`,
    );
  });

  it('says so when an XML export ends inside its last event', () => {
    const whole = xmlExport();
    const full = readLog(new TextEncoder().encode(whole));
    expect(full.notes).toEqual([]);
    const cut = whole.slice(0, whole.lastIndexOf('</Event>'));
    const log = readLog(new TextEncoder().encode(cut));
    expect(log.total).toBe(full.total - 1);
    expect(log.notes).toEqual([expect.stringMatching(/ends inside an event/)]);
  });

  describe('local dates written day first (en-GB and most of Europe)', () => {
    const failure = (local: string, code: string) => ({
      ...(LOG_SAMPLES[3] as (typeof LOG_SAMPLES)[number]),
      local,
      data: ['CONTOSO\\jdoe', 'SSO01', '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}', code],
      message: `Failed to generate a new master secret.\n\n Error Code: ${code}`,
    });
    // 12 March, then 2 April: read month first they would be 3 December and 4 February.
    const march = failure('12/03/2024 10:00:00', '0xC0002A0E');
    const april = failure('02/04/2024 09:00:00', '0xC0002A14');
    const service = {
      ...(LOG_SAMPLES[0] as (typeof LOG_SAMPLES)[number]),
      local: '13/03/2024 08:00:00',
    };

    it('are read day first when one date of the file can only be, and the newest failure is right', () => {
      const log = readLog(new TextEncoder().encode(csvExport([service, march, april])));
      const story = storyOf(log.entsso, model, 0);
      expect(story.failures[0]?.message).toContain('0xC0002A14');
      expect(story.failures[0]?.localTime).toBe('2024-04-02 09:00:00');
      expect(log.notes.join(' ')).not.toMatch(/day-first/);
    });

    it('are read month first with a note when every date reads both ways and the order depends on it', () => {
      const log = readLog(new TextEncoder().encode(csvExport([march, april])));
      expect(log.notes.join(' ')).toMatch(/reads both day-first and month-first/);
      // The US English export of the samples reads the same either way: no note.
      expect(readLog(new TextEncoder().encode(csvExport())).notes.join(' ')).not.toMatch(
        /day-first/,
      );
    });

    it('says the order cannot be trusted when dates disagree', () => {
      const us = failure('3/14/2024 10:00:00 AM', '0xC0002A0E');
      const log = readLog(new TextEncoder().encode(csvExport([service, us, april])));
      expect(log.notes.join(' ')).toMatch(/cannot be trusted/);
    });
  });

  it('reads on past a stray quote in the middle of a cell (it cost the whole CSV before)', () => {
    const csv = csvExport().replace(
      'None,"A service changed state."',
      'None 5" disk,"A service changed state."',
    );
    expect(csv).toContain('5" disk');
    const log = readLog(new TextEncoder().encode(csv));
    expect(log.total).toBe(8);
    expect(log.entsso).toHaveLength(7);
    // A stray quote at the top, in the header's first cell, too.
    const top = readLog(
      new TextEncoder().encode(csvExport().replace('Task Category', 'Task "Category')),
    );
    expect(top.entsso).toHaveLength(7);
  });

  it('stops every 64 K characters or so to say how far it is, for a page reading on its own thread', () => {
    const events = xmlExport().split('<Events>')[1]!.replace('</Events>', '');
    const text = `<Events>${events.repeat(2_000)}</Events>`;
    const bytes = new TextEncoder().encode(text);
    const steps = readLogSteps(bytes);
    const seen: number[] = [];
    let next = steps.next();
    while (!next.done) {
      seen.push(next.value.done);
      next = steps.next();
    }
    expect(seen.length).toBeGreaterThan(text.length / 70_000);
    // Progress only grows, and ends at the whole file.
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(bytes.length);
    expect(next.value.entsso).toHaveLength(7 * 2_000);
  });

  it('says what the checks removed from, or refused in, the picked failure', () => {
    const picked = {
      ...(LOG_SAMPLES[6] as (typeof LOG_SAMPLES)[number]),
      data: [
        'CONTOSO\\jd\u200Boe',
        `SSO${'1'.repeat(300)}`,
        '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}',
        '0xC0002A14',
      ],
    };
    const log = readLog(new TextEncoder().encode(xmlExport([picked])));
    const story = storyOf(log.entsso, model, 0);
    expect(story.changes.user).toBe('CONTOSO\\jdoe');
    expect(story.changes.computer).toBeUndefined();
    expect(story.notes).toEqual(
      expect.arrayContaining([
        'Client user: Invisible formatting or direction characters were removed.',
        'Client computer was left out: Client computer is longer than 255 characters.',
      ]),
    );
  });

  it('leaves out values holding an entity reference Event Viewer never writes, and says so', () => {
    const text = xmlExport().replace('<Data>CONTOSO\\jdoe</Data>', '<Data>&xxe;</Data>');
    expect(text).toContain('&xxe;');
    const log = readLog(new TextEncoder().encode(text));
    const story = storyOf(log.entsso, model, 0);
    expect(story.changes.user).toBeUndefined();
    expect(log.notes.join(' ')).toMatch(/One value holds an entity reference/);
  });

  it('says so for a file that is no log', () => {
    const random = new Uint8Array(5000).map((_, i) => (i * 2654435761) >>> 24);
    expect(() => readLog(random)).toThrow(NotALog);
    expect(() => readLog(new TextEncoder().encode('hello world'))).toThrow(NotALog);
  });
});

describe('one failure, its own evidence', () => {
  it('gives each picked failure only the events that belong to it', () => {
    const log = readLog(new TextEncoder().encode(xmlExport(TWO_ATTEMPTS)));
    const newest = storyOf(log.entsso, model, 0);
    expect(newest.changes).toMatchObject({ code: '0xC0002A20', seen: '10560,10784' });
    const older = storyOf(log.entsso, model, 1);
    expect(older.changes).toMatchObject({ code: '0x80070005', seen: '10771' });
  });

  it('reads an export whose event holds the whole message in one value, program included', () => {
    const log = readLog(new TextEncoder().encode(xmlExport(ONE_VALUE_FAILURE)));
    const story = storyOf(log.entsso, model, 0);
    expect(story.changes).toMatchObject({
      code: '0x80070005',
      user: 'CONTOSO\\jdoe',
      computer: 'BTS01.contoso.com',
      program: 'ssoconfig.exe:4412',
      tid: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    });
    expect(story.notes.join(' ')).not.toMatch(/did not give/);
  });

  it('names the fields a picked event did not give', () => {
    const bare = [{ ...ONE_VALUE_FAILURE[0]!, data: ['Failed to generate a new master secret.'] }];
    const story = storyOf(readLog(new TextEncoder().encode(xmlExport(bare))).entsso, model, 0);
    expect(story.notes.join(' ')).toMatch(
      /did not give: error code, client user, client computer, tracking id/,
    );
  });
});

describe('a log read for its ENTSSO events only', () => {
  it('counts, keeps and leaves out exactly what a read of every record would', () => {
    const bytes = variedEvtx(3e6);
    const every = readEvtx(bytes);
    const reading = readLog(bytes);
    const readable = every.records.filter((r) => !r.error);
    expect(reading.total).toBe(readable.length);
    expect(reading.total).toBeGreaterThan(4000);
    const entsso = readable.filter((r) => r.provider === 'ENTSSO');
    expect(entsso.length).toBeGreaterThan(0);
    expect(reading.entsso.map((e) => `${e.id}@${e.computer}`)).toEqual(
      entsso.map((r) => `${r.eventId}@${r.computer}`),
    );
  });
});
