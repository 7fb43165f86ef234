import type { AnswerCondition, DecisionModel, EvidenceRule, Trigger } from './event-model';

type State = 'yes' | 'no' | 'unset';
const ALL: readonly State[] = ['yes', 'no', 'unset'];

const ALLOWED: Record<AnswerCondition['is'], readonly State[]> = {
  yes: ['yes'],
  no: ['no'],
  'not-yes': ['no', 'unset'],
  'not-no': ['yes', 'unset'],
  unanswered: ['unset'],
};

const sameTrigger = (a: Trigger, b: Trigger) => JSON.stringify(a) === JSON.stringify(b);

/** What each check may be for both rules to hold with this trigger firing, or null if none. */
function jointAnswers(
  a: EvidenceRule,
  b: EvidenceRule,
  trigger: Trigger,
): Map<string, readonly State[]> | null {
  const joint = new Map<string, readonly State[]>();
  const narrow = (check: string, states: readonly State[]) => {
    const now = (joint.get(check) ?? ALL).filter((s) => states.includes(s));
    joint.set(check, now);
  };
  for (const r of [...(a.requires ?? []), ...(b.requires ?? [])]) narrow(r.check, ALLOWED[r.is]);
  if (trigger.kind === 'answer') narrow(trigger.check, [trigger.is]);
  return [...joint.values()].some((states) => states.length === 0) ? null : joint;
}

/**
 * Pairs of rules in which the same evidence, with no answer that tells them apart, is
 * decisive for one cause and fires a rule for another. Such a model would call one cause
 * "the" cause while its own evidence lists a second one.
 */
export function ruleConflicts(model: DecisionModel): string[] {
  const ruledOutBy = new Map(model.causes.map((c) => [c.id, c.ruledOutBy]));
  const ruledOut = (cause: string, joint: Map<string, readonly State[]>) => {
    const check = ruledOutBy.get(cause);
    const states = check ? joint.get(check) : undefined;
    return states !== undefined && states.length === 1 && states[0] === 'yes';
  };
  const problems: string[] = [];
  for (const a of model.rules) {
    if (a.strength !== 'decisive') continue;
    for (const b of model.rules) {
      if (b === a || b.cause === a.cause) continue;
      for (const trigger of a.anyOf) {
        if (!b.anyOf.some((t) => sameTrigger(t, trigger))) continue;
        const joint = jointAnswers(a, b, trigger);
        if (!joint || ruledOut(a.cause, joint) || ruledOut(b.cause, joint)) continue;
        problems.push(
          `rule ${a.id} is decisive for ${a.cause} on ${JSON.stringify(trigger)}, which also fires rule ${b.id} for ${b.cause} with no answer between them`,
        );
        break;
      }
    }
  }
  return problems;
}
