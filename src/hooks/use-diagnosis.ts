import { useMemo } from 'react';
import { diagnose, type Diagnosis } from '../domain/diagnose';
import { MODEL, useCaseLink } from './use-case-link';

/** The diagnosis of the case in the link, computed, never stored. */
export function useDiagnosis(): Diagnosis {
  const { case: current } = useCaseLink();
  return useMemo(() => diagnose(MODEL, current), [current]);
}
