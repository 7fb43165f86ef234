import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filetime, formatValue, utf16 } from './values';

const le64 = (ticks: bigint) => {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, ticks, true);
  return bytes;
};

describe('typed values read fast and the same as the plain way', () => {
  it('a FILETIME read from its halves is the BigInt reading, for any 64-bit value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (ticks) => {
        expect(formatValue(0x11, le64(ticks))).toBe(filetime(ticks));
      }),
      { numRuns: 3000 },
    );
    // Around today, and at the edges of the fast path.
    for (const ticks of [
      134_000_000_000_000_000n,
      ((2n ** 30n) << 32n) - 1n,
      (2n ** 30n) << 32n,
      0n,
    ])
      expect(formatValue(0x11, le64(ticks))).toBe(filetime(ticks));
  });

  it('UTF-16 text keeps every code unit, lone surrogates too, past one slice', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 9000 }), (units) => {
        const bytes = new Uint8Array(units.length * 2);
        units.forEach((u, i) => new DataView(bytes.buffer).setUint16(i * 2, u, true));
        expect(utf16(bytes)).toBe(units.map((u) => String.fromCharCode(u)).join(''));
      }),
      { numRuns: 200 },
    );
  });

  it('a string value loses its trailing NULs and has \\n for every line end', () => {
    const bytes = (text: string) => {
      const b = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) b[i * 2] = text.charCodeAt(i);
      return b;
    };
    expect(formatValue(0x01, bytes('a\r\nb\rc\0\0'))).toBe('a\nb\nc');
    expect(formatValue(0x01, bytes('\0x\0'))).toBe('\0x');
    expect(formatValue(0x0e, new Uint8Array([0, 15, 171, 255]))).toBe('000FABFF');
  });
});
