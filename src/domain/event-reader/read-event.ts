import { GUID_TEXT } from '../guid';
import type { CaseFieldName } from '../field-names';
import { checkTime } from '../iso-time';
import { parseCode } from '../codes/parse-code';
import type { EventSpec, LayoutField } from '../model/event-model';
import { eventOfMessage } from '../model/family/message-starts';
import { splitClientComputer } from './client-computer';
import { MAX_EVENT_TEXT } from './limits';
import { readEventXml, type XmlEventFields } from './read-xml';
import { normalizeText } from './text-source';

/** The reader fills case fields, named as in the case-field table. */
export type EventField = CaseFieldName;

export type EventShape =
  | 'event-viewer-copy-with-xml'
  | 'event-viewer-copy'
  | 'event-xml'
  | 'wevtutil-text'
  | 'powershell-format-list'
  | 'legacy-event-viewer'
  | 'message-fields'
  | 'unrecognized';

export interface ReadEventResult {
  shape: EventShape;
  /** Values ready for the form: code as 0x + 8 hex, GUID bare lower case, time ISO UTC. */
  fields: Partial<Record<EventField, string>>;
  /** Form fields the text did not give us (event ID is optional, so it is never listed). */
  missing: EventField[];
  /** Things the reader noticed but would not guess about. */
  notes: string[];
  /** A date and time that was shown in local time with no zone; the user must confirm it. */
  localTime?: string;
  /** ENTSSO event IDs of further events in the same paste (several wevtutil blocks). */
  otherEventIds: number[];
}

type LabelKey =
  | 'user'
  | 'computer'
  | 'triedServer'
  | 'file'
  | 'msid'
  | 'prevmsid'
  | 'secretNumber'
  | 'trackingId'
  | 'code'
  | 'eventId'
  | 'source'
  | 'host'
  | 'date'
  | 'time'
  | 'timeCreated'
  | 'logName'
  | 'level'
  | 'other';

// Longest first, so that "Client User:" wins over "User:" at the same spot.
const ANYWHERE_LABELS: ReadonlyArray<[string, LabelKey]> = [
  ['Client\\s*User', 'user'],
  ['Client\\s*Computer', 'computer'],
  ['Secret\\s*Server\\s*Name', 'triedServer'],
  ['Secret\\s*Number', 'secretNumber'],
  ['File\\s*Name', 'file'],
  ['Current\\s*MSID', 'msid'],
  ['Previous\\s*MSID', 'prevmsid'],
  ['Tracking\\s*ID', 'trackingId'],
  ['Error\\s*Code', 'code'],
  ['Event\\s*ID', 'eventId'],
  ['Event\\s*Source', 'source'],
  ['Event\\s*Type', 'level'],
  ['Event\\s*Category', 'other'],
  ['Event\\s*Xml', 'other'],
  ['Log\\s*Name', 'logName'],
  ['Task\\s*Category', 'other'],
  ['User\\s*Name', 'other'],
  ['Description', 'other'],
  ['Keywords?', 'other'],
  ['Opcode', 'other'],
  ['Source', 'source'],
  ['Computer', 'host'],
  ['Level', 'level'],
  ['Task', 'other'],
  ['Date', 'date'],
  ['Time', 'time'],
  ['User', 'other'],
];

// Format-List names are short and common words, so only trust them at a line start.
const LINE_START_LABELS: ReadonlyArray<[string, LabelKey]> = [
  ['TimeCreated', 'timeCreated'],
  ['ProviderName', 'source'],
  ['MachineName', 'host'],
  ['LevelDisplayName', 'level'],
  ['LogName', 'logName'],
  ['Message', 'other'],
  ['RecordId', 'other'],
  ['Id', 'eventId'],
];

// No look-behind over a run of blanks: a line start is matched, not looked back for,
// so a long run of spaces is scanned once instead of once per position.
const LABEL_RE = new RegExp(
  `(?:(?<![\\w\\\\])(${ANYWHERE_LABELS.map(([p]) => p).join('|')})|^[ \\t]*(${LINE_START_LABELS.map(([p]) => p).join('|')}))[ \\t]*:`,
  'gim',
);

const exact = (table: ReadonlyArray<[string, LabelKey]>) =>
  table.map(([pattern, key]) => [new RegExp(`^(?:${pattern})$`, 'i'), key] as const);
const ANYWHERE_EXACT = exact(ANYWHERE_LABELS);
const LINE_START_EXACT = exact(LINE_START_LABELS);

function keyOf(label: string, table: ReturnType<typeof exact>): LabelKey {
  for (const [pattern, key] of table) if (pattern.test(label)) return key;
  return 'other';
}

interface Labelled {
  key: LabelKey;
  value: string;
}

/** Every `Label: value` pair, whether one per line or run together on one line. */
function scanLabels(text: string): Labelled[] {
  const hits = [...text.matchAll(LABEL_RE)];
  return hits.map((hit, i) => {
    const key = hit[1] ? keyOf(hit[1], ANYWHERE_EXACT) : keyOf(hit[2] ?? '', LINE_START_EXACT);
    const start = (hit.index ?? 0) + hit[0].length;
    const end = hits[i + 1]?.index ?? text.length;
    const raw = text.slice(start, end);
    // A value ends at the line end; "Description:" style labels keep nothing we need.
    const firstLine = raw.replace(/^[ \t]+/, '').split('\n')[0] ?? '';
    return { key, value: firstLine.trim() };
  });
}

const GUID_RE = new RegExp(GUID_TEXT, 'i');
const CODE_TOKEN_RE = /^(-?(?:0x)?[0-9a-f]+[lu]?)(?![\w-])/i;

/** The code at the start of an Error Code value, without the text some events write after it. */
export function codeToken(value: string): string | undefined {
  return CODE_TOKEN_RE.exec(value.trim())?.[1];
}

/** The event a paste is read for: its ID, and which field each of its values holds. */
export type ReadTarget = Pick<EventSpec, 'id' | 'layout'>;

/**
 * The values fit the event's layout: at least as many as it names, with a code where it
 * puts the code. Anything else (one value holding the whole message, values shifted) does not.
 */
export function dataFitsLayout(data: readonly string[], layout: ReadTarget['layout']): boolean {
  if (data.length < layout.length || layout.length === 0) return false;
  const at = layout.indexOf('code');
  if (at < 0) return true;
  const token = CODE_TOKEN_RE.exec((data[at] ?? '').trim())?.[1];
  return token !== undefined && parseCode(token).ok;
}

/** The values of an event by the case field its layout gives them; none when they do not fit. */
export function valuesByLayout(
  data: readonly string[],
  layout: ReadTarget['layout'],
): Partial<Record<LayoutField, string>> {
  if (!dataFitsLayout(data, layout)) return {};
  const values: Partial<Record<LayoutField, string>> = {};
  layout.forEach((field, i) => {
    const value = data[i];
    if (field && value !== undefined) values[field] = value;
  });
  return values;
}

function first(list: Labelled[], key: LabelKey): string | undefined {
  return list.find((l) => l.key === key && l.value !== '')?.value;
}

/** An event time with a zone, in UTC to the second, under the same rule as the form and link. */
function toUtcIso(text: string): string | undefined {
  const m =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}):?(\d{2})?$/i.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const zone = m[3]?.toUpperCase() === 'Z' ? 'Z' : `${m[3]}:${m[4] ?? '00'}`;
  const checked = checkTime(`${m[1]}T${m[2]}${zone}`);
  return checked.ok ? checked.value.replace(/\.\d{3}Z$/, 'Z') : undefined;
}

function detectShape(text: string, hasXml: boolean, labels: Labelled[]): EventShape {
  const has = (key: LabelKey) => labels.some((l) => l.key === key);
  if (/^[ \t]*Event\[\d+\]:/m.test(text)) return 'wevtutil-text';
  if (/^\s*</.test(text) && hasXml) return 'event-xml';
  if (/Event\s*Xml\s*:/i.test(text) && hasXml) return 'event-viewer-copy-with-xml';
  if (/(?:^|\s)Event\s*(?:Type|Source)\s*:/i.test(text)) return 'legacy-event-viewer';
  if (/^[ \t]*(?:TimeCreated|ProviderName)[ \t]*:/im.test(text)) return 'powershell-format-list';
  if (has('logName')) return 'event-viewer-copy';
  if (hasXml) return 'event-xml';
  if (['user', 'computer', 'trackingId', 'code'].some((k) => has(k as LabelKey)))
    return 'message-fields';
  return 'unrecognized';
}

/**
 * Several events in one paste (wevtutil text or XML, Get-WinEvent | Format-List): one
 * block each. The block of the target event is the case; the others are related events.
 */
function splitEvents(text: string): string[] {
  const starts = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index ?? 0);
  const slices = (at: number[]) => at.map((start, i) => text.slice(start, at[i + 1]));
  if (/^[ \t]*Event\[\d+\]:/m.test(text)) {
    return text.split(/^[ \t]*Event\[\d+\]:[ \t]*$/m).filter((b) => b.trim() !== '');
  }
  // Event Viewer copies, each from its Log Name line (with its XML, when it has one).
  const copies = starts(/^[ \t]*Log Name[ \t]*:/gm);
  if (copies.length > 1) return slices(copies);
  const xml = starts(/<(?:\w+:)?Event[\s>]/g);
  if (xml.length > 1) return slices(xml);
  const formatList = starts(/^TimeCreated[ \t]*:/gm);
  if (formatList.length > 1) return slices(formatList);
  return [text];
}

function blockEventId(block: string): number | undefined {
  const xmlStart = block.search(/<(?:\w+:)?Event[\s>]/i);
  const fromXml = xmlStart >= 0 ? readEventXml(block)?.eventId : undefined;
  return (
    fromXml ??
    eventIdFrom(first(scanLabels(xmlStart >= 0 ? block.slice(0, xmlStart) : block), 'eventId'), [])
  );
}

/**
 * The text normalized, but only as much as the reader reads (and one character more, so
 * that it can tell it stopped): a 50 MB paste costs what 200,000 characters cost.
 * Normalizing only shortens text, so twice the limit always covers it.
 */
function boundedText(input: string): string {
  return normalizeText(input.slice(0, 2 * MAX_EVENT_TEXT + 2)).slice(0, MAX_EVENT_TEXT + 1);
}

/** The event IDs of every event in a paste, in order: for ticking related events from command output. */
export function findEventIds(input: string): number[] {
  const text = boundedText(input).slice(0, MAX_EVENT_TEXT);
  return splitEvents(text)
    .map(blockEventId)
    .filter((id): id is number => id !== undefined);
}

function eventIdFrom(value: string | undefined, notes: string[]): number | undefined {
  if (!value || !/^\d{1,10}$/.test(value)) return undefined;
  const n = Number(value);
  if (n > 0xffff) {
    notes.push(`Event ID ${value} is a full message ID; its event number is ${n & 0xffff}.`);
    return n & 0xffff;
  }
  return n;
}

/**
 * Reads the fields of an ENTSSO event from whatever a person pasted: an Event Viewer
 * copy (with or without XML), bare XML, wevtutil text, Format-List output, the older
 * Event Viewer copy (even run together on one line), the message alone, or typed
 * `Label: value` lines. It never guesses: what it cannot find is listed as missing.
 */
export function readEvent(input: string, target: ReadTarget): ReadEventResult {
  const notes: string[] = [];
  let text = boundedText(input);
  if (text.length > MAX_EVENT_TEXT) {
    notes.push(`Only the first ${MAX_EVENT_TEXT.toLocaleString('en-US')} characters were read.`);
    text = text.slice(0, MAX_EVENT_TEXT);
  }

  const blocks = splitEvents(text);
  const mainIndex = Math.max(
    0,
    blocks.findIndex((b) => blockEventId(b) === target.id),
  );
  const main = blocks[mainIndex] ?? text;
  const others = blocks.filter((_, i) => i !== mainIndex);
  const xmlStart = main.search(/<(?:\w+:)?Event[\s>]/i);
  const xml: XmlEventFields | undefined = xmlStart >= 0 ? readEventXml(main) : undefined;
  if (xml && xml.strangeEntities.length > 0)
    notes.push(
      `The event's XML holds ${xml.strangeEntities.slice(0, 3).join(', ')}, an entity reference Event Viewer never writes: the value holding it was left out.`,
    );
  const labelText = xmlStart >= 0 ? main.slice(0, xmlStart) : main;
  const labels = scanLabels(labelText);
  const shape = detectShape(text, xml !== undefined, labels);
  const fields: ReadEventResult['fields'] = {};

  // Event ID: the XML is exact; labels are next.
  const labelled =
    xml?.eventId !== undefined ? xml.eventId : eventIdFrom(first(labels, 'eventId'), notes);
  // A message pasted alone names no event: when its first line is another event's, it
  // is that event (the page then follows it, or says it is not the one triaged).
  const byMessage = labelled === undefined ? eventOfMessage(main) : undefined;
  const other = byMessage !== undefined && byMessage !== target.id ? byMessage : undefined;
  if (other !== undefined)
    notes.push(`Read as event ${other}: the message begins as that event's does.`);
  const eventId = labelled ?? other;
  if (eventId !== undefined) fields.event = String(eventId);

  // The XML holds the insertion strings in the order of the event's layout, when its
  // values fit it. An export whose values do not fit (one <Data> with the whole message,
  // or values shifted) is read by the message's labels instead.
  const xmlData = eventId === target.id && xml ? xml.data : [];
  const data = valuesByLayout(xmlData, target.layout);
  if (!dataFitsLayout(xmlData, target.layout) && xmlData.length > 0) {
    // A loop, not a spread: a hostile value can hold more labels than a call takes arguments.
    for (const label of scanLabels(xmlData.join('\n'))) labels.push(label);
    notes.push("The event's values did not fit its fields, so its message text was read instead.");
  }

  const user = first(labels, 'user') ?? data.user;
  if (user) fields.user = user;

  const client = splitClientComputer(first(labels, 'computer') ?? data.computer ?? '');
  if (client.computer) fields.computer = client.computer;
  if (client.program) fields.program = client.program;

  // Values only some events carry: read where the event's layout has them.
  const carried = (key: LabelKey, field: LayoutField) =>
    target.layout.includes(field) ? (first(labels, key) ?? data[field])?.trim() : undefined;
  const tried = carried('triedServer', 'triedserver');
  if (tried) fields.triedserver = tried;
  const file = carried('file', 'backup');
  if (file) fields.backup = file;
  const secretNumber = carried('secretNumber', 'secretno');
  if (secretNumber) fields.secretno = secretNumber;
  for (const [key, field] of [
    ['msid', 'msid'],
    ['prevmsid', 'prevmsid'],
  ] as const) {
    const msid = carried(key, field);
    if (!msid) continue;
    const guid = GUID_RE.exec(msid)?.[0];
    if (guid) fields[field] = guid.toLowerCase();
    else notes.push(`The MSID "${msid.slice(0, 80)}" is not a GUID, so it was left out.`);
  }

  const tidText = first(labels, 'trackingId') ?? data.tid;
  if (tidText) {
    const guid = GUID_RE.exec(tidText)?.[0];
    if (guid) fields.tid = guid.toLowerCase();
    else notes.push(`The Tracking ID "${tidText.slice(0, 80)}" is not a GUID, so it was left out.`);
  }

  const codeText = first(labels, 'code') ?? data.code;
  if (codeText) {
    const token = CODE_TOKEN_RE.exec(codeText)?.[1];
    const parsed = token ? parseCode(token) : undefined;
    if (parsed?.ok) fields.code = parsed.hex;
    else notes.push(`The Error Code "${codeText.slice(0, 80)}" could not be read as a code.`);
  }

  const host = xml?.computer ?? first(labels, 'host')?.split(/\s+/)[0];
  if (host && !/^n\/a$/i.test(host)) fields.host = host;

  // Time: the XML's SystemTime is UTC; text dates are only used when they carry a zone.
  const xmlTime = xml?.systemTime ? toUtcIso(xml.systemTime) : undefined;
  const dateText = first(labels, 'timeCreated') ?? first(labels, 'date');
  const textTime = dateText ? toUtcIso(dateText) : undefined;
  const time = xmlTime ?? textTime;
  let localTime: string | undefined;
  if (time) {
    fields.time = time;
  } else if (dateText) {
    const clock = first(labels, 'time');
    localTime = clock && !dateText.includes(':') ? `${dateText} ${clock}` : dateText;
    notes.push(
      `The event time "${localTime}" is local time with no zone, so it was not copied: enter it in UTC.`,
    );
  }

  const source = xml?.provider ?? first(labels, 'source');
  if (source && !/^ENTSSO$/i.test(source)) {
    notes.push(`The source is "${source}", not ENTSSO: check that this is the right event.`);
  }
  if (eventId !== undefined && eventId !== target.id) {
    notes.push(`This is event ${eventId}, not ${target.id}.`);
  }

  const otherEventIds = others.map(blockEventId).filter((id): id is number => id !== undefined);

  // What this event's message carries, then what every event has.
  const wanted: EventField[] = [
    'code',
    ...target.layout.filter((f): f is Exclude<LayoutField, 'code'> => f !== null && f !== 'code'),
    'time',
    'host',
  ];
  const result: ReadEventResult = {
    shape,
    fields,
    missing: wanted.filter((f) => fields[f] === undefined),
    notes,
    otherEventIds,
  };
  if (localTime) result.localTime = localTime;
  return result;
}
