import { caseField } from '../../domain/case/case-fields';
import type { Placeholder } from '../../domain/commands/fill-command';

const SHOWN: ReadonlyArray<[Placeholder, string]> = [
  ['user', caseField('user').label],
  ['computer', caseField('computer').label],
  ['mss', 'Master secret server'],
  ['backup', caseField('backup').label],
  ['host', caseField('host').label],
];

interface GuideCaseValuesProps {
  values: Partial<Record<Placeholder, string>>;
  fromCase: boolean;
}

/** Which values of the case the guide's commands carry, or how to read the placeholders. */
export function GuideCaseValues({ values, fromCase }: GuideCaseValuesProps) {
  const known = SHOWN.filter(([key]) => values[key] !== undefined);
  return (
    <div
      className="mb-6 rounded border border-slate-300 bg-white p-3 text-sm"
      data-testid="case-values"
    >
      {fromCase && known.length > 0 ? (
        <>
          <p className="font-semibold">Filled in from your case:</p>
          <ul className="mt-1 list-disc pl-5">
            {known.map(([key, label]) => (
              <li key={key}>
                {label}: <span className="font-mono break-all">{values[key]}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          Opened on its own: values in angle brackets, such as <code>&lt;client user&gt;</code>,
          stand for yours. Open the guide from a diagnosis to have them filled in.
        </p>
      )}
    </div>
  );
}
