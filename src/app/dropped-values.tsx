import { useLocation } from 'react-router';
import { CASE_FIELDS, showInvisible } from '../domain/case/case-fields';
import type { DroppedValue } from '../domain/case/link-codec';
import { STEP_PATHS } from '../domain/steps';

/** How many values a notice lists before it only counts the rest. */
export const LISTED_AT_MOST = 8;

/** The fields a step shows with their own message, next to the field: not repeated up here. */
function shownInline(pathname: string): string[] {
  return CASE_FIELDS.filter((f) => STEP_PATHS[f.step] === pathname).map((f) => f.name);
}

function ValueList({ values }: { values: DroppedValue[] }) {
  const listed = values.slice(0, LISTED_AT_MOST);
  return (
    <ul className="mt-1 list-disc pl-5">
      {listed.map((d, i) => (
        <li key={`${d.param}-${i}`}>
          <code className="font-mono">{d.param}</code> ={' '}
          <q className="break-all">
            <bdi>{showInvisible(d.value.slice(0, 120))}</bdi>
          </q>
          : {d.reason}
        </li>
      ))}
      {values.length > listed.length ? (
        <li>and {(values.length - listed.length).toLocaleString('en-US')} more.</li>
      ) : null}
    </ul>
  );
}

interface DroppedValuesProps {
  dropped: DroppedValue[];
  cleaned: DroppedValue[];
}

/** Link values that were not used, or used once cleaned, and why. */
export function DroppedValues({ dropped, cleaned }: DroppedValuesProps) {
  const { pathname } = useLocation();
  const inline = shownInline(pathname);
  const notInline = (d: DroppedValue) => !inline.includes(d.param);
  const shownDropped = dropped.filter(notInline);
  const shownCleaned = cleaned.filter(notInline);
  if (shownDropped.length + shownCleaned.length === 0) return null;
  return (
    <div
      role="alert"
      className="mb-6 rounded border border-red-800 bg-red-50 p-3 text-sm text-slate-900"
      data-testid="dropped"
    >
      {shownDropped.length > 0 ? (
        <>
          <p className="font-semibold">Some values in this link were not used:</p>
          <ValueList values={shownDropped} />
        </>
      ) : null}
      {shownCleaned.length > 0 ? (
        <>
          <p className="font-semibold">Some values in this link were cleaned before use:</p>
          <ValueList values={shownCleaned} />
        </>
      ) : null}
    </div>
  );
}
