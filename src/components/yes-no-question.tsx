import { useId } from 'react';
import type { Answer } from '../domain/model/event-model';

interface YesNoQuestionProps {
  name: string;
  question: string;
  value: Answer | undefined;
  onChange: (value: Answer | undefined) => void;
  children?: React.ReactNode;
}

const OPTIONS: ReadonlyArray<{ value: Answer | undefined; label: string }> = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: undefined, label: 'Not checked' },
];

export function YesNoQuestion({ name, question, value, onChange, children }: YesNoQuestionProps) {
  const id = useId();
  return (
    <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4" data-check={name}>
      <legend className="px-1 font-semibold text-slate-900">{question}</legend>
      <div className="flex flex-wrap gap-4" role="presentation">
        {OPTIONS.map((option) => (
          <label key={option.label} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-${name}`}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="h-4 w-4 accent-blue-800"
            />
            {option.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
