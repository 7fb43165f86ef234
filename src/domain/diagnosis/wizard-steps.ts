import type { Case } from '../case/case';
import { stepOffered, type Diagnosis } from './diagnose';
import type { DecisionModel } from '../model/event-model';
import type { CheckStep, StepId } from '../steps';

function isQuestionStep(
  model: Pick<DecisionModel, 'questionSteps'>,
  step: StepId,
): step is CheckStep {
  return (model.questionSteps as readonly StepId[]).includes(step);
}

/** The steps of this event's wizard, in order: its question steps between the fixed ones. */
export function stepsOf(model: Pick<DecisionModel, 'questionSteps'>): StepId[] {
  return ['gather', 'event-log', ...model.questionSteps, 'result'];
}

/** Where the primary button of a step leads: straight to the result once the evidence decides. */
export function nextStep(
  model: DecisionModel,
  current: StepId,
  c: Case,
  diagnosis: Diagnosis,
): StepId {
  if (current === 'result' || diagnosis.decided) return 'result';
  const order = stepsOf(model);
  // A step this event does not walk (opened by hand) leads on as the event-log step does.
  const at = order.includes(current) ? order.indexOf(current) : order.indexOf('event-log');
  for (const step of order.slice(at + 1)) {
    if (isQuestionStep(model, step)) {
      if (stepOffered(model, step, c, diagnosis)) return step;
    } else {
      return step;
    }
  }
  return 'result';
}
