import { MADE_UP_19999 } from '../domain/model/made-up-19999';
import { EVENT_MODELS, type RegisteredModel } from '../domain/model/registry';

/** The registered models and the made-up one that only tests know. */
export const TEST_REGISTRY: readonly RegisteredModel[] = [
  ...EVENT_MODELS,
  {
    event: MADE_UP_19999.event.id,
    load: () => Promise.resolve(MADE_UP_19999),
  },
];
