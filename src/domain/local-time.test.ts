import { describe, expect, it } from 'vitest';
import { formatOffset, localToUtcIso, parseLocalDateTime, UTC_OFFSETS } from './local-time';

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
