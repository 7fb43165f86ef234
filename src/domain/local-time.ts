/** A wall-clock date and time as Event Viewer shows it, with no zone. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?$/i;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * Reads the local date and time of a pasted event. Slashes are read month first (the
 * US English Event Viewer), dots day first; the caller shows the reading for a check.
 */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const t = text.trim();
  let parts: number[] | undefined;
  const us = US.exec(t);
  if (us) {
    let hour = Number(us[4]);
    const meridiem = us[7]?.toUpperCase().replace(/\./g, '');
    if (meridiem) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
    }
    parts = [Number(us[3]), Number(us[1]), Number(us[2]), hour, Number(us[5]), Number(us[6] ?? 0)];
  }
  const dotted = DOTTED.exec(t);
  if (dotted) {
    parts = [
      Number(dotted[3]),
      Number(dotted[2]),
      Number(dotted[1]),
      Number(dotted[4]),
      Number(dotted[5]),
      Number(dotted[6] ?? 0),
    ];
  }
  const iso = ISO_LOCAL.exec(t);
  if (iso) {
    parts = [
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      Number(iso[4]),
      Number(iso[5]),
      Number(iso[6] ?? 0),
    ];
  }
  if (!parts) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 31 April over to 1 May; a real date survives the round trip.
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  return { year, month, day, hour, minute, second };
}

/** The UTC instant of a local time at an offset given in minutes east of UTC (CET is +60). */
export function localToUtcIso(local: LocalDateTime, offsetMinutes: number): string {
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  return new Date(asUtc - offsetMinutes * 60_000).toISOString().replace(/\.000Z$/, 'Z');
}

/** "+01:00" style text for an offset in minutes. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The offsets in use around the world, every half hour plus the few quarter-hour ones. */
export const UTC_OFFSETS: readonly number[] = [
  ...Array.from({ length: 53 }, (_, i) => -720 + i * 30),
  345,
  525,
  765,
].sort((a, b) => a - b);
