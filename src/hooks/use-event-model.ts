import { use } from 'react';
import type { EventModel } from '../domain/model/event-model';
import { loadModel } from '../domain/model/registry';
import { useCaseLink } from './use-case-link';

/**
 * The whole model of the event the link names, words included. It suspends while they
 * load, the first time only: the step being left stays on screen meanwhile.
 */
export function useEventModel(): EventModel {
  const { entry } = useCaseLink();
  return use(loadModel(entry));
}
