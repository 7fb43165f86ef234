import {
  fieldError,
  fieldNote,
  fieldsOfStep,
  type CaseFieldName,
  type FieldStep,
} from '../domain/case/case-fields';
import { useCaseLink } from '../hooks/use-case-link';
import { collectedFor, useCollected } from '../hooks/use-collected';
import { TextField } from './text-field';

interface CaseFieldGridProps {
  /** The step whose fields (from the case-field table) to show. */
  step: FieldStep;
  /** Hints that depend on the moment (a pasted local time), by field. */
  hints?: Partial<Record<CaseFieldName, string>>;
  /** What to show under a field, by field. */
  extras?: Partial<Record<CaseFieldName, React.ReactNode>>;
}

/** A step's case fields, from the case-field table; each keeps exactly what was typed. */
export function CaseFieldGrid({ step, hints = {}, extras = {} }: CaseFieldGridProps) {
  const { params, case: current, update } = useCaseLink();
  const collected = useCollected();
  return (
    <div className="grid gap-x-6 md:grid-cols-2">
      {fieldsOfStep(step).map((field) => (
        <TextField
          key={field.name}
          name={field.name}
          label={field.label}
          placeholder={field.example}
          hint={
            [
              hints[field.name] ?? field.hint,
              fieldNote(field.name, params.get(field.name)),
              ((from) => (from ? `From the collector: ${from}.` : undefined))(
                field.name === 'event'
                  ? undefined
                  : collectedFor(collected, field.name, current[field.name]),
              ),
            ]
              .filter(Boolean)
              .join(' ') || undefined
          }
          value={params.get(field.name) ?? ''}
          onChange={(value) => update({ [field.name]: value }, { typedIn: field.name })}
          error={fieldError(field.name, params.get(field.name))}
        >
          {extras[field.name]}
        </TextField>
      ))}
    </div>
  );
}
