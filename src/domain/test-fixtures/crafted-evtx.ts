import { crc32 } from '../evtx/crc32';

/**
 * Builds hostile .evtx files byte by byte, for tests and benchmarks: binary XML can
 * refer back to a template or a value it already holds, so a few kilobytes can stand
 * for an event of billions of elements or characters. Each builder writes one record's
 * binary XML at a known chunk offset (templates and names are found by chunk offset).
 */

const FILE_HEADER = 4096;
const CHUNK = 65536;
const CHUNK_HEADER = 512;
const RECORD_HEAD = 24;

/** A growing byte buffer that knows the chunk offset of its first byte. */
class Bytes {
  private data: number[] = [];
  constructor(readonly base: number) {}
  get at(): number {
    return this.base + this.data.length;
  }
  u8(v: number): this {
    this.data.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v).u8(v >>> 8);
  }
  u32(v: number): this {
    return this.u16(v & 0xffff).u16(v >>> 16);
  }
  utf16(text: string): this {
    for (let i = 0; i < text.length; i++) this.u16(text.charCodeAt(i));
    return this;
  }
  /** A name written where it is used: its offset is the next byte. */
  name(text: string): this {
    this.u32(this.at + 4);
    return this.u32(0).u16(0).u16(text.length).utf16(text).u16(0);
  }
  patch32(chunkOffset: number, v: number): void {
    const i = chunkOffset - this.base;
    this.data[i] = v & 0xff;
    this.data[i + 1] = (v >>> 8) & 0xff;
    this.data[i + 2] = (v >>> 16) & 0xff;
    this.data[i + 3] = (v >>> 24) & 0xff;
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.data);
  }
}

type Content = (b: Bytes) => void;

/** `<name attr="value">content</name>`; the data size field is not read, so it is 0. */
function element(name: string, content: Content[], attrs: Record<string, string> = {}): Content {
  return (b) => {
    const names = Object.keys(attrs);
    b.u8(names.length > 0 ? 0x41 : 0x01)
      .u16(0xffff)
      .u32(0)
      .name(name);
    if (names.length > 0) {
      const sizeAt = b.at;
      b.u32(0);
      names.forEach((attr, i) => {
        b.u8(i < names.length - 1 ? 0x46 : 0x06).name(attr);
        text(attrs[attr] ?? '')(b);
      });
      b.patch32(sizeAt, b.at - sizeAt - 4);
    }
    if (content.length === 0) {
      b.u8(0x03);
      return;
    }
    b.u8(0x02);
    for (const c of content) c(b);
    b.u8(0x04);
  };
}

const text =
  (value: string): Content =>
  (b) =>
    b.u8(0x05).u8(0x01).u16(value.length).utf16(value);

/** A substitution of the instance's value number `index`, of type `type`. */
const sub =
  (index: number, type = 0x01): Content =>
  (b) =>
    b.u8(0x0e).u16(index).u8(type);

/**
 * A template instance whose template is written here; returns the template's chunk
 * offset through `defined` so later instances can refer to it.
 */
function inlineInstance(
  body: Content[],
  values: string[] = [],
  defined?: (offset: number) => void,
): Content {
  return (b) => {
    b.u8(0x0c).u8(0).u32(0);
    const definition = b.at + 4;
    b.u32(definition);
    defined?.(definition);
    b.u32(0);
    for (let i = 0; i < 16; i++) b.u8(0);
    const sizeAt = b.at;
    b.u32(0);
    for (const c of body) c(b);
    b.u8(0x00);
    b.patch32(sizeAt, b.at - sizeAt - 4);
    instanceValues(b, values);
  };
}

/** An instance of a template written earlier in the chunk, at `offset`. */
const instanceOf =
  (offset: () => number, values: string[] = []): Content =>
  (b) => {
    b.u8(0x0c).u8(0).u32(0).u32(offset());
    instanceValues(b, values);
  };

function instanceValues(b: Bytes, values: string[]): void {
  b.u32(values.length);
  for (const v of values)
    b.u16(v.length * 2)
      .u8(0x01)
      .u8(0);
  for (const v of values) b.utf16(v);
}

/** An ENTSSO 10526 event whose Computer element holds `computer`. */
function event(computer: Content[]): Content {
  return element('Event', [
    element('System', [
      element('Provider', [], { Name: 'ENTSSO' }),
      element('EventID', [text('10526')]),
      element('Computer', computer),
    ]),
  ]);
}

function record(base: number, content: Content): Uint8Array {
  const b = new Bytes(base);
  b.u8(0x0f).u8(1).u8(1).u8(0);
  content(b);
  b.u8(0x00);
  return b.bytes();
}

/**
 * Templates nested `levels` deep, each holding two instances of the one below: the
 * first defines it, the second refers back to it. The file grows by a few dozen bytes
 * per level; the event it stands for doubles per level (2^levels leaves of "A").
 */
export function doublingRecord(levels: number): (base: number) => Uint8Array {
  return (base) => {
    const level = (n: number): Content => {
      if (n === 0) return element('E', [text('A')]);
      let offset = 0;
      return element('E', [
        inlineInstance([level(n - 1)], [], (o) => (offset = o)),
        instanceOf(() => offset),
      ]);
    };
    return record(base, event([inlineInstance([level(levels)])]));
  };
}

/**
 * One string value of `chars` characters, named `repeats` times in one run of text:
 * four bytes per mention, `chars * repeats` characters of Computer name.
 */
export function repeatedValueRecord(chars: number, repeats: number): (base: number) => Uint8Array {
  return (base) => {
    const mentions: Content[] = Array.from({ length: repeats }, () => sub(0));
    return record(
      base,
      event([
        inlineInstance([element('C', [(b) => mentions.forEach((m) => m(b))])], ['x'.repeat(chars)]),
      ]),
    );
  };
}

/**
 * Elements nested `levels` deep through templates defined one after another, each
 * referring to the one before by offset: no element is read deeper than one level,
 * yet the event is `levels` deep.
 */
export function deepRecord(levels: number): (base: number) => Uint8Array {
  return (base) => {
    const offsets: number[] = [];
    const defs: Content[] = [];
    for (let n = 0; n < levels; n++) {
      const inner = n === 0 ? [text('A')] : [instanceOf(() => offsets[n - 1] ?? 0)];
      defs.push(inlineInstance([element('D', inner)], [], (o) => (offsets[n] = o)));
    }
    return record(base, event([element('Defs', defs), instanceOf(() => offsets[levels - 1] ?? 0)]));
  };
}

/** A plain ENTSSO 10526 event, to stand beside the hostile ones. */
export const plainRecord =
  (computer: string) =>
  (base: number): Uint8Array =>
    record(base, event([text(computer)]));

/**
 * A whole .evtx file: a header and as many chunks as the records need (one chunk per
 * `perChunk` records), checksums right, record numbers from 1.
 */
export function craftedEvtx(
  records: Array<(base: number) => Uint8Array>,
  perChunk = records.length,
): Uint8Array {
  const chunkCount = Math.max(1, Math.ceil(records.length / perChunk));
  const file = new Uint8Array(FILE_HEADER + chunkCount * CHUNK);
  const head = new DataView(file.buffer);
  file.set(new TextEncoder().encode('ElfFile\0'), 0);
  head.setBigUint64(24, BigInt(records.length + 1), true);
  head.setUint32(32, 128, true);
  head.setUint16(36, 1, true);
  head.setUint16(38, 3, true);
  head.setUint16(40, FILE_HEADER, true);
  head.setUint16(42, chunkCount, true);
  head.setUint32(124, crc32(file.subarray(0, 120)), true);

  let number = 1;
  for (let c = 0; c < chunkCount; c++) {
    const start = FILE_HEADER + c * CHUNK;
    const chunk = file.subarray(start, start + CHUNK);
    const v = new DataView(chunk.buffer, chunk.byteOffset, CHUNK);
    chunk.set(new TextEncoder().encode('ElfChnk\0'), 0);
    const first = number;
    let pos = CHUNK_HEADER;
    for (const build of records.slice(c * perChunk, (c + 1) * perChunk)) {
      const xml = build(pos + RECORD_HEAD);
      const size = RECORD_HEAD + xml.length + 4;
      if (pos + size > CHUNK) throw new Error('the crafted records do not fit in a chunk');
      v.setUint32(pos, 0x2a2a, true);
      v.setUint32(pos + 4, size, true);
      v.setBigUint64(pos + 8, BigInt(number), true);
      v.setBigUint64(pos + 16, 133_000_000_000_000_000n, true);
      chunk.set(xml, pos + RECORD_HEAD);
      v.setUint32(pos + size - 4, size, true);
      pos += size;
      number++;
    }
    v.setBigUint64(8, BigInt(first), true);
    v.setBigUint64(16, BigInt(number - 1), true);
    v.setBigUint64(24, BigInt(first), true);
    v.setBigUint64(32, BigInt(number - 1), true);
    v.setUint32(40, 128, true);
    v.setUint32(44, pos, true);
    v.setUint32(48, pos, true);
    v.setUint32(52, crc32(chunk.subarray(CHUNK_HEADER, pos)), true);
    v.setUint32(124, crc32(chunk.subarray(0, 120), chunk.subarray(128, CHUNK_HEADER)), true);
  }
  return file;
}
