import { ENTSSO_10526_DECISION } from './entsso-10526/decision';
import type { DecisionModel, EventModel } from './event-model';

/**
 * One event the tool triages. Only the default event's decision ships with the start
 * page, and its words load with the pages that show them; any other event loads whole
 * (decision and words in one file) with the first link that names it.
 */
export interface RegisteredModel {
  event: number;
  /** The decision, when it ships with the start page (the default event's). */
  ready?: DecisionModel;
  /** The whole model with its words; for any other event, its decision comes with it. */
  load: () => Promise<EventModel>;
}

/**
 * Every event model, one entry each. The link's `event` parameter picks one; the first
 * is the default, used when the link names none or names an event without a model.
 */
export const EVENT_MODELS: readonly RegisteredModel[] = [
  {
    event: 10526,
    ready: ENTSSO_10526_DECISION,
    load: async () => (await import('./entsso-10526')).ENTSSO_10526,
  },
  {
    event: 10527,
    load: async () => (await import('./entsso-10527')).ENTSSO_10527,
  },
  {
    event: 10532,
    load: async () => (await import('./entsso-10532')).ENTSSO_10532,
  },
  {
    event: 10524,
    load: async () => (await import('./entsso-10524')).ENTSSO_10524,
  },
  {
    event: 10560,
    load: async () => (await import('./entsso-10560')).ENTSSO_10560,
  },
];

/** The events the wizard triages, by number: the family the start page and the guides name. */
export const FAMILY_EVENTS: readonly number[] = EVENT_MODELS.map((entry) => entry.event).sort(
  (a, b) => a - b,
);

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
  return registry.find((entry) => entry.event === Number(event)) ?? first;
}

/**
 * The decision of an entry: at hand for the default event, else loaded with its words.
 * Nothing is kept here: the app's loader caches loads, and retries a failed one.
 */
export function loadDecision(entry: RegisteredModel): Promise<DecisionModel> {
  return entry.ready ? Promise.resolve(entry.ready) : loadModel(entry);
}

/** The whole model of an entry, refused if the file holds another event's words. */
export async function loadModel(entry: RegisteredModel): Promise<EventModel> {
  const model = await entry.load();
  if (model.event.id !== entry.event)
    throw new Error(`Event ${entry.event}: its words are another event's.`);
  return model;
}
