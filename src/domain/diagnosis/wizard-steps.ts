import type { Case } from '../case/case';
import { stepOffered, type Diagnosis } from './diagnose';
import type { CheckStep, DecisionModel } from '../model/event-model';

export const STEPS = [
  'gather',
  'event-log',
  'admin-rights',
  'backup-file',
  'secret-server',
  'result',
] as const;
export type StepId = (typeof STEPS)[number];

/** Link paths of the steps (contract v1): the start step is the empty path. */
export const STEP_PATHS: Readonly<Record<StepId, string>> = {
  gather: '/',
  'event-log': '/event-log',
  'admin-rights': '/admin-rights',
  'backup-file': '/backup-file',
  'secret-server': '/secret-server',
  result: '/result',
};

export const STEP_TITLES: Readonly<Record<StepId, string>> = {
  gather: 'Event',
  'event-log': 'Event log',
  'admin-rights': 'Admin rights',
  'backup-file': 'Backup file',
  'secret-server': 'Secret server',
  result: 'Result',
};

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
