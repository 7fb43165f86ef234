/** Turns the typed values of binary XML into text, the way Windows prints them. */

const FILETIME_EPOCH_SECONDS = 11_644_473_600n;

/** Code units are gathered here and turned into text a slice at a time, not a char at a time. */
const UNITS = new Uint16Array(4096);

export function utf16(bytes: Uint8Array): string {
  const count = bytes.length >> 1;
  let text = '';
  for (let start = 0; start < count; start += UNITS.length) {
    const n = Math.min(UNITS.length, count - start);
    for (let i = 0; i < n; i++) {
      const at = (start + i) * 2;
      UNITS[i] = (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
    }
    // Lone surrogates are kept as they are, as the loop of fromCharCode kept them.
    text += String.fromCharCode.apply(null, UNITS.subarray(0, n) as unknown as number[]);
  }
  return text;
}

/** Text as XML reads it: without trailing NULs, and with \n for every line end. */
function xmlText(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  const kept = end === text.length ? text : text.slice(0, end);
  return kept.includes('\r') ? kept.replace(/\r\n?/g, '\n') : kept;
}

/** A FILETIME (100 ns ticks since 1601) as ISO 8601 in UTC, to the full 100 ns. */
export function filetime(ticks: bigint): string {
  return filetimeText(ticks / 10_000_000n - FILETIME_EPOCH_SECONDS, ticks % 10_000_000n);
}

/**
 * A FILETIME given as its two 32-bit halves. Exact in plain numbers while the high half is
 * under 2^30 (until the year 16,000 or so); BigInt beyond.
 */
function filetimeOf(low: number, high: number): string {
  if (high >= 2 ** 30) return filetime((BigInt(high) << 32n) | BigInt(low));
  // ticks / 10^7 = high * 429 + (high * 4,967,296 + low) / 10^7, as 2^32 = 429 * 10^7 + 4,967,296.
  const rest = high * 4_967_296 + low;
  const seconds = high * 429 + Math.floor(rest / 10_000_000) - Number(FILETIME_EPOCH_SECONDS);
  return filetimeText(seconds, rest % 10_000_000);
}

function filetimeText(wholeSeconds: bigint | number, ticks: bigint | number): string {
  const fraction = String(ticks).padStart(7, '0');
  const date = new Date(Number(wholeSeconds) * 1000);
  // Past year 9999 ISO 8601 needs a sign and six digits (+060056-…), which no reader here
  // takes for a time: such a value is treated as no time at all.
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999) return '';
  return `${date.toISOString().slice(0, 19)}.${fraction}Z`;
}

const HEX_BYTE = Array.from({ length: 256 }, (_, b) =>
  b.toString(16).padStart(2, '0').toUpperCase(),
);

function hex(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += HEX_BYTE[b] ?? '';
  return text;
}

function guid(b: Uint8Array): string {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const p = (n: number, w: number) => n.toString(16).toUpperCase().padStart(w, '0');
  return `{${p(v.getUint32(0, true), 8)}-${p(v.getUint16(4, true), 4)}-${p(v.getUint16(6, true), 4)}-${hex(b.subarray(8, 10))}-${hex(b.subarray(10, 16))}}`;
}

function sid(b: Uint8Array): string {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const count = b[1] ?? 0;
  let authority = 0;
  for (let i = 2; i < 8; i++) authority = authority * 256 + (b[i] ?? 0);
  const subs: number[] = [];
  for (let i = 0; i < count && 8 + i * 4 + 4 <= b.length; i++)
    subs.push(v.getUint32(8 + i * 4, true));
  return ['S', b[0] ?? 1, authority, ...subs].join('-');
}

function systemtime(b: Uint8Array): string {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const n = (o: number, w = 2) => String(v.getUint16(o, true)).padStart(w, '0');
  return `${n(0, 4)}-${n(2)}-${n(6)}T${n(8)}:${n(10)}:${n(12)}.${n(14, 3)}Z`;
}

/** One value of a given type (the low 7 bits of a value type byte). */
function scalar(type: number, b: Uint8Array): string {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  switch (type) {
    case 0x01:
      // Read as XML reads text: line ends become \n.
      return xmlText(utf16(b));
    case 0x02:
      return new TextDecoder('latin1').decode(b).replace(/\0+$/, '');
    case 0x03:
      return String(v.getInt8(0));
    case 0x04:
      return String(v.getUint8(0));
    case 0x05:
      return String(v.getInt16(0, true));
    case 0x06:
      return String(v.getUint16(0, true));
    case 0x07:
      return String(v.getInt32(0, true));
    case 0x08:
      return String(v.getUint32(0, true));
    case 0x09:
      return String(v.getBigInt64(0, true));
    case 0x0a:
      return String(v.getBigUint64(0, true));
    case 0x0b:
      return String(v.getFloat32(0, true));
    case 0x0c:
      return String(v.getFloat64(0, true));
    case 0x0d:
      return v.getUint32(0, true) !== 0 ? 'true' : 'false';
    case 0x0e:
      return hex(b);
    case 0x0f:
      return guid(b);
    case 0x10:
    case 0x14:
    case 0x15:
      return `0x${(b.length >= 8 ? v.getBigUint64(0, true) : BigInt(v.getUint32(0, true))).toString(16)}`;
    case 0x11:
      return filetimeOf(v.getUint32(0, true), v.getUint32(4, true));
    case 0x12:
      return systemtime(b);
    case 0x13:
      return sid(b);
    default:
      return hex(b);
  }
}

const WIDTH: Readonly<Record<number, number>> = {
  0x03: 1,
  0x04: 1,
  0x05: 2,
  0x06: 2,
  0x07: 4,
  0x08: 4,
  0x09: 8,
  0x0a: 8,
  0x0b: 4,
  0x0c: 8,
  0x0d: 4,
  0x0f: 16,
  0x11: 8,
  0x12: 16,
  0x14: 4,
  0x15: 8,
};

/** A value as text, or as a list of texts for an array type (0x80 set). */
export function formatValue(type: number, b: Uint8Array): string | string[] {
  if (type === 0x00) return '';
  if ((type & 0x80) === 0) return scalar(type, b);
  const base = type & 0x7f;
  if (base === 0x01) {
    // Each string ends with a NUL; a list that is one empty string is an empty list.
    const items = utf16(b).replace(/\r\n?/g, '\n').split('\0');
    if (items[items.length - 1] === '') items.pop();
    return items.length === 1 && items[0] === '' ? [] : items;
  }
  if (base === 0x02) {
    const items = new TextDecoder('latin1').decode(b).split('\0');
    if (items.length > 0 && items[items.length - 1] === '') items.pop();
    return items;
  }
  const width = WIDTH[base] ?? (base === 0x10 ? (b.length % 8 === 0 ? 8 : 4) : 0);
  if (width === 0) return [scalar(base, b)];
  const items: string[] = [];
  for (let i = 0; i + width <= b.length; i += width)
    items.push(scalar(base, b.subarray(i, i + width)));
  return items;
}
