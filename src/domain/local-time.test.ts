import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatLocalDateTime,
  formatOffset,
  localToUtcIso,
  parseLocalDateTime,
  slashOrder,
  UTC_OFFSETS,
} from './local-time';

describe('slashOrder: how a file writes its dates, judged on all of them', () => {
  const date = fc.record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 2000, max: 2099 }),
  });
  it('finds day-first files whenever one day is above 12, and reads them back right', () => {
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 20 }), (dates) => {
        const texts = dates.map((d) => `${d.day}/${d.month}/${d.year} 14:07:12`);
        const order = slashOrder(texts);
        expect(order).toBe(dates.some((d) => d.day > 12) ? 'day' : 'either');
        texts.forEach((text, i) => {
          const read = parseLocalDateTime(text, { dayFirst: true });
          expect(read).toMatchObject(dates[i] as object);
          expect(parseLocalDateTime(formatLocalDateTime(read!))).toEqual(read);
        });
      }),
    );
  });
  it('says mixed when the dates disagree', () => {
    expect(slashOrder(['13/03/2024 10:00', '3/14/2024 10:00 AM'])).toBe('mixed');
    expect(slashOrder(['3/14/2024 10:00 AM', 'not a date'])).toBe('month');
  });
});

describe('parseLocalDateTime', () => {
  it.each([
    ['3/5/2024 2:07:12 PM', { year: 2024, month: 3, day: 5, hour: 14, minute: 7, second: 12 }],
    ['3/5/2024 12:07:12 AM', { year: 2024, month: 3, day: 5, hour: 0, minute: 7, second: 12 }],
    ['12/31/2009 11:59 p.m.', { year: 2009, month: 12, day: 31, hour: 23, minute: 59, second: 0 }],
    ['05.03.2024 14:07:12', { year: 2024, month: 3, day: 5, hour: 14, minute: 7, second: 12 }],
    [
      '2024-03-05T14:07:12.4560000',
      { year: 2024, month: 3, day: 5, hour: 14, minute: 7, second: 12 },
    ],
    ['2024-03-05 14:07', { year: 2024, month: 3, day: 5, hour: 14, minute: 7, second: 0 }],
  ])('reads %s', (text, expected) => {
    expect(parseLocalDateTime(text)).toEqual(expected);
  });

  it.each([
    '',
    'yesterday',
    '2/30/2024 1:00 PM',
    '13:00 PM 1/1/2024',
    '1/1/2024 13:00 PM',
    '2024-03-05T25:00',
    '3/5/2009',
  ])('refuses %j', (text) => {
    expect(parseLocalDateTime(text)).toBeUndefined();
  });
});

describe('localToUtcIso', () => {
  const local = { year: 2024, month: 3, day: 5, hour: 0, minute: 30, second: 0 };
  it('moves east-of-UTC times back and west-of-UTC times forward, across days', () => {
    expect(localToUtcIso(local, 60)).toBe('2024-03-04T23:30:00Z');
    expect(localToUtcIso(local, -300)).toBe('2024-03-05T05:30:00Z');
    expect(localToUtcIso(local, 0)).toBe('2024-03-05T00:30:00Z');
  });

  it('formats offsets and lists the real ones', () => {
    expect(formatOffset(-210)).toBe('-03:30');
    expect(formatOffset(345)).toBe('+05:45');
    expect(UTC_OFFSETS[0]).toBe(-720);
    expect(UTC_OFFSETS.at(-1)).toBe(840);
    expect(UTC_OFFSETS).toContain(0);
  });
});
