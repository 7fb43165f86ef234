import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as samples from '../test-fixtures/events';
import { MAX_EVENT_TEXT } from './limits';
import { dataFitsLayout, findEventIds, readEvent, valuesByLayout } from './read-event';
import { decodeEventFile } from './text-source';
import { ENTSSO_10526_DECISION } from '../model/entsso-10526/decision';

const EVENT_10526 = ENTSSO_10526_DECISION.event;

const FULL = {
  code: '0xC0002A14',
  user: 'CONTOSO\\jdoe',
  computer: 'SSO01',
  tid: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
};

describe('readEvent: every pasted shape', () => {
  it('reads an Event Viewer copy with its XML, preferring the XML time and computer', () => {
    const r = readEvent(samples.EVENT_VIEWER_COPY_WITH_XML, EVENT_10526);
    expect(r.shape).toBe('event-viewer-copy-with-xml');
    expect(r.fields).toEqual({
      ...FULL,
      event: '10526',
      host: 'SSO01.contoso.com',
      time: '2024-03-05T14:07:12Z',
    });
    expect(r.missing).toEqual([]);
  });

  it('reads an Event Viewer copy without XML and refuses to guess the zone of its local date', () => {
    const r = readEvent(samples.EVENT_VIEWER_COPY, EVENT_10526);
    expect(r.shape).toBe('event-viewer-copy');
    expect(r.fields).toEqual({ ...FULL, event: '10526', host: 'SSO01.contoso.com' });
    expect(r.missing).toEqual(['time']);
    expect(r.localTime).toBe('3/5/2024 2:07:12 PM');
    expect(r.notes.join(' ')).toMatch(/no zone/);
  });

  it('reads bare event XML, insertion strings in order', () => {
    const r = readEvent(samples.EVENT_XML, EVENT_10526);
    expect(r.shape).toBe('event-xml');
    expect(r.fields).toEqual({
      ...FULL,
      event: '10526',
      host: 'SSO01.contoso.com',
      time: '2024-03-05T14:07:12Z',
    });
  });

  it('reads wevtutil text, picks the 10526 block and reports the other events', () => {
    const r = readEvent(samples.WEVTUTIL_TEXT, EVENT_10526);
    expect(r.shape).toBe('wevtutil-text');
    expect(r.fields).toEqual({
      ...FULL,
      event: '10526',
      host: 'SSO01.contoso.com',
      time: '2024-03-05T14:07:12Z',
    });
    expect(r.otherEventIds).toEqual([10772]);
  });

  it('reads Get-WinEvent | Format-List output', () => {
    const r = readEvent(samples.FORMAT_LIST, EVENT_10526);
    expect(r.shape).toBe('powershell-format-list');
    expect(r.fields).toEqual({ ...FULL, event: '10526' });
    expect(r.localTime).toBe('3/5/2024 2:07:12 PM');
  });

  it('reads the older Event Viewer copy, one field per line', () => {
    const r = readEvent(samples.LEGACY_MULTILINE, EVENT_10526);
    expect(r.shape).toBe('legacy-event-viewer');
    expect(r.fields).toEqual({ ...FULL, event: '10526', host: 'SSO01' });
    expect(r.localTime).toBe('3/5/2009 2:07:12 PM');
  });

  it('reads the older Event Viewer copy run together on one line', () => {
    const r = readEvent(samples.LEGACY_ONE_LINE, EVENT_10526);
    expect(r.shape).toBe('legacy-event-viewer');
    expect(r.fields).toEqual({ ...FULL, event: '10526', host: 'SSO01' });
  });

  it('reads the message body alone', () => {
    const r = readEvent(samples.MESSAGE_ONLY, EVENT_10526);
    expect(r.shape).toBe('message-fields');
    expect(r.fields).toEqual(FULL);
    expect(r.missing).toEqual(['time', 'host']);
  });

  it('reads hand-typed label lines in any case, with a signed decimal code', () => {
    const r = readEvent(samples.TYPED_FIELDS, EVENT_10526);
    expect(r.fields).toEqual({ user: 'CONTOSO\\jdoe', code: '0xC0002A14' });
    expect(r.missing).toEqual(['computer', 'tid', 'time', 'host']);
  });

  it('gives the same answer with CRLF line ends', () => {
    const crlf = samples.EVENT_VIEWER_COPY_WITH_XML.replace(/\n/g, '\r\n');
    expect(readEvent(crlf, EVENT_10526).fields).toEqual(
      readEvent(samples.EVENT_VIEWER_COPY_WITH_XML, EVENT_10526).fields,
    );
  });

  it('reads a UTF-16LE file with a byte-order mark', () => {
    const text = samples.EVENT_VIEWER_COPY_WITH_XML.replace(/\n/g, '\r\n');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes[2 + i * 2] = c & 0xff;
      bytes[3 + i * 2] = c >> 8;
    }
    expect(readEvent(decodeEventFile(bytes), EVENT_10526).fields.code).toBe('0xC0002A14');
  });

  it('reads a UTF-16LE file without a byte-order mark, and plain UTF-8', () => {
    const text = 'Error Code: 0x80070005';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
    expect(decodeEventFile(bytes)).toBe(text);
    expect(decodeEventFile(new TextEncoder().encode(text))).toBe(text);
  });

  it('reads UTF-16 without a mark whose text starts in Cyrillic or Greek, either byte order', () => {
    const utf16 = (text: string, bigEndian: boolean) => {
      const bytes = new Uint8Array(text.length * 2);
      const view = new DataView(bytes.buffer);
      for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), !bigEndian);
      return bytes;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Уровень,Дата и время,Источник,Код события,Категория задачи\n',
          'Επίπεδο,Ημερομηνία και ώρα,Προέλευση,Αναγνωριστικό συμβάντος\n',
        ),
        fc.string({ maxLength: 200 }),
        fc.boolean(),
        (head, rest, bigEndian) => {
          const text = head + rest;
          expect(decodeEventFile(utf16(text, bigEndian))).toBe(text);
        },
      ),
    );
    // UTF-8 text in those scripts stays UTF-8.
    const cyrillic = 'Уровень,Дата и время';
    expect(decodeEventFile(new TextEncoder().encode(cyrillic))).toBe(cyrillic);
  });
});

describe('several events in one paste', () => {
  it('reads the 10526 out of Format-List output of several events, and lists the rest', () => {
    const r = readEvent(samples.FORMAT_LIST_SEVERAL, EVENT_10526);
    expect(r.shape).toBe('powershell-format-list');
    expect(r.fields).toEqual({ ...FULL, code: '0x80070005', event: '10526' });
    expect(r.otherEventIds).toEqual([10771, 10562]);
  });

  it('reads the 10526 out of several XML events, wherever it stands', () => {
    const r = readEvent(samples.XML_SEVERAL, EVENT_10526);
    expect(r.fields).toMatchObject({
      event: '10526',
      code: '0x80070005',
      time: '2024-03-05T14:07:12Z',
    });
    expect(r.otherEventIds).toEqual([10772]);
  });

  it('finds every event ID in command output of any shape', () => {
    expect(findEventIds(samples.FORMAT_LIST_SEVERAL)).toEqual([10526, 10771, 10562]);
    expect(findEventIds(samples.WEVTUTIL_TEXT)).toEqual([10526, 10772]);
    expect(findEventIds(samples.XML_SEVERAL)).toEqual([10772, 10526]);
    expect(findEventIds(samples.EVENT_VIEWER_COPY_WITH_XML)).toEqual([10526]);
    expect(findEventIds('nothing here')).toEqual([]);
  });
});

describe('readEvent: broken and hostile input', () => {
  it('finds nothing in empty or unrelated text, and says so', () => {
    for (const text of ['', '   ', 'hello world', '<<<>>>', '::::']) {
      const r = readEvent(text, EVENT_10526);
      expect(r.shape).toBe('unrecognized');
      expect(r.fields).toEqual({});
      expect(r.missing).toEqual(['code', 'user', 'computer', 'tid', 'time', 'host']);
    }
  });

  it('reports a code and a tracking ID it cannot read instead of guessing', () => {
    const r = readEvent('Error Code: banana\nTracking ID: not-a-guid', EVENT_10526);
    expect(r.fields).toEqual({});
    expect(r.notes).toHaveLength(2);
  });

  it('keeps markup as plain text, expands no custom XML entity, and takes no value holding one', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE e [<!ENTITY x "BOOM">]>
<Event><System><Provider Name="ENTSSO"/><EventID>10526</EventID></System>
<EventData><Data>&lt;script&gt;alert(1)&lt;/script&gt;</Data><Data>&x;</Data><Data>x</Data><Data>0x80070005</Data></EventData></Event>`;
    const r = readEvent(xml, EVENT_10526);
    expect(r.fields.user).toBe('<script>alert(1)</script>');
    // An entity no saved event holds marks an edited or crafted event: its value is not taken.
    expect(r.fields.computer).toBeUndefined();
    expect(r.notes.join(' ')).toMatch(/holds &x;, an entity reference Event Viewer never writes/);
    expect(r.fields.code).toBe('0x80070005');
  });

  it('reads only the first part of very long input, and says so', () => {
    const long = 'Client User: '.repeat(50_000) + 'a'.repeat(300_000);
    const r = readEvent(long, EVENT_10526);
    expect(r.notes.join(' ')).toContain(MAX_EVENT_TEXT.toLocaleString('en-US'));
  });

  it('notes an event that is not 10526 or not from ENTSSO', () => {
    const r = readEvent('Source: Foo\nEvent ID: 1000\nError Code: 0x80004005', EVENT_10526);
    expect(r.fields.event).toBe('1000');
    expect(r.notes.join(' ')).toMatch(/not ENTSSO/);
    expect(r.notes.join(' ')).toMatch(/not 10526/);
  });

  it('reduces a full message ID in the Event ID field to the event number', () => {
    expect(readEvent('Event ID: 3221235998', EVENT_10526).fields.event).toBe('10526');
  });
});

describe('an event whose values do not fit its fields', () => {
  const xml = (data: string[]) =>
    `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="ENTSSO"/><EventID Qualifiers="49152">10526</EventID><TimeCreated SystemTime="2024-03-05T14:07:12.000Z"/><Computer>SSO01</Computer></System><EventData>${data.map((d) => `<Data>${d}</Data>`).join('')}</EventData></Event>`;

  it('reads the message in a single value instead, and the program that asked', () => {
    const r = readEvent(
      xml([
        'Failed to generate a new master secret.\n Client User: CONTOSO\\jdoe\n Client Computer:BTS01.contoso.com (ssoconfig.exe:4412)\n Tracking ID: {3F2504E0-4F89-11D3-9A0C-0305E82C3301}\n Error Code: 0x80070005',
      ]),
      EVENT_10526,
    );
    expect(r.fields).toMatchObject({
      user: 'CONTOSO\\jdoe',
      computer: 'BTS01.contoso.com',
      program: 'ssoconfig.exe:4412',
      tid: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      code: '0x80070005',
    });
    expect(r.notes.join(' ')).toMatch(/message text was read instead/);
  });

  it('still reads values that fit by their position', () => {
    const r = readEvent(
      xml([
        'CONTOSO\\jdoe',
        'BTS01 (Configuration.exe:77)',
        '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}',
        '0xC0002A14',
      ]),
      EVENT_10526,
    );
    expect(r.fields).toMatchObject({
      computer: 'BTS01',
      program: 'Configuration.exe:77',
      code: '0xC0002A14',
    });
    expect(r.notes.join(' ')).not.toMatch(/message text/);
  });
});

describe('values by the layout of the event', () => {
  const layout = [null, 'code', 'user'] as const;
  it('takes each value as the field its layout names, and only when they fit', () => {
    expect(valuesByLayout(['x', '0x80070005', 'CONTOSO\\ops', 'extra'], layout)).toEqual({
      code: '0x80070005',
      user: 'CONTOSO\\ops',
    });
    expect(valuesByLayout(['x', 'not a code', 'CONTOSO\\ops'], layout)).toEqual({});
    expect(valuesByLayout(['x', '0x80070005'], layout)).toEqual({});
    expect(dataFitsLayout(['a', 'b'], ['user', 'computer'])).toBe(true);
    expect(dataFitsLayout([], [])).toBe(false);
  });
});

describe("a sibling's message pasted alone", () => {
  it('is known by its first line, and said to be that event', () => {
    const message = `Failed to retrieve master secrets. Verify that the master secret server name is correct and that it is available.

 Secret Server Name: SSOCLUSTER

 Error Code: 0x800706BA`;
    const r = readEvent(message, { id: 10526, layout: ['user', 'computer', 'tid', 'code'] });
    expect(r.fields.event).toBe('10532');
    expect(r.notes.join(' ')).toContain('Read as event 10532');
    const own = readEvent(message, { id: 10532, layout: ['triedserver', 'code'] });
    expect(own.fields.event).toBeUndefined();
    expect(own.fields.code).toBe('0x800706BA');
  });

  it('is not taken for another event when the line only mentions it later', () => {
    const r = readEvent(
      'Note: Failed to retrieve master secrets was seen earlier.\n Error Code: 0x5',
      {
        id: 10526,
        layout: ['user', 'computer', 'tid', 'code'],
      },
    );
    expect(r.fields.event).toBeUndefined();
  });
});

describe('two events pasted at once', () => {
  const e32 = `Log Name:      Application
Source:        ENTSSO
Event ID:      10532
Level:         Warning
Computer:      BTS01.contoso.com
Description:
Failed to retrieve master secrets. Verify that the master secret server name is correct and that it is available.
 Secret Server Name: SSO01
 Error Code: 0x80070005`;
  const e27 = `Log Name:      Application
Source:        ENTSSO
Event ID:      10527
Level:         Error
Computer:      SSO01.contoso.com
Description:
A request to get a master secret failed.
 Secret Number: 3
 Client User: CONTOSO\\svc-bts
 Client Computer: BTS01
 Tracking ID: {3F2504E0-4F89-11D3-9A0C-0305E82C3301}
 Error Code: 0xC0002A0F`;

  it('are read as two: the case takes only its own event, never the other one’s values', () => {
    for (const text of [`${e32}\n${e27}`, `${e27}\n\n${e32}`]) {
      const r = readEvent(text, { id: 10532, layout: ['triedserver', 'code'] });
      expect(r.fields).toMatchObject({ event: '10532', triedserver: 'SSO01', code: '0x80070005' });
      expect(r.fields.user).toBeUndefined();
      expect(r.fields.tid).toBeUndefined();
      expect(r.fields.host).toBe('BTS01.contoso.com');
    }
  });
});
