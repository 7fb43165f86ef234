import { ENTSSO_ERROR_MEANINGS } from './entsso-error-meanings';
import { ENTSSO_ERROR_NAMES } from './entsso-error-names';
import { WINDOWS_CODES } from './windows-codes';

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
  const text = input.trim().replace(/[uUlL]+$/, '');
  if (text === '') return { ok: false, reason: 'Enter an error code.' };
  const prefixed = HEX_PREFIXED.exec(text);
  if (prefixed?.[1]) return ok(parseInt(prefixed[1], 16));
  // Eight digits is how HRESULTs are written without the prefix (80070005),
  // so an 8-character run is read as hex even when it holds only digits.
  if (BARE_HEX.test(text) && (text.length === 8 || /[a-f]/i.test(text))) {
    return ok(parseInt(text, 16));
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

export type Severity = 'success' | 'informational' | 'warning' | 'error';
export type CodeKind = 'windows' | 'entsso-error' | 'entsso-event' | 'unknown';

export interface DecodedCode {
  hex: string;
  value: number;
  severity: Severity;
  /** Bit 31: set for every failure HRESULT. */
  failure: boolean;
  customer: boolean;
  facility: number;
  facilityName: string;
  code: number;
  kind: CodeKind;
  /** Symbolic names, most specific first; empty when the code is not in our tables. */
  names: string[];
  meaning: string;
  /** For an ENTSSO event message ID typed by mistake: the event it belongs to. */
  eventId?: number;
  win32?: number;
  /** A likely intended code, for values that look like a bare number. */
  suggestion?: { hex: string; why: string };
}

const SEVERITIES: readonly Severity[] = ['success', 'informational', 'warning', 'error'];

const FACILITIES: Readonly<Record<number, string>> = {
  0: 'NULL (ENTSSO and generic codes)',
  1: 'RPC',
  4: 'ITF (interface specific)',
  7: 'WIN32 (wraps a Windows error)',
  9: 'SECURITY (cryptography)',
};

function isEntssoEventNumber(code: number): boolean {
  return (code >= 0x2900 && code <= 0x29ff) || (code >= 0x2b00 && code <= 0x2bff);
}

export function decodeCode(value: number): DecodedCode {
  const v = value >>> 0;
  const facility = (v >>> 16) & 0x0fff;
  const code = v & 0xffff;
  const base = {
    hex: formatCode(v),
    value: v,
    severity: SEVERITIES[v >>> 30] as Severity,
    failure: v >>> 31 === 1,
    customer: ((v >>> 29) & 1) === 1,
    facility,
    facilityName: FACILITIES[facility] ?? `facility ${facility}`,
    code,
  };

  const windows = WINDOWS_CODES.find((c) => c.hresult === v);
  if (windows) {
    return {
      ...base,
      kind: 'windows',
      names: [...windows.names],
      meaning: windows.meaning,
      ...(windows.win32 === undefined ? {} : { win32: windows.win32 }),
    };
  }

  if (facility === 0 && v >>> 16 !== 0) {
    const entssoName = ENTSSO_ERROR_NAMES[code];
    if (entssoName && (v & 0xffff0000) >>> 0 === 0xc0000000) {
      return {
        ...base,
        kind: 'entsso-error',
        names: [entssoName],
        meaning:
          ENTSSO_ERROR_MEANINGS[code] ??
          `ENTSSO error ${code}. It does not usually stop a master secret from being generated; its own event page explains it.`,
      };
    }
    if (isEntssoEventNumber(code)) {
      return {
        ...base,
        kind: 'entsso-event',
        names: [],
        eventId: code,
        meaning: `This is the message ID of ENTSSO event ${code}, not an error code. Copy the value after "Error Code:" in the message instead.`,
      };
    }
  }

  const unknown: DecodedCode = {
    ...base,
    kind: 'unknown',
    names: [],
    meaning:
      facility === 7
        ? `Windows error ${code}, which this tool has no notes on. Run "net helpmsg ${code}" on a Windows machine for its text.`
        : 'This code is not in the tables this tool knows. The related events in the Application log will say more.',
  };
  if (facility === 7) unknown.win32 = code;
  const suggestion = suggestFor(v);
  if (suggestion) unknown.suggestion = suggestion;
  return unknown;
}

/** A plain small number is most often a Win32 error or an ENTSSO error number typed bare. */
function suggestFor(v: number): DecodedCode['suggestion'] {
  if (v > 0xffff || v === 0) return undefined;
  if (ENTSSO_ERROR_NAMES[v]) {
    return { hex: formatCode(0xc0000000 | v), why: `ENTSSO error ${v} is reported as this code.` };
  }
  const win32 = WINDOWS_CODES.find((c) => c.win32 === v);
  if (win32) {
    return { hex: formatCode(win32.hresult), why: `Windows error ${v} is reported as this code.` };
  }
  return undefined;
}
