import { CheckQuestion } from '../../components/check-question';
import { CollectorPanel } from '../../components/collector-panel';
import type { Placeholder } from '../../domain/commands/fill-command';
import type { Answer, CheckText } from '../../domain/model/event-model';

interface StartHereProps {
  checks: ReadonlyArray<{ id: string; text: CheckText; value: Answer | undefined }>;
  values: Partial<Record<Placeholder, string>>;
  backup: string | undefined;
  /** Whether an error code was given (one that names no cause by itself). */
  hasCode: boolean;
  onAnswer: (id: string, answer: Answer | undefined) => void;
}

/**
 * With nothing that names a cause (no code, no related event, no answer), the result
 * leads with the ways forward rather than a list of guesses: the collector, which
 * answers most questions in one run, and the two checks that move the diagnosis most.
 */
export function StartHere({ checks, values, backup, hasCode, onAnswer }: StartHereProps) {
  return (
    <section
      className="mb-6 rounded border-2 border-blue-800 bg-white p-4"
      aria-labelledby="start-here"
      data-testid="start-here"
    >
      <h2 id="start-here" className="text-lg font-semibold">
        Where to start
      </h2>
      <p className="mt-1 text-slate-800">
        Nothing yet names a cause:{' '}
        {hasCode ? 'the error code does not point at one by itself' : 'there is no error code'}, and
        no related event or answer points anywhere. The fastest ways forward:
      </p>
      <ol className="mt-2 list-decimal space-y-3 pl-5">
        <li>
          Run the evidence collector on the server that logged the event and paste its output on the
          first step: it answers most checks at once.
          <div className="mt-2">
            <CollectorPanel backup={backup} />
          </div>
        </li>
        {checks.length > 0 ? (
          <li>
            Or answer the {checks.length === 1 ? 'check' : `${checks.length} checks`} that narrow it
            down most:
            {checks.map((check) => (
              <CheckQuestion
                key={check.id}
                id={check.id}
                check={check.text}
                values={values}
                value={check.value}
                askMissing
                onChange={(answer) => onAnswer(check.id, answer)}
              />
            ))}
          </li>
        ) : null}
      </ol>
    </section>
  );
}
