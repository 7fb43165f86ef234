import {
  fieldError,
  fieldHint,
  fieldNote,
  fieldsOfStep,
  type CaseFieldName,
  type FieldStep,
} from '../domain/case/case-fields';
import { useCaseLink } from '../hooks/use-case-link';
import { collectedFor, collectedMark, useCollected } from '../hooks/use-collected';
import { TextField } from './text-field';

interface CaseFieldGridProps {
  /** The step whose fields (from the case-field table) to show. */
  step: FieldStep;
  /** Hints that depend on the moment (a pasted local time), by field. */
  hints?: Partial<Record<CaseFieldName, string>>;
  /** What to show under a field, by field. */
  extras?: Partial<Record<CaseFieldName, React.ReactNode>>;
  /**
   * After a paste or an import: the fields it filled and what it was, so that a field it
   * left empty says so rather than looking forgotten.
   */
  filledBy?: { source: string; fields: ReadonlySet<string> } | undefined;
}

/** A step's case fields, from the case-field table; each keeps exactly what was typed. */
export function CaseFieldGrid({ step, hints = {}, extras = {}, filledBy }: CaseFieldGridProps) {
  const { params, case: current, update, model } = useCaseLink();
  const collected = useCollected();
  return (
    <div className="grid gap-x-6 md:grid-cols-2">
      {fieldsOfStep(step, model.event.layout).map((field) => (
        <TextField
          key={field.name}
          name={field.name}
          label={field.label}
          hint={
            [
              filledBy &&
              !filledBy.fields.has(field.name) &&
              (params.get(field.name) ?? '').trim() === ''
                ? `Not in ${filledBy.source}: type it if you know it.`
                : undefined,
              hints[field.name] ?? fieldHint(field),
              fieldNote(field.name, params.get(field.name)),
              collectedMark(
                field.name === 'event'
                  ? undefined
                  : collectedFor(collected, field.name, current[field.name], current),
              ),
            ]
              .filter(Boolean)
              .join(' ') || undefined
          }
          value={params.get(field.name) ?? ''}
          onChange={(value) => update({ values: { [field.name]: value } }, { typedIn: field.name })}
          error={fieldError(field.name, params.get(field.name))}
        >
          {extras[field.name]}
        </TextField>
      ))}
    </div>
  );
}
