import { ENTSSO_10526_DECISION } from './entsso-10526/decision';
import type { DecisionModel, EventModel } from './event-model';

/** One event the tool triages: its decision at hand, its words loaded when shown. */
export interface RegisteredModel {
  /** The decision: ids, rules and steps. Small, so it ships with the start page. */
  decision: DecisionModel;
  /** The whole model with its words; the pages that show causes and checks load it. */
  load: () => Promise<EventModel>;
}

/**
 * Every event model, one entry each. The link's `event` parameter picks one; the first
 * is the default, used when the link names none or names an event without a model.
 */
export const EVENT_MODELS: readonly RegisteredModel[] = [
  {
    decision: ENTSSO_10526_DECISION,
    load: async () => (await import('./entsso-10526')).ENTSSO_10526,
  },
];

/**
 * The model for a link's `event` value: the registered one for that event, else the
 * registry's first (an unmodelled event is triaged as the default one, as the contract says).
 */
export function modelFor(
  event: string | null | undefined,
  registry: readonly RegisteredModel[] = EVENT_MODELS,
): RegisteredModel {
  const [first] = registry;
  if (!first) throw new Error('The registry of event models is empty.');
  if (!event || !/^\d{1,9}$/.test(event)) return first;
  return registry.find((entry) => entry.decision.event.id === Number(event)) ?? first;
}

const loading = new WeakMap<RegisteredModel, Promise<EventModel>>();
const loaded = new WeakMap<RegisteredModel, EventModel>();

/** The whole model if it has arrived, so a page can draw it at once instead of waiting. */
export function loadedModel(entry: RegisteredModel): EventModel | undefined {
  return loaded.get(entry);
}

/** The whole model, loaded once per entry and shared by every page that asks. */
export function loadModel(entry: RegisteredModel): Promise<EventModel> {
  let promise = loading.get(entry);
  if (!promise) {
    promise = entry.load().then((model) => {
      if (model.event.id !== entry.decision.event.id)
        throw new Error(
          `The words loaded for event ${entry.decision.event.id} are another event's.`,
        );
      loaded.set(entry, model);
      return model;
    });
    loading.set(entry, promise);
  }
  return promise;
}
