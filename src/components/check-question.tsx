import type { Placeholder } from '../domain/commands/fill-command';
import type { Answer, CheckText } from '../domain/model/event-model';
import { collectedMark, type ValueSource } from '../hooks/use-collected';
import { GuideLink } from './guide-link';
import { TemplateCommand } from './template-command';
import { YesNoQuestion } from './yes-no-question';

interface CheckQuestionProps {
  id: string;
  check: CheckText;
  value: Answer | undefined;
  values: Partial<Record<Placeholder, string>>;
  onChange: (value: Answer | undefined) => void;
  /** Where the answer came from, while it is still the one the evidence gave. */
  collected?: ValueSource | undefined;
  /** Ask for a value a command lacks, above it (see TemplateCommand). */
  askMissing?: boolean;
}

/** One yes / no check with the commands that answer it, filled from the case. */
export function CheckQuestion({
  id,
  check,
  value,
  values,
  onChange,
  collected,
  askMissing,
}: CheckQuestionProps) {
  return (
    <YesNoQuestion name={id} question={check.question} value={value} onChange={onChange}>
      {collected !== undefined ? (
        <p
          className="mt-2 text-sm text-blue-900"
          data-collected={id}
          data-origin={collected.origin ?? 'collector:unknown'}
        >
          {collectedMark(collected)}
        </p>
      ) : null}
      <p className="mt-2 text-sm text-slate-700">
        {check.why} Guide: <GuideLink id={check.guide} />.
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium text-blue-900">How to check</summary>
        {check.how.map((how) => (
          <TemplateCommand
            key={how.command}
            code={how.command}
            shell={how.shell}
            values={values}
            look={how.look}
            askMissing={askMissing}
            caution={how.caution}
          />
        ))}
      </details>
    </YesNoQuestion>
  );
}
