import { useLocation } from 'react-router';
import { CASE_FIELDS } from '../domain/case/case-fields';
import type { DroppedValue } from '../domain/case/link-codec';
import { STEP_PATHS } from '../domain/wizard-steps';

/** The fields a step shows with their own error, next to the field: not repeated up here. */
function shownInline(pathname: string): string[] {
  return CASE_FIELDS.filter((f) => STEP_PATHS[f.step] === pathname).map((f) => f.name);
}

export function DroppedValues({ dropped }: { dropped: DroppedValue[] }) {
  const { pathname } = useLocation();
  const inline = shownInline(pathname);
  const shown = dropped.filter((d) => !inline.includes(d.param));
  if (shown.length === 0) return null;
  return (
    <div
      role="alert"
      className="mb-6 rounded border border-red-800 bg-red-50 p-3 text-sm text-slate-900"
      data-testid="dropped"
    >
      <p className="font-semibold">Some values in this link were not used:</p>
      <ul className="mt-1 list-disc pl-5">
        {shown.map((d, i) => (
          <li key={`${d.param}-${i}`}>
            <code className="font-mono">{d.param}</code> ={' '}
            <q className="break-all">{d.value.slice(0, 120)}</q>: {d.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
