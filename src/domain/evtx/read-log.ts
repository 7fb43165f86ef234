import { decodeEventFile } from '../event-reader/text-source';
import { readEventXml } from '../event-reader/read-xml';
import { formatLocalDateTime, parseLocalDateTime, slashOrder } from '../local-time';
import {
  decimalId,
  evtxSteps,
  NotAnEventLog,
  runSteps,
  type EvtxRecord,
  type ReadStep,
} from './read-evtx';

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

/** How often a text reader stops to tell how far it is: every this many characters. */
const STEP_CHARS = 1 << 16;

/**
 * `<Events>` as Event Viewer's "Save All Events As" XML writes it: one `<Event>` after
 * another. Yields how far it is into the text now and then.
 */
function* readXmlExport(
  text: string,
  events: LogEvent[],
): Generator<number, { cutShort: boolean; strange: number }, boolean | undefined> {
  const open = /<Event[\s>]/g;
  let strange = 0;
  let match: RegExpExecArray | null;
  let cutShort = false;
  let told = 0;
  while ((match = open.exec(text)) !== null) {
    if (match.index - told > STEP_CHARS) {
      told = match.index;
      yield told;
    }
    const end = text.indexOf('</Event>', match.index);
    if (end < 0) {
      cutShort = true;
      break;
    }
    const block = text.slice(match.index, end + 8);
    open.lastIndex = end + 8;
    const xml = readEventXml(block);
    if (!xml || xml.eventId === undefined) continue;
    strange += xml.strangeEntities.length;
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
  return { cutShort, strange };
}

const QUOTE = 34;
const NEWLINE = 10;

/**
 * The rows of CSV or tab-separated text, in one pass and without copying the text a
 * character at a time. A quote opens a quoted cell only at the start of a cell (where
 * Event Viewer puts one; a doubled quote inside is one quote); anywhere else it is text,
 * so one stray quote costs its own cell, not the rest of the file. Each row comes with
 * where it ends in the text.
 */
function* tableRows(
  text: string,
  separator: string,
): Generator<{ cells: string[]; end: number }, void> {
  const sep = separator.charCodeAt(0);
  const n = text.length;
  const plainUntil = (from: number) => {
    let i = from;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === sep || c === NEWLINE) break;
      i++;
    }
    return i;
  };
  const withoutCr = (cell: string) => (cell.endsWith('\r') ? cell.slice(0, -1) : cell);
  let i = 0;
  while (i < n) {
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text.charCodeAt(i) === QUOTE) {
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) {
            cell += text.slice(from);
            i = n;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            cell += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          cell += text.slice(from, q);
          i = q + 1;
          break;
        }
      }
      // Plain text, or what follows a closing quote, up to the separator or line end.
      const end = plainUntil(i);
      if (end > i) cell += text.slice(i, end);
      cells.push(withoutCr(cell));
      i = end + 1;
      if (end >= n || text.charCodeAt(end) === NEWLINE) break;
    }
    if (cells.length > 1 || (cells[0] ?? '').trim() !== '') yield { cells, end: i };
  }
}

/**
 * Event Viewer's CSV and tab-separated text: Level, Date and Time, Source, Event ID,
 * Task Category, then the message. The time is the exporting machine's local time.
 */
function* readTable(
  text: string,
  separator: string,
  events: LogEvent[],
): Generator<number, void, boolean | undefined> {
  const rows = tableRows(text, separator);
  const first = rows.next();
  const header = (first.done ? [] : first.value.cells).map((h) => h.trim().toLowerCase());
  const col = (name: RegExp) => header.findIndex((h) => name.test(h));
  const level = col(/^level$/);
  const date = col(/date/);
  const source = col(/^source$/);
  const id = col(/^event id$/);
  if (source < 0 || id < 0) throw new NotALog('The table has no Source and Event ID columns.');
  // Event Viewer names five columns and writes the message as a sixth, unnamed one.
  const messageAt = header.length <= 5 ? 5 : header.length - 1;
  let told = 0;
  for (const { cells, end } of rows) {
    if (end - told > STEP_CHARS) {
      told = end;
      yield told;
    }
    const eventId = decimalId(cells[id] ?? '');
    if (eventId === undefined) continue;
    const event: LogEvent = {
      id: eventId,
      provider: cells[source] ?? '',
      time: '',
      computer: '',
      data: [],
      message: (cells.length > messageAt + 1
        ? cells.slice(messageAt).join(separator)
        : (cells[messageAt] ?? '')
      ).trim(),
    };
    const local = cells[date]?.trim();
    if (local) event.localTime = local;
    const lv = LEVELS[(cells[level] ?? '').trim().toLowerCase()];
    if (lv) event.level = lv;
    events.push(event);
  }
}

/** wevtutil or Get-WinEvent text saved to a file: blocks of `Key: value` lines. */
function* readTextExport(
  text: string,
  events: LogEvent[],
): Generator<number, void, boolean | undefined> {
  const starts = /^(?=[ \t]*Event\[\d+\]:|TimeCreated[ \t]*:)/gm;
  let from = 0;
  let told = 0;
  const blockAt = (start: number, end: number) => {
    const block = text.slice(start, end);
    const field = (re: RegExp) => re.exec(block)?.[1]?.trim();
    const id = Number(field(/^[ \t]*(?:Event ID|Id)[ \t]*:[ \t]*(\d+)/im));
    if (!Number.isInteger(id) || id === 0) return;
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
    events.push(event);
  };
  let match: RegExpExecArray | null;
  while ((match = starts.exec(text)) !== null) {
    // The match is zero-width: move on by hand.
    starts.lastIndex = match.index + 1;
    if (match.index === from) continue;
    blockAt(from, match.index);
    from = match.index;
    if (from - told > STEP_CHARS) {
      told = from;
      yield told;
    }
  }
  blockAt(from, text.length);
}

export interface ReadLogOptions {
  onProgress?: (done: number, total: number) => boolean | void;
}

/**
 * Reads a whole log from its bytes: .evtx, or Event Viewer's XML, CSV and tab-separated
 * exports, or wevtutil / Get-WinEvent text, UTF-8 or UTF-16. Keeps the ENTSSO events.
 */
export function readLog(bytes: Uint8Array, options: ReadLogOptions = {}): LogReading {
  return runSteps(readLogSteps(bytes), options.onProgress);
}

/**
 * `readLog` as steps: it stops now and then to say how far it is, so that a page reading
 * on its own thread can let the person scroll, and press Cancel (see runSteps).
 */
export function* readLogSteps(
  bytes: Uint8Array,
): Generator<ReadStep, LogReading, boolean | undefined> {
  const magic = String.fromCharCode(...bytes.subarray(0, 8));
  if (magic === 'ElfFile\0') {
    let reading;
    try {
      reading = yield* evtxSteps(bytes, isEntsso);
    } catch (error) {
      if (error instanceof NotAnEventLog) throw new NotALog(error.message);
      throw error;
    }
    const { read, unreadable } = reading.counts;
    return {
      format: 'evtx',
      total: read,
      entsso: inTimeOrder(
        reading.records.filter((r) => !r.error && isEntsso(r.provider)).map(fromRecord),
      ),
      // Counted first: the per-record notes that follow are shown only in part.
      notes: [
        ...(unreadable > 0
          ? [
              `${unreadable.toLocaleString('en-US')} of ${(read + unreadable).toLocaleString('en-US')} records could not be read; any of them may have been an ENTSSO event.`,
            ]
          : []),
        ...reading.notes,
      ],
    };
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
  // Decoding counts as the first half of the work, the text's events as the second.
  const half = bytes.length / 2;
  const step = (chars: number): ReadStep => ({
    done: half + (chars / Math.max(1, text.length)) * half,
    total: bytes.length,
  });
  yield step(0);
  const head = text.slice(0, 2000);
  let format: LogFormat;
  const events: LogEvent[] = [];
  let reader: Generator<number, { cutShort: boolean; strange: number } | void, boolean | undefined>;
  if (/<Events[\s>]|<Event[\s>]/.test(head)) {
    format = 'xml';
    reader = readXmlExport(text, events);
  } else if (/^\uFEFF?\s*"?Level"?,/i.test(head)) {
    format = 'csv';
    reader = readTable(text, ',', events);
  } else if (/^\uFEFF?\s*Level\t/i.test(head)) {
    format = 'tsv';
    reader = readTable(text, '\t', events);
  } else {
    format = 'text';
    reader = readTextExport(text, events);
  }
  let next = reader.next();
  while (!next.done) {
    yield step(next.value);
    next = reader.next();
  }
  const cutShort = next.value?.cutShort ?? false;
  const strange = next.value?.strange ?? 0;
  if (events.length === 0)
    throw new NotALog(
      'No event could be read from this file: it is not an event log this tool knows.',
    );
  yield step(text.length);
  const dateNote = settleLocalDates(events);
  const notes =
    format === 'csv' || format === 'tsv'
      ? [
          'This export gives local times without a zone: confirm the clock of the machine that exported it.',
        ]
      : [];
  if (dateNote) notes.push(dateNote);
  if (strange > 0)
    notes.push(
      `${strange === 1 ? 'One value holds' : `${strange.toLocaleString('en-US')} values hold`} an entity reference (such as &name;) that Event Viewer never writes, so the file was edited or crafted: ${strange === 1 ? 'it was' : 'they were'} left out.`,
    );
  // Exports in time order end with the newest event: a file cut short can lose just that one.
  if (cutShort)
    notes.push(
      'The file ends inside an event, so its last event (often the newest) could not be read: save or copy the log again.',
    );
  return {
    format,
    total: events.length,
    entsso: inTimeOrder(events.filter((e) => isEntsso(e.provider))),
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

/** Events sorted in time, each key worked out once (a log can hold a million of them). */
function inTimeOrder(events: LogEvent[]): LogEvent[] {
  return events
    .map((event, index) => ({ event, index, key: timeKey(event) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map((x) => x.event);
}
