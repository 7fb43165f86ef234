import {
  fieldError,
  fieldNote,
  fieldsOfStep,
  type CaseFieldName,
} from '../../domain/case/case-fields';
import { TextField } from '../../components/text-field';
import { useCaseLink } from '../../hooks/use-case-link';

interface FieldGridProps {
  /** Hints that depend on the moment (a pasted local time), by field. */
  hints?: Partial<Record<CaseFieldName, string>>;
  /** What to show under a field, by field. */
  extras?: Partial<Record<CaseFieldName, React.ReactNode>>;
}

/** The start step's case fields, from the case-field table; each keeps exactly what was typed. */
export function FieldGrid({ hints = {}, extras = {} }: FieldGridProps) {
  const { params, update } = useCaseLink();
  return (
    <div className="grid gap-x-6 md:grid-cols-2">
      {fieldsOfStep('gather').map((field) => (
        <TextField
          key={field.name}
          name={field.name}
          label={field.label}
          placeholder={field.example}
          hint={
            [hints[field.name] ?? field.hint, fieldNote(field.name, params.get(field.name))]
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
