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
 * US English Event Viewer) unless `dayFirst` says the file writes them day first (see
 * `slashOrder`), dots day first; the caller shows the reading for a check.
 */
export function parseLocalDateTime(
  text: string,
  options: { dayFirst?: boolean } = {},
): LocalDateTime | undefined {
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
    const [month, day] = options.dayFirst ? [us[2], us[1]] : [us[1], us[2]];
    parts = [Number(us[3]), Number(month), Number(day), hour, Number(us[5]), Number(us[6] ?? 0)];
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

/**
 * How a file writes its slashed dates, judged on all of them: a first number above 12
 * can only be a day, a second one above 12 only a day too. `either` when every date
 * reads both ways, `mixed` when some can only be day-first and others only month-first.
 */
export function slashOrder(texts: Iterable<string>): 'month' | 'day' | 'either' | 'mixed' {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}/.exec(text);
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'mixed';
  return dayFirst ? 'day' : monthFirst ? 'month' : 'either';
}

/** A local date and time written so that no reader can take it either way. */
export function formatLocalDateTime(t: LocalDateTime): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(t.year, 4)}-${p(t.month)}-${p(t.day)} ${p(t.hour)}:${p(t.minute)}:${p(t.second)}`;
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
