import { use } from 'react';
import type { EventModel } from '../domain/model/event-model';
import { loadedModel, loadModel } from '../domain/model/registry';
import { useCaseLink } from './use-case-link';

/**
 * The whole model of the event the link names, words included. The step routes load it
 * before they draw, so a step reads it at once; only a page drawn without those routes
 * (a component test) waits for it here.
 */
export function useEventModel(): EventModel {
  const { entry } = useCaseLink();
  return loadedModel(entry) ?? use(loadModel(entry));
}
