import { describe, expect, it } from 'vitest';
import { BinXmlError, ChunkReader } from './binxml';

/** An element <A> whose content holds a token no content may hold (here 0x00). */
function elementWithBadContent(): Uint8Array {
  const bytes = new Uint8Array(64);
  const v = new DataView(bytes.buffer);
  bytes[0] = 0x01; // open start element
  v.setUint16(1, 0xffff, true); // dependency id
  v.setUint32(3, 20, true); // data size
  v.setUint32(7, 11, true); // name offset: inline, right here
  v.setUint16(11 + 6, 1, true); // one character
  v.setUint16(11 + 8, 0x41, true); // "A"
  bytes[11 + 12] = 0x02; // close start element
  bytes[11 + 13] = 0x00; // not content
  return bytes;
}

describe('binary XML', () => {
  it('stops with an error on a token that content cannot hold, rather than looping', () => {
    const bytes = elementWithBadContent();
    expect(() => new ChunkReader(bytes).readEvent(0, bytes.length)).toThrow(BinXmlError);
  });
});
