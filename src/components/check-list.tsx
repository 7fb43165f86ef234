import { caseValues } from '../domain/commands/fill-command';
import { checksWorthAsking } from '../domain/diagnosis/checks-to-ask';
import type { CheckStep, EventModel } from '../domain/model/event-model';
import { useCaseLink } from '../hooks/use-case-link';
import { collectedFor, useCollected } from '../hooks/use-collected';
import { CheckQuestion } from './check-question';

interface CheckListProps {
  model: EventModel;
  step: CheckStep;
  /**
   * Ask only the checks that can change the listed causes for the evidence at hand; the
   * others fold under "Other checks", still one click away.
   */
  fold?: boolean;
}

/** The yes / no checks of one step, each answer written to the link as it is chosen. */
export function CheckList({ model, step, fold = false }: CheckListProps) {
  const { case: current, update } = useCaseLink();
  const collected = useCollected();
  const values = caseValues(current, model);
  const { ask, other } = fold
    ? checksWorthAsking(model, current, step)
    : { ask: model.checks.filter((c) => c.step === step).map((c) => c.id), other: [] };
  const question = (id: string) => {
    const check = model.text.checks[id];
    return check ? (
      <CheckQuestion
        key={id}
        id={id}
        check={check}
        values={values}
        value={current.answers[id]}
        collected={collectedFor(collected, id, current.answers[id], current)}
        onChange={(answer) => update({ answers: { [id]: answer } })}
      />
    ) : null;
  };
  return (
    <>
      {ask.map(question)}
      {other.length > 0 ? (
        <details
          className="mt-4 rounded border border-slate-300 bg-white p-3"
          data-testid="other-checks"
          // An answer given here (or carried by a link) is never hidden behind the fold.
          open={other.some((id) => current.answers[id] !== undefined) || undefined}
        >
          <summary className="cursor-pointer font-semibold text-blue-900">
            Other checks ({other.length}): none of them changes the causes listed for this evidence
          </summary>
          {other.map(question)}
        </details>
      ) : null}
    </>
  );
}
