import { useCallback, useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { diagnose, type Diagnosis } from '../domain/diagnose';
import {
  CONTRACT_VERSION,
  parseLink,
  serializeLink,
  type DroppedValue,
} from '../domain/link-codec';
import type { TriageState } from '../domain/triage-state';
import { nextStep, STEP_PATHS, type StepId } from '../domain/wizard-steps';

export type ParamUpdate = Record<string, string | undefined>;

export interface Triage {
  /** The raw link parameters, as typed: fields show these so nothing typed is lost. */
  params: URLSearchParams;
  state: TriageState;
  dropped: DroppedValue[];
  diagnosis: Diagnosis;
  /** Writes parameters; typing replaces the history entry, choices push one. */
  update: (changes: ParamUpdate, options?: { push?: boolean; typedIn?: string }) => void;
  goTo: (step: StepId) => void;
  /** The primary button of a step: Next, or Show result once the evidence decides. */
  primaryFor: (step: StepId) => { label: string; onClick: () => void };
  /** The canonical link to a step of this case, without working-only parameters. */
  shareHref: (step: StepId) => string;
}

/** The one way components read and write the case: the URL is the state. */
export function useTriage(): Triage {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { state, dropped } = useMemo(() => parseLink(params), [params]);
  const diagnosis = useMemo(() => diagnose(state), [state]);

  const update = useCallback<Triage['update']>(
    (changes, options) => {
      const next = new URLSearchParams(params);
      if (!next.has('v')) next.set('v', CONTRACT_VERSION);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      navigate(
        { pathname: location.pathname, search: next.toString() },
        {
          replace: !options?.push,
          state: options?.typedIn ? { typedIn: options.typedIn } : null,
          // Synchronous, so that checkboxes and radios never show a stale state in between.
          flushSync: true,
        },
      );
    },
    [params, navigate, location.pathname],
  );

  const goTo = useCallback(
    (step: StepId) => navigate({ pathname: STEP_PATHS[step], search: params.toString() }),
    [navigate, params],
  );

  const shareHref = useCallback(
    (step: StepId) => `#${STEP_PATHS[step]}?${serializeLink(state).toString()}`,
    [state],
  );

  const primaryFor = useCallback(
    (step: StepId) => {
      const next = nextStep(step, state, diagnosis);
      return { label: next === 'result' ? 'Show result' : 'Next', onClick: () => goTo(next) };
    },
    [state, diagnosis, goTo],
  );

  return { params, state, dropped, diagnosis, update, goTo, primaryFor, shareHref };
}

/**
 * A key for an uncontrolled field: it changes when the URL changed for any reason
 * other than typing in that very field (a paste elsewhere, back, forward), so the
 * field shows the new value without fighting the caret while someone types.
 */
export function useFieldKey(name: string): string {
  const location = useLocation();
  const typedIn = (location.state as { typedIn?: string } | null)?.typedIn;
  const [key, setKey] = useState(location.key);
  if (typedIn !== name && key !== location.key) setKey(location.key);
  return key;
}
