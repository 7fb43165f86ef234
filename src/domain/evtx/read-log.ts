import { decodeEventFile } from '../event-reader/text-source';
import { readEventXml } from '../event-reader/read-xml';
import { formatLocalDateTime, parseLocalDateTime, slashOrder } from '../local-time';
import { decimalId, readEvtx, NotAnEventLog, type EvtxRecord } from './read-evtx';

/** One event of a log, whatever file it came from. */
export interface LogEvent {
  id: number;
  provider: string;
  /** ISO 8601 in UTC; empty when the file gave only a local time (then see `localTime`). */
  time: string;
  localTime?: string;
  computer: string;
  /** 1 critical, 2 error, 3 warning, 4 information; undefined when not known. */
  level?: number;
  /** The insertion strings, in order (EventData). */
  data: string[];
  /** The rendered message, where the file has one (text exports). */
  message?: string;
}

export type LogFormat = 'evtx' | 'xml' | 'csv' | 'tsv' | 'text';

export interface LogReading {
  format: LogFormat;
  /** Every event read. */
  total: number;
  /** The ENTSSO events, oldest first. */
  entsso: LogEvent[];
  notes: string[];
}

export class NotALog extends Error {}

const LEVELS: Readonly<Record<string, number>> = {
  critical: 1,
  error: 2,
  warning: 3,
  information: 4,
  informational: 4,
};

const isEntsso = (provider: string) => /^ENTSSO$/i.test(provider.trim());

function fromRecord(r: EvtxRecord): LogEvent {
  const event: LogEvent = {
    id: r.eventId,
    provider: r.provider,
    time: r.timeCreated.replace(/\.\d+Z$/, 'Z'),
    computer: r.computer,
    data: r.eventData.flatMap((d) => (Array.isArray(d.value) ? d.value : [d.value])),
  };
  if (r.level !== null) event.level = r.level;
  return event;
}

/** `<Events>` as Event Viewer's "Save All Events As" XML writes it: one `<Event>` after another. */
function readXmlExport(text: string): { events: LogEvent[]; cutShort: boolean } {
  const events: LogEvent[] = [];
  const open = /<Event[\s>]/g;
  let match: RegExpExecArray | null;
  let cutShort = false;
  while ((match = open.exec(text)) !== null) {
    const end = text.indexOf('</Event>', match.index);
    if (end < 0) {
      cutShort = true;
      break;
    }
    const block = text.slice(match.index, end + 8);
    open.lastIndex = end + 8;
    const xml = readEventXml(block);
    if (!xml || xml.eventId === undefined) continue;
    const level = /<Level>(\d)<\/Level>/.exec(block)?.[1];
    const event: LogEvent = {
      id: xml.eventId,
      provider: xml.provider ?? '',
      time: (xml.systemTime ?? '').replace(/\.\d+Z$/, 'Z'),
      computer: xml.computer ?? '',
      data: xml.data,
    };
    if (level) event.level = Number(level);
    events.push(event);
  }
  return { events, cutShort };
}

/** One line of comma- or tab-separated values, with quotes as Event Viewer writes them. */
function splitRow(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** Splits CSV text into rows, keeping line breaks inside quoted cells (messages have them). */
function rows(text: string, separator: string): string[][] {
  const out: string[][] = [];
  let start = 0;
  let quotes = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '"') quotes++;
    if ((ch === '\n' || i === text.length) && quotes % 2 === 0) {
      const line = text.slice(start, i).replace(/\r$/, '');
      if (line.trim() !== '') out.push(splitRow(line, separator));
      start = i + 1;
      quotes = 0;
    }
  }
  return out;
}

/**
 * Event Viewer's CSV and tab-separated text: Level, Date and Time, Source, Event ID,
 * Task Category, then the message. The time is the exporting machine's local time.
 */
function readTable(text: string, separator: string): LogEvent[] {
  const table = rows(text, separator);
  const header = table[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const col = (name: RegExp) => header.findIndex((h) => name.test(h));
  const level = col(/^level$/);
  const date = col(/date/);
  const source = col(/^source$/);
  const id = col(/^event id$/);
  if (source < 0 || id < 0) throw new NotALog('The table has no Source and Event ID columns.');
  // Event Viewer names five columns and writes the message as a sixth, unnamed one.
  const messageAt = header.length <= 5 ? 5 : header.length - 1;
  return table.slice(1).flatMap((cells): LogEvent[] => {
    const eventId = decimalId(cells[id] ?? '');
    if (eventId === undefined) return [];
    const event: LogEvent = {
      id: eventId,
      provider: cells[source] ?? '',
      time: '',
      computer: '',
      data: [],
      message: cells.slice(messageAt).join(separator).trim(),
    };
    const local = cells[date]?.trim();
    if (local) event.localTime = local;
    const lv = LEVELS[(cells[level] ?? '').trim().toLowerCase()];
    if (lv) event.level = lv;
    return [event];
  });
}

/** wevtutil or Get-WinEvent text saved to a file: blocks of `Key: value` lines. */
function readTextExport(text: string): LogEvent[] {
  const blocks = text.split(/^(?=[ \t]*Event\[\d+\]:|TimeCreated[ \t]*:)/m);
  return blocks.flatMap((block): LogEvent[] => {
    const field = (re: RegExp) => re.exec(block)?.[1]?.trim();
    const id = Number(field(/^[ \t]*(?:Event ID|Id)[ \t]*:[ \t]*(\d+)/im));
    if (!Number.isInteger(id) || id === 0) return [];
    const provider = field(/^[ \t]*(?:Source|ProviderName)[ \t]*:[ \t]*(\S+)/im) ?? '';
    const date = field(/^[ \t]*(?:Date|TimeCreated)[ \t]*:[ \t]*(.+)$/im) ?? '';
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(date)
      ? new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z')
      : '';
    const message = field(/^[ \t]*(?:Description|Message)[ \t]*:[ \t]*([\s\S]*)$/im) ?? '';
    const event: LogEvent = {
      id,
      provider,
      time: iso,
      computer: field(/^[ \t]*(?:Computer|MachineName)[ \t]*:[ \t]*(\S+)/im) ?? '',
      data: [],
      message,
    };
    if (!iso && date) event.localTime = date;
    return [event];
  });
}

export interface ReadLogOptions {
  onProgress?: (done: number, total: number) => boolean | void;
}

/**
 * Reads a whole log from its bytes: .evtx, or Event Viewer's XML, CSV and tab-separated
 * exports, or wevtutil / Get-WinEvent text, UTF-8 or UTF-16. Keeps the ENTSSO events.
 */
export function readLog(bytes: Uint8Array, options: ReadLogOptions = {}): LogReading {
  const magic = String.fromCharCode(...bytes.subarray(0, 8));
  if (magic === 'ElfFile\0') {
    try {
      const reading = readEvtx(bytes, options);
      const read = reading.records.filter((r) => !r.error);
      const unreadable = reading.records.length - read.length;
      return {
        format: 'evtx',
        total: read.length,
        entsso: read
          .filter((r) => isEntsso(r.provider))
          .map(fromRecord)
          .sort(byTime),
        // Counted first: the per-record notes that follow are shown only in part.
        notes: [
          ...(unreadable > 0
            ? [
                `${unreadable.toLocaleString('en-US')} of ${reading.records.length.toLocaleString('en-US')} records could not be read; any of them may have been an ENTSSO event.`,
              ]
            : []),
          ...reading.notes,
        ],
      };
    } catch (error) {
      if (error instanceof NotAnEventLog) throw new NotALog(error.message);
      throw error;
    }
  }
  const text = decodeEventFile(bytes);
  // Binary that is not an .evtx decodes to control characters a text export never has.
  const sample = text.slice(0, 4096);
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const controls = /[\u0001-\u0008\u000e-\u001f]/;
  if (controls.test(sample) || sample.includes('\ufffd\ufffd\ufffd'))
    throw new NotALog(
      'This file is neither an .evtx log nor a text export of one (XML, CSV, tab-separated or wevtutil text).',
    );
  options.onProgress?.(bytes.length / 2, bytes.length);
  const head = text.slice(0, 2000);
  let format: LogFormat;
  let events: LogEvent[];
  let cutShort = false;
  if (/<Events[\s>]|<Event[\s>]/.test(head)) {
    format = 'xml';
    ({ events, cutShort } = readXmlExport(text));
  } else if (/^\uFEFF?\s*"?Level"?,/i.test(head)) {
    format = 'csv';
    events = readTable(text, ',');
  } else if (/^\uFEFF?\s*Level\t/i.test(head)) {
    format = 'tsv';
    events = readTable(text, '\t');
  } else {
    format = 'text';
    events = readTextExport(text);
  }
  if (events.length === 0)
    throw new NotALog(
      'No event could be read from this file: it is not an event log this tool knows.',
    );
  options.onProgress?.(bytes.length, bytes.length);
  const dateNote = settleLocalDates(events);
  const notes =
    format === 'csv' || format === 'tsv'
      ? [
          'This export gives local times without a zone: confirm the clock of the machine that exported it.',
        ]
      : [];
  if (dateNote) notes.push(dateNote);
  // Exports in time order end with the newest event: a file cut short can lose just that one.
  if (cutShort)
    notes.push(
      'The file ends inside an event, so its last event (often the newest) could not be read: save or copy the log again.',
    );
  return {
    format,
    total: events.length,
    entsso: events.filter((e) => isEntsso(e.provider)).sort(byTime),
    notes,
  };
}

/** A key that sorts events in time: UTC when known, else the local clock as written. */
export function timeKey(e: LogEvent): string {
  if (e.time) return e.time;
  return localKey(e.localTime);
}

function localKey(text: string | undefined, dayFirst = false): string {
  const local = text ? parseLocalDateTime(text, { dayFirst }) : undefined;
  return local ? formatLocalDateTime(local).replace(' ', 'T') : '';
}

/**
 * Settles how an export's slashed local dates are read, on the whole file: day-first
 * files get their times rewritten year first, so nothing later reads them month first.
 * Returns the note to show when the order of the events still depends on the reading.
 */
function settleLocalDates(events: LogEvent[]): string | undefined {
  const locals = events.flatMap((e) => (e.localTime ? [e.localTime] : []));
  const order = slashOrder(locals);
  if (order === 'day')
    for (const e of events) {
      const local = e.localTime ? parseLocalDateTime(e.localTime, { dayFirst: true }) : undefined;
      if (local) e.localTime = formatLocalDateTime(local);
    }
  if (order === 'mixed')
    return 'Some dates in this export can only be day-first and others only month-first: the order of its events, and which failure is newest, cannot be trusted. Check the times in Event Viewer.';
  if (order !== 'either') return undefined;
  // Only the events the tool keeps can make a wrong "newest".
  const kept = events.filter((e) => isEntsso(e.provider));
  const sorted = (dayFirst: boolean) =>
    kept
      .map((e, i) => ({ i, key: localKey(e.localTime, dayFirst) }))
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((x) => x.i)
      .join(',');
  if (sorted(false) === sorted(true)) return undefined;
  return 'Every date in this export reads both day-first and month-first (such as 03/04/2024), and the two readings put its events in a different order. They were read month-first, as US English Windows writes them; if this machine writes the day first, check which failure is newest in Event Viewer.';
}

function byTime(a: LogEvent, b: LogEvent): number {
  return timeKey(a).localeCompare(timeKey(b));
}
