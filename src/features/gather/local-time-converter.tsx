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
  // No guess: this browser's zone is rarely the server's, and one click would commit it.
  const [offset, setOffset] = useState<number>();
  if (!local) return null;
  const iso = offset === undefined ? undefined : localToUtcIso(local, offset);
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
          value={offset ?? ''}
          onChange={(e) => setOffset(e.target.value === '' ? undefined : Number(e.target.value))}
          className="rounded border border-slate-500 bg-white px-2 py-1"
        >
          <option value="">choose the server's offset</option>
          {UTC_OFFSETS.map((o) => (
            <option key={o} value={o}>
              UTC{formatOffset(o)}
            </option>
          ))}
        </select>
        {iso ? (
          <button
            type="button"
            onClick={() => onUse(iso)}
            className="rounded border border-blue-800 px-2 py-1 font-medium text-blue-900 hover:bg-blue-50"
          >
            Use {iso}
          </button>
        ) : null}
      </div>
      {iso ? null : (
        <p className="mt-2 text-slate-700">
          The event does not say its server&apos;s zone, and this browser&apos;s may differ. Choose
          the offset the server&apos;s clock had (in Event Viewer&apos;s details, System Time is in
          UTC), or leave it: the time stays empty and the ticket says it was not given.
        </p>
      )}
    </div>
  );
}
