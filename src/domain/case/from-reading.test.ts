import { describe, expect, it } from 'vitest';
import { readEvent } from '../event-reader/read-event';
import { ENTSSO_10526_DECISION as model } from '../model/entsso-10526/decision';
import { caseField, type CaseFieldName } from './case-fields';
import { fieldsFromReading } from './from-reading';

const EVENT_10526 = model.event;

const from = (text: string) => fieldsFromReading(readEvent(text, EVENT_10526), model);

describe('fieldsFromReading', () => {
  it.each([
    ['a tab', 'Client User: CONTOSO\tjdoe\nError Code: 0x80070005'],
    ['U+0085', 'Client User: CONTOSO\u0085jdoe\nError Code: 0x80070005'],
    ['U+2028', 'Client User: CONTOSO\u2028jdoe\nError Code: 0x80070005'],
  ])('leaves out a user with %s, with the reason, and keeps the rest', (_what, text) => {
    const r = from(text);
    expect(r.patch.values?.user).toBeUndefined();
    expect(r.patch.values?.code).toBe('0x80070005');
    expect(r.notes.join(' ')).toMatch(/Client user [\s\S]* was left out: [\s\S]*control character/);
  });

  it('leaves out a user that XML made multi-line (&#10;)', () => {
    const xml = `<Event><System><Provider Name="ENTSSO"/><EventID>10526</EventID></System><EventData><Data>CONTOSO&#10;jdoe</Data><Data>SSO01</Data><Data>x</Data><Data>0x80070005</Data></EventData></Event>`;
    const r = from(xml);
    expect(r.patch.values?.user).toBeUndefined();
    expect(r.patch.values?.computer).toBe('SSO01');
  });

  it.each([['Event ID: 0'], ['<Event><System><EventID>99999</EventID></System></Event>']])(
    'leaves out an impossible event ID: %s',
    (text) => {
      const r = from(text);
      expect(r.patch.values?.event).toBeUndefined();
      expect(r.notes.join(' ')).toMatch(/Event ID .* was left out/);
    },
  );

  it('removes direction and invisible characters with a note', () => {
    const r = from(
      'Client User: CONTOSO\\\u202Eeod\u202Cj\u200B\nClient Computer: SS\u2066O01\u2069',
    );
    expect(r.patch.values?.user).toBe('CONTOSO\\eodj');
    expect(r.patch.values?.computer).toBe('SSO01');
    expect(r.notes.filter((n) => /Invisible/.test(n))).toHaveLength(2);
  });

  it('gives only values the case-field table accepts unchanged', () => {
    const r = from(
      'Client User: a\nClient Computer: b\nTracking ID: {3F2504E0-4F89-11D3-9A0C-0305E82C3301}\nError Code: 5',
    );
    for (const [name, value] of Object.entries(r.patch.values ?? {})) {
      if (value === undefined) continue;
      expect(caseField(name as CaseFieldName).check(value)).toEqual({ ok: true, value });
    }
  });
});
