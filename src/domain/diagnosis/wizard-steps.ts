import type { Case } from '../case/case';
import { stepOffered, type Diagnosis } from './diagnose';
import type { DecisionModel } from '../model/event-model';

export const STEPS = ['gather', 'event-log', 'admin-rights', 'backup-file', 'result'] as const;
export type StepId = (typeof STEPS)[number];

/** Link paths of the steps (contract v1): the start step is the empty path. */
export const STEP_PATHS: Readonly<Record<StepId, string>> = {
  gather: '/',
  'event-log': '/event-log',
  'admin-rights': '/admin-rights',
  'backup-file': '/backup-file',
  result: '/result',
};

export const STEP_TITLES: Readonly<Record<StepId, string>> = {
  gather: 'Event',
  'event-log': 'Event log',
  'admin-rights': 'Admin rights',
  'backup-file': 'Backup file',
  result: 'Result',
};

/** Where the primary button of a step leads: straight to the result once the evidence decides. */
export function nextStep(
  model: DecisionModel,
  current: StepId,
  c: Case,
  diagnosis: Diagnosis,
): StepId {
  if (current === 'result' || diagnosis.decided) return 'result';
  for (const step of STEPS.slice(STEPS.indexOf(current) + 1)) {
    if (step === 'admin-rights' || step === 'backup-file') {
      if (stepOffered(model, step, c, diagnosis)) return step;
    } else {
      return step;
    }
  }
  return 'result';
}
