import {
  BinXmlError,
  ChunkReader,
  EXPANSION_LIMITS,
  type Cut,
  type XmlElement,
  type XmlNode,
} from './binxml';
import { crc32 } from './crc32';

/**
 * An event id as Windows writes it: decimal digits only. Number() would also take
 * "0x291E" (10526) or "1e4", which no log writes; such a value is no id at all.
 */
export function decimalId(text: string): number | undefined {
  return /^\s*\d{1,5}\s*$/.test(text) ? Number(text) : undefined;
}

export const FILE_HEADER_SIZE = 4096;
export const CHUNK_SIZE = 65536;
const CHUNK_HEADER_SIZE = 512;
const FILE_MAGIC = 'ElfFile\0';
const CHUNK_MAGIC = 'ElfChnk\0';
const RECORD_MAGIC = 0x00002a2a;

export interface EventDataItem {
  name: string | null;
  value: string | string[];
  /** Set for an element of EventData other than Data (ComplexData, ...). */
  element?: string;
}

/** One record of the log, in the names the oracles and Event Viewer use. */
export interface EvtxRecord {
  recordNumber: number;
  chunk: number;
  /** Set when the record could not be read; the other fields are then empty. */
  error?: string;
  provider: string;
  eventId: number;
  qualifiers: number | null;
  timeCreated: string;
  eventRecordId: number | null;
  computer: string;
  channel: string;
  level: number | null;
  eventData: EventDataItem[];
  binary: string;
  userData: { root: string; values: Array<{ name: string; value: string }> } | null;
}

export interface EvtxHeader {
  chunkCount: number;
  nextRecordNumber: number;
  flags: number;
  dirty: boolean;
  full: boolean;
  checksumOk: boolean;
}

export interface EvtxReading {
  header: EvtxHeader;
  /** The records read (only the kept ones, when the read was given `keep`). */
  records: EvtxRecord[];
  /** Every record met: those read whole, and those that could not be read. */
  counts: { read: number; unreadable: number };
  /** What was odd or damaged, each with what it cost. */
  notes: string[];
  chunksRead: number;
}

export class NotAnEventLog extends Error {}

const ascii = (b: Uint8Array) => String.fromCharCode(...b);

function childElements(node: XmlElement | undefined): XmlElement[] {
  return (node?.children ?? []).filter((c): c is XmlElement => 'name' in c);
}
function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  for (const c of node?.children ?? []) if ('name' in c && c.name === name) return c;
  return undefined;
}
function textOf(node: XmlElement | undefined): string {
  const children = node?.children ?? [];
  // Most elements hold one text: it is the answer as it is.
  const [only] = children;
  if (children.length === 1 && only && !('name' in only)) return only.text;
  let text = '';
  for (const c of children) text += 'name' in c ? textOf(c) : c.text;
  return text;
}

/** The fields of one event, from its elements. */
export function recordFields(
  nodes: XmlNode[],
): Omit<EvtxRecord, 'recordNumber' | 'chunk' | 'error'> {
  const event = nodes.find((n): n is XmlElement => 'name' in n && n.name === 'Event');
  const system = child(event, 'System');
  const eventId = child(system, 'EventID');
  const qualifiers = eventId?.attrs.Qualifiers;
  const levelText = textOf(child(system, 'Level'));
  const eventData: EventDataItem[] = [];
  let binary = '';
  for (const item of childElements(child(event, 'EventData'))) {
    if (item.name === 'Binary') {
      binary = textOf(item);
      continue;
    }
    const only = item.children.length === 1 ? item.children[0] : undefined;
    const listed = only && !('name' in only) ? only.list : undefined;
    const value = listed ?? textOf(item);
    eventData.push(
      item.name === 'Data'
        ? { name: item.attrs.Name ?? null, value }
        : { name: null, element: item.name, value },
    );
  }
  const userRoot = childElements(child(event, 'UserData'))[0];
  return {
    provider: child(system, 'Provider')?.attrs.Name ?? '',
    eventId: decimalId(textOf(eventId)) ?? 0,
    qualifiers: qualifiers !== undefined && qualifiers !== '' ? Number(qualifiers) : null,
    timeCreated: child(system, 'TimeCreated')?.attrs.SystemTime ?? '',
    eventRecordId: ((id) => (id === '' ? null : Number(id)))(
      textOf(child(system, 'EventRecordID')),
    ),
    computer: textOf(child(system, 'Computer')),
    channel: textOf(child(system, 'Channel')),
    level: levelText === '' ? null : Number(levelText),
    eventData,
    binary,
    userData: userRoot
      ? {
          root: userRoot.name,
          // A root with no elements inside holds its value itself.
          values:
            childElements(userRoot).length > 0
              ? childElements(userRoot).map((c) => ({ name: c.name, value: textOf(c) }))
              : [{ name: userRoot.name, value: textOf(userRoot) }],
        }
      : null,
  };
}

function readHeader(bytes: Uint8Array): EvtxHeader {
  if (bytes.length < FILE_HEADER_SIZE || ascii(bytes.subarray(0, 8)) !== FILE_MAGIC)
    throw new NotAnEventLog(
      'This is not a Windows event log (.evtx): it does not start with the ElfFile signature.',
    );
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = v.getUint32(120, true);
  return {
    chunkCount: v.getUint16(42, true),
    nextRecordNumber: Number(v.getBigUint64(24, true)),
    flags,
    dirty: (flags & 1) !== 0,
    full: (flags & 2) !== 0,
    checksumOk: crc32(bytes.subarray(0, 120)) === v.getUint32(124, true),
  };
}

export interface ReadOptions {
  /** Called after each chunk with the bytes read so far; return false to stop. */
  onProgress?: (done: number, total: number) => boolean | void;
}

/** How far a read has come, in bytes; a read yields one after each piece of work. */
export interface ReadStep {
  done: number;
  total: number;
}

/**
 * Runs a read made of steps to its end at once, telling `onProgress` of each; a false
 * from it stops the read, which then ends with what it has (see each reader).
 */
export function runSteps<T>(
  steps: Generator<ReadStep, T, boolean | undefined>,
  onProgress?: (done: number, total: number) => boolean | void,
): T {
  let next = steps.next();
  while (!next.done) {
    const go = onProgress?.(next.value.done, next.value.total);
    next = steps.next(go !== false);
  }
  return next.value;
}

/**
 * Reads a Windows event log file (.evtx): every chunk with the chunk signature, whatever
 * the header claims (a dirty header undercounts them), each record through its binary
 * XML. Checksums are verified and reported, not required (some files have none). A
 * damaged chunk or record is skipped with a note; the rest is read.
 */
export function readEvtx(bytes: Uint8Array, options: ReadOptions = {}): EvtxReading {
  return runSteps(evtxSteps(bytes), options.onProgress);
}

/** The provider a record's elements name, read before the rest of its fields. */
function providerOf(nodes: XmlNode[]): string {
  const event = nodes.find((n): n is XmlElement => 'name' in n && n.name === 'Event');
  return child(child(event, 'System'), 'Provider')?.attrs.Name ?? '';
}

/**
 * `readEvtx` as steps, one per chunk: given false after a step, it stops there. With
 * `keep`, only the records of the providers it keeps are turned into fields and kept;
 * the others are counted (a 50 MB log holds about 140,000 records, and one provider's few).
 */
export function* evtxSteps(
  bytes: Uint8Array,
  keep?: (provider: string) => boolean,
): Generator<ReadStep, EvtxReading, boolean | undefined> {
  const header = readHeader(bytes);
  const notes: string[] = [];
  if (!header.checksumOk)
    notes.push('The file header checksum does not match; the header was not trusted.');
  const records: EvtxRecord[] = [];
  const counts = { read: 0, unreadable: 0 };
  let chunksRead = 0;
  const total = Math.floor((bytes.length - FILE_HEADER_SIZE) / CHUNK_SIZE);
  let emptyChunks = 0;

  for (let index = 0; index < total; index++) {
    const start = FILE_HEADER_SIZE + index * CHUNK_SIZE;
    const chunk = bytes.subarray(start, start + CHUNK_SIZE);
    const magic = ascii(chunk.subarray(0, 8));
    if (magic !== CHUNK_MAGIC) {
      if (chunk.every((b) => b === 0)) emptyChunks++;
      else {
        const v = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const first = Number(v.getBigUint64(8, true));
        const last = Number(v.getBigUint64(16, true));
        const lost =
          last >= first && last - first < 10_000 ? `${last - first + 1} records` : 'its records';
        notes.push(`Chunk ${index} is damaged (no chunk signature): skipped, and ${lost} with it.`);
      }
      if ((yield { done: start + CHUNK_SIZE, total: bytes.length }) === false) break;
      continue;
    }
    chunksRead++;
    const v = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const freeSpace = v.getUint32(48, true);
    const headerOk =
      crc32(chunk.subarray(0, 120), chunk.subarray(128, CHUNK_HEADER_SIZE)) ===
      v.getUint32(124, true);
    const dataEnd =
      freeSpace > CHUNK_HEADER_SIZE && freeSpace <= CHUNK_SIZE ? freeSpace : CHUNK_SIZE;
    const dataOk = crc32(chunk.subarray(CHUNK_HEADER_SIZE, dataEnd)) === v.getUint32(52, true);
    if (!headerOk || !dataOk)
      notes.push(`Chunk ${index}: checksum(s) do not match; its records were read all the same.`);

    const reader = new ChunkReader(chunk);
    let pos = CHUNK_HEADER_SIZE;
    while (pos + 28 <= CHUNK_SIZE) {
      if (v.getUint32(pos, true) !== RECORD_MAGIC) break;
      const size = v.getUint32(pos + 4, true);
      if (size === 0) break;
      if (size < 28 || pos + size > CHUNK_SIZE) {
        notes.push(
          `Chunk ${index}: a record at offset ${pos} has an impossible size; the rest of the chunk was skipped.`,
        );
        break;
      }
      const recordNumber = Number(v.getBigUint64(pos + 8, true));
      try {
        const { nodes, cuts } = reader.readEvent(pos + 24, pos + size - 4);
        counts.read++;
        if (!keep || keep(providerOf(nodes)))
          records.push({ recordNumber, chunk: index, ...recordFields(nodes) });
        if (cuts.length > 0) notes.push(cutNote(recordNumber, cuts));
      } catch (error) {
        if (!(error instanceof BinXmlError) && !(error instanceof RangeError)) throw error;
        counts.unreadable++;
        records.push({ ...emptyRecord(recordNumber, index), error: (error as Error).message });
        notes.push(`Record ${recordNumber} could not be read (${(error as Error).message}).`);
      }
      pos += size;
    }
    if ((yield { done: start + CHUNK_SIZE, total: bytes.length }) === false) {
      notes.push('Reading was stopped before the end of the file.');
      break;
    }
  }
  if (chunksRead === 0 && total > 0) notes.push('No chunk of this file holds event records.');
  if (chunksRead > header.chunkCount)
    notes.push(`The header counts ${header.chunkCount} chunks; ${chunksRead} were found and read.`);
  if (emptyChunks > 0 && chunksRead > 0) notes.push(`${emptyChunks} chunks were empty.`);
  // Chunks are whole 64 KiB blocks: bytes after the last whole one mean the file was cut.
  const tail = (bytes.length - FILE_HEADER_SIZE) % CHUNK_SIZE;
  if (tail > 0)
    notes.push(
      `The file ends ${tail.toLocaleString('en-US')} bytes into chunk ${total}: it was cut short (copied or downloaded only in part), and the events in that last part could not be read.`,
    );
  return { header, records, counts, notes, chunksRead };
}

const CUT_WORDS: Readonly<Record<Cut, string>> = {
  elements: `more than ${EXPANSION_LIMITS.recordElements.toLocaleString('en-US')} elements`,
  text: `more than ${EXPANSION_LIMITS.recordChars.toLocaleString('en-US')} characters of text`,
  nesting: `more than ${EXPANSION_LIMITS.depth} levels of nesting`,
};

/** Says which record was cut, and at which bound. */
function cutNote(recordNumber: number, cuts: Cut[]): string {
  const what = cuts.map((c) => CUT_WORDS[c]).join(' and ');
  return `Record ${recordNumber} expands to ${what}, which no real event has (the file may be crafted or damaged): only its first part was read, and its values may be cut.`;
}

function emptyRecord(recordNumber: number, chunk: number): EvtxRecord {
  return {
    recordNumber,
    chunk,
    provider: '',
    eventId: 0,
    qualifiers: null,
    timeCreated: '',
    eventRecordId: null,
    computer: '',
    channel: '',
    level: null,
    eventData: [],
    binary: '',
    userData: null,
  };
}
