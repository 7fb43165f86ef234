/** Reading an error code in any spelling people copy; the code tables live in decode-code. */
export type ParsedCode = { ok: true; value: number; hex: string } | { ok: false; reason: string };

const HEX_PREFIXED = /^0x([0-9a-f]{1,8})$/i;
const BARE_HEX = /^[0-9a-f]{1,8}$/i;
const DECIMAL = /^-?\d{1,11}$/;

/** `0x` followed by 8 upper-case hex digits: the one spelling used in links. */
export function formatCode(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/**
 * Reads an error code in any spelling people copy: `0x80070005`, `80070005`,
 * `0x80070005L`, unsigned `2147942405` or signed `-2147024891`.
 */
export function parseCode(input: string): ParsedCode {
  // Every spelling fits in 20 characters; a longer text is no code, and stopping here
  // keeps the suffix pattern below from rescanning a long run of letters.
  if (input.trim().length > 24) {
    return { ok: false, reason: 'Too long for an error code: a code has at most 11 digits.' };
  }
  const text = input.trim().replace(/[uUlL]+$/, '');
  if (text === '') return { ok: false, reason: 'Enter an error code.' };
  const prefixed = HEX_PREFIXED.exec(text);
  if (prefixed?.[1]) return ok(parseInt(prefixed[1], 16));
  // Eight digits is how HRESULTs are written without the prefix (80070005), so an
  // 8-character run is read as hex even when it holds only digits. A shorter run of
  // letters (b, dead, ace) is a word before it is a code: it is not guessed at.
  if (BARE_HEX.test(text) && text.length === 8) return ok(parseInt(text, 16));
  if (BARE_HEX.test(text) && /[a-f]/i.test(text)) {
    return {
      ok: false,
      reason:
        'Without 0x, a code is written with 8 hex digits (80070005); a shorter hex code needs its 0x (0xB).',
    };
  }
  if (DECIMAL.test(text)) {
    const n = Number(text);
    if (n < -2147483648 || n > 4294967295) {
      return {
        ok: false,
        reason: 'That number does not fit in 32 bits, so it is not an error code.',
      };
    }
    return ok(n >>> 0);
  }
  if (/^0x/i.test(text) && /^0x[0-9a-f]+$/i.test(text)) {
    return { ok: false, reason: 'Too many hex digits: an error code has at most 8.' };
  }
  return {
    ok: false,
    reason: 'Not an error code. Use hex such as 0x80070005 or a decimal such as -2147024891.',
  };
}

function ok(value: number): ParsedCode {
  return { ok: true, value: value >>> 0, hex: formatCode(value) };
}
