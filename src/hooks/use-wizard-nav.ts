import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { serializeLink } from '../domain/case/link-codec';
import { nextStep } from '../domain/diagnosis/wizard-steps';
import { STEP_PATHS, type StepId } from '../domain/steps';
import { useAppServices } from './use-app-services';
import { useCaseLink } from './use-case-link';
import { useDiagnosis } from './use-diagnosis';
import { routeTo } from '../lib/route-to';

export interface WizardNav {
  goTo: (step: StepId) => void;
  /** The primary button of a step: Next, or Show result once the evidence decides. */
  primaryFor: (step: StepId) => { label: string; onClick: () => void };
  /** The canonical link to a step of this case, without working-only parameters. */
  shareHref: (step: StepId) => string;
}

/** Moving between the wizard's steps with the case in tow. */
export function useWizardNav(): WizardNav {
  const { params, case: current, model, entry } = useCaseLink();
  const diagnosis = useDiagnosis();
  const navigate = useNavigate();
  const { loader, session } = useAppServices();

  const goTo = useCallback(
    (step: StepId) => {
      // The next step shows the model's words: they start loading with the click.
      // A failure is the step route's to show, with its retry.
      loader.model(entry).catch(() => undefined);
      const settled = session.writesSettled();
      if (!settled) navigate(routeTo(STEP_PATHS[step], params.toString()));
      // A paste still being read lands first; the move then carries what it wrote.
      else
        void settled.then(() =>
          navigate(routeTo(STEP_PATHS[step], session.shown().params.toString())),
        );
    },
    [navigate, params, entry, loader, session],
  );

  const shareHref = useCallback(
    (step: StepId) => `#${STEP_PATHS[step]}?${serializeLink(current, model).toString()}`,
    [current, model],
  );

  const primaryFor = useCallback(
    (step: StepId) => {
      const next = nextStep(model, step, current, diagnosis);
      return { label: next === 'result' ? 'Show result' : 'Next', onClick: () => goTo(next) };
    },
    [model, current, diagnosis, goTo],
  );

  return { goTo, primaryFor, shareHref };
}
