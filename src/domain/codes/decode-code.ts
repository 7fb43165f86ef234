import { ENTSSO_ERROR_MEANINGS } from './entsso-error-meanings';
import { ENTSSO_ERROR_NAMES } from './entsso-error-names';
import { formatCode } from './parse-code';
import { WINDOWS_CODES } from './windows-codes';

export type CodeKind = 'windows' | 'entsso-error' | 'entsso-event' | 'unknown';

export interface DecodedCode {
  hex: string;
  value: number;
  /** Bit 31, the S flag: set for every failure. An HRESULT has no other severity. */
  failure: boolean;
  /** Bit 29, the C flag: a code defined by a product rather than by Windows. */
  customer: boolean;
  /** Bits 16 to 26: eleven bits. */
  facility: number;
  /** The facility's name, when it is one this tool knows. */
  facilityName?: string;
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
  const facility = (v >>> 16) & 0x07ff;
  const code = v & 0xffff;
  const facilityName = FACILITIES[facility];
  const base = {
    hex: formatCode(v),
    value: v,
    failure: v >>> 31 === 1,
    customer: ((v >>> 29) & 1) === 1,
    facility,
    ...(facilityName ? { facilityName } : {}),
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
          `ENTSSO error ${code}. This tool has no notes on it; its own event page (Event ${code} on Microsoft Learn) explains it.`,
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
