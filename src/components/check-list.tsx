import { caseValues } from '../domain/commands/fill-command';
import { CHECK_STEP, CHECKS, type CheckStep } from '../domain/model/checks';
import { CheckQuestion } from './check-question';
import { useTriage } from './use-triage';

/** The yes / no checks of one step, each answer written to the link as it is chosen. */
export function CheckList({ step }: { step: CheckStep }) {
  const { state, update } = useTriage();
  const values = caseValues(state);
  return (
    <>
      {CHECKS.filter((c) => CHECK_STEP[c.id] === step).map((check) => (
        <CheckQuestion
          key={check.id}
          check={check}
          values={values}
          value={state.answers[check.id]}
          onChange={(answer) => update({ [check.id]: answer }, { push: true })}
        />
      ))}
    </>
  );
}
