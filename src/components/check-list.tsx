import { caseValues } from '../domain/commands/fill-command';
import { checksWorthAsking } from '../domain/diagnosis/checks-to-ask';
import type { CheckStep, EventModel } from '../domain/model/event-model';
import { useCaseLink } from '../hooks/use-case-link';
import { useDiagnosis } from '../hooks/use-diagnosis';
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
  const worth = fold
    ? checksWorthAsking(model, current, step)
    : { ask: model.checks.filter((c) => c.step === step).map((c) => c.id), other: [] };
  // One account asked about once (DecisionModel.oneAccount): the other question is not asked
  // again; a note under the asked one says why.
  const { shared } = useDiagnosis();
  const account = model.oneAccount ? current[model.oneAccount.fields[0]] : undefined;
  const [ask, other] = [worth.ask, worth.other].map((ids) =>
    ids.filter((id) => id !== shared?.covered),
  ) as [string[], string[]];
  const list = (ids: readonly string[]) => ids.flatMap((id) => [question(id), askedOnce(id)]);
  const askedOnce = (id: string) =>
    shared && id === shared.asked ? (
      <div
        key={`${shared.covered}-once`}
        className="mb-4 rounded border border-slate-300 bg-slate-50 p-3 text-sm text-slate-900"
        data-asked-once={shared.covered}
      >
        <p className="font-medium">{model.text.checks[shared.covered]?.question}</p>
        <p>
          Not asked again: it is about the same account ({account}). The answer above covers it: a
          yes rules out both causes, a no is one finding, shown once.
        </p>
      </div>
    ) : null;
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
      {list(ask)}
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
          {list(other)}
        </details>
      ) : null}
    </>
  );
}
