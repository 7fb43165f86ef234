import { caseValues } from '../domain/commands/fill-command';
import type { CheckStep, EventModel } from '../domain/model/event-model';
import { useCaseLink } from '../hooks/use-case-link';
import { collectedFor, useCollected } from '../hooks/use-collected';
import { CheckQuestion } from './check-question';

/** The yes / no checks of one step, each answer written to the link as it is chosen. */
export function CheckList({ model, step }: { model: EventModel; step: CheckStep }) {
  const { case: current, update } = useCaseLink();
  const collected = useCollected();
  const values = caseValues(current);
  return (
    <>
      {model.checks
        .filter((c) => c.step === step)
        .map(({ id }) => {
          const check = model.text.checks[id];
          return check ? (
            <CheckQuestion
              key={id}
              id={id}
              check={check}
              values={values}
              value={current.answers[id]}
              collected={collectedFor(collected, id, current.answers[id])}
              onChange={(answer) => update({ [id]: answer })}
            />
          ) : null;
        })}
    </>
  );
}
