import { use } from 'react';
import type { EventModel } from '../domain/model/event-model';
import { useAppLoader } from './use-app-services';
import { useCaseLink } from './use-case-link';

/**
 * The whole model of the event the link names, words included. The step routes load it
 * before they draw, so a step reads it at once; a part of the start page that needs the
 * words (which the start page does not load) waits here, under its Suspense boundary.
 */
export function useEventModel(): EventModel {
  const { entry } = useCaseLink();
  const loader = useAppLoader();
  return loader.modelNow(entry) ?? use(loader.model(entry));
}
