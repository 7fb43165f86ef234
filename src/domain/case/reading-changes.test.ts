import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch } from './case-patch';
import { fieldOfEvent, CASE_FIELDS } from './case-fields';
import { readingChanges, type EventReading } from './reading-changes';

const L10526 = ['user', 'computer', 'tid', 'code'] as const;
const L10532 = ['triedserver', 'code'] as const;

const paste10526: EventReading = {
  changes: {
    user: 'CONTOSO\\svc',
    computer: 'BTS01',
    program: 'ssoconfig.exe:4242',
    tid: '0f8fad5b-d9cb-469f-a165-70867728950e',
    code: '0xC0002A0F',
    time: '2026-12-01T03:00:00Z',
    seen: '10520,11016',
  },
  event: { id: 10526, layout: L10526 },
  nameEvent: false,
};
const paste10532: EventReading = {
  changes: { triedserver: 'SSO01', code: '0x800706BA', time: '2026-12-02T04:00:00Z' },
  event: { id: 10532, layout: L10532 },
  nameEvent: true,
};

/** Lands a reading on a link as the page would, and says what the next one builds on. */
function land(
  link: URLSearchParams,
  reading: EventReading,
  caseEvent: number,
  previous = undefined as Parameters<typeof readingChanges>[3],
) {
  const changes = readingChanges(link, reading, caseEvent, previous);
  return { link: applyPatch(link, changes.patch), ...changes };
}

describe('a reading of another event', () => {
  it("takes out everything the old event's reading set: values, time, related events", () => {
    const first = land(new URLSearchParams('v=1'), paste10526, 10526);
    const second = land(first.link, paste10532, 10526, first.contribution);
    expect(Object.fromEntries(second.link)).toEqual({
      v: '1',
      event: '10532',
      triedserver: 'SSO01',
      code: '0x800706BA',
      time: '2026-12-02T04:00:00Z',
    });
    expect(second.kept).toEqual([]);
  });

  it('keeps a value the person typed when the new event carries it, and says so; drops it when not', () => {
    const first = land(new URLSearchParams('v=1'), paste10526, 10526);
    const typed = new URLSearchParams(first.link);
    typed.set('user', 'CONTOSO\\typed');
    typed.set('tid', '11111111-2222-3333-4444-555555555555');
    const to10527: EventReading = {
      changes: { secretno: '3', code: '0x80070005' },
      event: { id: 10527, layout: ['secretno', 'user', 'computer', 'tid', 'code'] },
      nameEvent: true,
    };
    const second = land(typed, to10527, 10526, first.contribution);
    expect(second.link.get('user')).toBe('CONTOSO\\typed');
    expect(second.link.get('tid')).toBe('11111111-2222-3333-4444-555555555555');
    expect(second.kept).toEqual(['user', 'tid']);
    // Read by the old paste and not changed: it goes.
    expect(second.link.get('computer')).toBeNull();
    expect(second.link.get('seen')).toBeNull();
    const to10532 = land(typed, paste10532, 10526, first.contribution);
    expect(to10532.link.get('user')).toBeNull();
    expect(to10532.kept).toEqual([]);
  });

  it('a switch back to the default event names no event', () => {
    const first = land(new URLSearchParams('v=1'), paste10532, 10526);
    const back = land(first.link, paste10526, 10532, first.contribution);
    expect(back.link.get('event')).toBeNull();
    expect(back.link.get('triedserver')).toBeNull();
  });

  it('for any earlier case, leaves only fields the new event holds, and what it gave', () => {
    const value = fc.stringMatching(/^[A-Za-z0-9]{1,6}$/);
    const fields = CASE_FIELDS.filter((f) => f.name !== 'event').map((f) => f.name);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), value), (before) => {
        const link = new URLSearchParams({ v: '1', ...before });
        const after = land(link, paste10532, 10526).link;
        for (const field of CASE_FIELDS) {
          const now = after.get(field.name);
          if (now === null) continue;
          expect(fieldOfEvent(field, L10532) || field.step !== 'gather').toBe(true);
          if (field.name in paste10532.changes) expect(now).toBe(paste10532.changes[field.name]);
          // An event's value it did not give stays only where the new event carries it.
          else if (field.step === 'gather' && field.name !== 'event')
            expect(L10532).toContain(field.inLayout ?? field.name);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('a reading of the same event', () => {
  it('replaces the previous reading and keeps what the person changed since', () => {
    const first = land(new URLSearchParams('v=1&seen=10571'), paste10526, 10526);
    const changed = new URLSearchParams(first.link);
    changed.set('computer', 'TYPED01');
    const again: EventReading = { ...paste10526, changes: { code: '0x80070005' } };
    const second = land(changed, again, 10526, first.contribution);
    expect(second.link.get('computer')).toBe('TYPED01');
    expect(second.link.get('user')).toBeNull();
    expect(second.link.get('time')).toBeNull();
    expect(second.link.get('seen')).toBe('10571');
  });
});
