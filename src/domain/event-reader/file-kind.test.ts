import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_BEGIN, BLOCK_END } from '../collector/markers';
import { EVENT_VIEWER_COPY_WITH_XML, EVENT_XML, WEVTUTIL_TEXT } from '../test-fixtures/events';
import { csvExport, tsvExport, utf16File, xmlExport } from '../test-fixtures/log-exports';
import { fileKind } from './file-kind';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('fileKind', () => {
  it('sends one event, in any shape, to Event text', () => {
    for (const text of [EVENT_VIEWER_COPY_WITH_XML, EVENT_XML, WEVTUTIL_TEXT])
      expect(fileKind('event.txt', utf8(text))).toBe('event');
    expect(fileKind('event.txt', utf16File(EVENT_VIEWER_COPY_WITH_XML))).toBe('event');
  });

  it("sends the collector's output to Event text, whatever the prompt around it", () => {
    const out = `PS C:\\> .\\entsso-triage.ps1\n${BLOCK_BEGIN}\n{}\n${BLOCK_END}\nPS C:\\>`;
    expect(fileKind('out.txt', utf8(out))).toBe('event');
  });

  it('sends every whole-log format to the log reader, by content as well as by name', () => {
    expect(fileKind('Application.xml', utf8(xmlExport()))).toBe('log');
    expect(fileKind('Application.csv', utf8(csvExport()))).toBe('log');
    expect(fileKind('Application.txt', utf8(csvExport()))).toBe('log');
    expect(fileKind('Application.txt', utf8(tsvExport()))).toBe('log');
    const many = [0, 1, 2].map((n) => WEVTUTIL_TEXT.replaceAll('Event[', `Event[${n}`)).join('\n');
    expect(fileKind('many.txt', utf8(many))).toBe('log');
    expect(fileKind('big.xml', utf8(EVENT_XML.padEnd(70_000, ' ')))).toBe('log');
    const evtx = new Uint8Array(4096);
    evtx.set(utf8('ElfFile\0'));
    expect(fileKind('renamed.bin', evtx)).toBe('log');
  });

  it('lets the log reader refuse binary that is no log', () => {
    const random = Uint8Array.from({ length: 4000 }, (_, i) => (i * 2654435761) >>> 24);
    expect(fileKind('random.bin', random)).toBe('log');
  });

  it('always answers, for any bytes and any name', () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array({ maxLength: 2000 }), (name, bytes) => {
        expect(['event', 'log']).toContain(fileKind(name, bytes));
      }),
    );
  });
});
