/** A value accepted (perhaps cleaned, then `note` says how) or refused with a reason. */
export type Checked = { ok: true; value: string; note?: string } | { ok: false; reason: string };

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The earliest and latest instants a field accepts: Windows FILETIME starts in 1601. */
export const FIRST_YEAR = 1601;
export const LAST_YEAR = 9999;

/**
 * An ISO 8601 time with a zone, as one UTC instant the way every field and reader writes it
 * (whole seconds without a fraction), or refused with the reason.
 */
export function checkTime(raw: string): Checked {
  const refuse = (reason: string): Checked => ({ ok: false, reason });
  const m = ISO_TIME.exec(raw.trim());
  if (!m) return refuse('Use ISO 8601 with a zone, for example 2024-03-05T14:07:00Z.');
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(m[i] ?? 0),
  ) as [number, number, number, number, number, number];
  const calendar = new Date(0);
  calendar.setUTCFullYear(year, month - 1, day);
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day
  )
    return refuse(`${m[1]}-${m[2]}-${m[3]} is not a date on the calendar.`);
  if (hour > 23 || minute > 59 || second > 59) return refuse('The time of day is not valid.');
  const zone = m[8] ?? 'Z';
  const offset =
    zone === 'Z'
      ? 0
      : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  if (Math.abs(offset) > 14 * 60) return refuse('A zone offset is at most 14 hours.');
  const millis = Math.floor(Number(`0${m[7] ?? ''}`) * 1000);
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  at.setUTCHours(hour, minute - offset, second, millis);
  const utcYear = at.getUTCFullYear();
  if (utcYear < FIRST_YEAR || utcYear > LAST_YEAR)
    return refuse(`A time must fall between the years ${FIRST_YEAR} and ${LAST_YEAR} (UTC).`);
  const iso = at.toISOString();
  return { ok: true, value: iso.endsWith('.000Z') ? iso.replace(/\.000Z$/, 'Z') : iso };
}
