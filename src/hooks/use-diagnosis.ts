import { useMemo } from 'react';
import { diagnose, type Diagnosis } from '../domain/diagnosis/diagnose';
import { useCaseLink } from './use-case-link';

/** The diagnosis of the case in the link, computed, never stored. */
export function useDiagnosis(): Diagnosis {
  const { case: current, model } = useCaseLink();
  return useMemo(() => diagnose(model, current), [model, current]);
}
