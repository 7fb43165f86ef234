import { useId, useState } from 'react';
import {
  formatOffset,
  localToUtcIso,
  parseLocalDateTime,
  UTC_OFFSETS,
} from '../../domain/local-time';

interface LocalTimeConverterProps {
  localTime: string;
  onUse: (iso: string) => void;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Turns the local time of a paste into UTC once the person confirms the server's offset. */
export function LocalTimeConverter({ localTime, onUse }: LocalTimeConverterProps) {
  const local = parseLocalDateTime(localTime);
  const id = useId();
  // This browser's offset on that date is the likeliest guess; the person can change it.
  const [offset, setOffset] = useState(() =>
    local
      ? -new Date(
          local.year,
          local.month - 1,
          local.day,
          local.hour,
          local.minute,
        ).getTimezoneOffset()
      : 0,
  );
  if (!local) return null;
  const iso = localToUtcIso(local, offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    <div
      className="mt-2 rounded border border-slate-300 bg-white p-3 text-sm"
      data-testid="local-time"
    >
      <p>
        Read as {local.day} {MONTHS[local.month - 1]} {local.year}, {pad(local.hour)}:
        {pad(local.minute)}:{pad(local.second)} local time.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <label htmlFor={id}>UTC offset of that clock</label>
        <select
          id={id}
          value={offset}
          onChange={(e) => setOffset(Number(e.target.value))}
          className="rounded border border-slate-500 bg-white px-2 py-1"
        >
          {UTC_OFFSETS.map((o) => (
            <option key={o} value={o}>
              UTC{formatOffset(o)}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => onUse(iso)}
          className="rounded border border-blue-800 px-2 py-1 font-medium text-blue-900 hover:bg-blue-50"
        >
          Use {iso}
        </button>
      </div>
    </div>
  );
}
