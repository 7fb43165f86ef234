import { describe, expect, it } from 'vitest';
import { decodeCode } from './decode-code';
import { formatCode, parseCode } from './parse-code';
import { ENTSSO_ERROR_NAMES } from './entsso-error-names';

describe('parseCode', () => {
  it.each([
    '0x80070005',
    '0X80070005',
    '80070005',
    '0x80070005L',
    '80070005L',
    '2147942405',
    '-2147024891',
    '  0x80070005  ',
    '0x80070005UL',
  ])('reads %s as 0x80070005', (spelling) => {
    expect(parseCode(spelling)).toEqual({ ok: true, value: 0x80070005, hex: '0x80070005' });
  });

  it('pads short hex and upper-cases it', () => {
    expect(parseCode('0xc0002a14')).toMatchObject({ hex: '0xC0002A14' });
    expect(parseCode('0x5')).toMatchObject({ hex: '0x00000005' });
  });

  it('reads short decimal numbers as decimal', () => {
    expect(parseCode('5')).toMatchObject({ hex: '0x00000005' });
    expect(parseCode('10772')).toMatchObject({ hex: '0x00002A14' });
  });

  it.each([
    '',
    '   ',
    '0x',
    '0x123456789',
    'banana',
    '0xGG',
    '4294967296',
    '-2147483649',
    '12.5',
    '0x8007 0005',
    '<b>',
  ])('refuses %j with a reason', (input) => {
    const r = parseCode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
  });

  it('formats any 32-bit value', () => {
    expect(formatCode(-1)).toBe('0xFFFFFFFF');
    expect(formatCode(0)).toBe('0x00000000');
  });
});

describe('decodeCode', () => {
  it('explains E_ACCESSDENIED', () => {
    const d = decodeCode(0x80070005);
    expect(d).toMatchObject({
      kind: 'windows',
      failure: true,
      facility: 7,
      code: 5,
      win32: 5,
    });
    expect(d.names).toEqual(['E_ACCESSDENIED', 'ERROR_ACCESS_DENIED']);
    // An HRESULT has a failure flag, not a two-bit severity: no "warning" anywhere.
    expect(d).not.toHaveProperty('severity');
    expect(JSON.stringify(d)).not.toMatch(/warning/i);
  });

  it('reads an eleven-bit facility and does not name one it does not know', () => {
    expect(decodeCode(0x8fff0001)).toMatchObject({ facility: 0x7ff, failure: true });
    expect(decodeCode(0x8fff0001)).not.toHaveProperty('facilityName');
    expect(decodeCode(0xc0002a14)).toMatchObject({ facility: 0, failure: true, customer: false });
    expect(decodeCode(0x80070005).facilityName).toMatch(/WIN32/);
  });

  it('names every ENTSSO error of the brief', () => {
    for (const [id, name] of Object.entries(ENTSSO_ERROR_NAMES)) {
      const d = decodeCode((0xc0000000 | Number(id)) >>> 0);
      expect(d.kind).toBe('entsso-error');
      expect(d.names).toEqual([name]);
      expect(d.failure).toBe(true);
    }
  });

  it('gives the short meaning of the errors that bear on generating', () => {
    expect(decodeCode(0xc0002a14).meaning).toMatch(/SSO Administrators/);
    expect(decodeCode(0xc0002a54).meaning).toMatch(/7 characters/);
  });

  it('recognizes an event message ID entered by mistake', () => {
    const d = decodeCode(0xc000291e);
    expect(d.kind).toBe('entsso-event');
    expect(d.eventId).toBe(10526);
    expect(d.meaning).toMatch(/not an error code/);
    expect(decodeCode(0xc0002b11)).toMatchObject({ kind: 'entsso-event', eventId: 11025 });
  });

  it('is honest about codes it does not know', () => {
    const win32 = decodeCode(0x80070001);
    expect(win32).toMatchObject({ kind: 'unknown', win32: 1, names: [] });
    expect(win32.meaning).toMatch(/net helpmsg 1/);
    const other = decodeCode(0x87654321);
    expect(other).toMatchObject({ kind: 'unknown', names: [] });
    expect(other.meaning).toMatch(/not in the tables/);
  });

  it('suggests the full code for a bare ENTSSO or Win32 number', () => {
    expect(decodeCode(10772).suggestion?.hex).toBe('0xC0002A14');
    expect(decodeCode(5).suggestion?.hex).toBe('0x80070005');
    expect(decodeCode(4242).suggestion).toBeUndefined();
  });

  it('reads the failure flag and the customer bit', () => {
    expect(decodeCode(0x00000000).failure).toBe(false);
    expect(decodeCode(0x40000000).failure).toBe(false);
    expect(decodeCode(0x20000000).customer).toBe(true);
  });
});

describe('a code is a code, not a word', () => {
  it('refuses a short run of hex letters without 0x, and says how to write it', () => {
    for (const word of ['b', 'dead', 'ace', 'Cafe', 'b  ']) {
      const parsed = parseCode(word);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(/8 hex digits/);
    }
  });

  it('still reads every spelling a code is copied in', () => {
    expect(parseCode('0xb')).toMatchObject({ ok: true, hex: '0x0000000B' });
    expect(parseCode('DEADBEEF')).toMatchObject({ ok: true, hex: '0xDEADBEEF' });
    expect(parseCode('80070005')).toMatchObject({ ok: true, hex: '0x80070005' });
    expect(parseCode('-2147024891')).toMatchObject({ ok: true, hex: '0x80070005' });
    expect(parseCode('5')).toMatchObject({ ok: true, hex: '0x00000005' });
  });
});
