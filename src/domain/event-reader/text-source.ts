/**
 * Turns raw bytes of a saved event file into text. Files saved on Windows are
 * often UTF-16LE with a byte-order mark; without one we look for the tell-tale
 * zero bytes of UTF-16 before falling back to UTF-8.
 */
export function decodeEventFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  // Without a mark: in UTF-16 every other byte is the high byte of a character, which
  // for Latin, Greek, Cyrillic, Hebrew or Arabic text is 0x00 to 0x08, bytes that no
  // text file holds otherwise. Counting only zeros missed a file that starts in Cyrillic.
  const sample = bytes.subarray(0, 512);
  let oddLow = 0;
  let evenLow = 0;
  sample.forEach((b, i) => {
    if (b <= 0x08) {
      if (i % 2 === 1) oddLow++;
      else evenLow++;
    }
  });
  const quarter = sample.length / 4;
  if (oddLow > quarter && oddLow > 4 * evenLow) return new TextDecoder('utf-16le').decode(bytes);
  if (evenLow > quarter && evenLow > 4 * oddLow) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Line ends, byte-order marks and stray NULs (from UTF-16 read as bytes) made uniform. */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/\u0000/g, '')
      .replace(/\r\n?/g, '\n')
      .replace(/\u00a0/g, ' ')
  );
}
