import type { DecisionModel, Trigger } from './event-model';

function eventsOf(trigger: Trigger): number[] {
  if (trigger.kind === 'event') return [trigger.event];
  if (trigger.kind === 'event-without') return [trigger.event, trigger.without];
  return [];
}

/** Every event the model's rules and notes look at: the events worth marking as seen. */
export function namedEvents(model: Pick<DecisionModel, 'rules' | 'notes'>): ReadonlySet<number> {
  return new Set(
    [...model.rules, ...model.notes].flatMap((r) => r.anyOf.flatMap((t) => eventsOf(t))),
  );
}
