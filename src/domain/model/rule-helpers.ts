import type { Answer, AnswerCondition, EvidenceRule, Trigger } from './event-model';

/** The words every model's decision is written in: triggers, conditions and rules. */
export const codes = (...list: string[]): Trigger[] => list.map((code) => ({ kind: 'code', code }));
export const events = (...list: number[]): Trigger[] =>
  list.map((event) => ({ kind: 'event', event }));
export const answer = (check: string, is: Answer): Trigger => ({ kind: 'answer', check, is });
export const no = (check: string) => answer(check, 'no');
export const when = (check: string, is: AnswerCondition['is']): AnswerCondition => ({
  check,
  is,
});

export const decisive = (
  id: string,
  cause: string,
  anyOf: Trigger[],
  requires?: AnswerCondition[],
) =>
  ({ id, cause, anyOf, strength: 'decisive', ...(requires ? { requires } : {}) }) as EvidenceRule;
export const candidate = (
  id: string,
  cause: string,
  anyOf: Trigger[],
  requires?: AnswerCondition[],
) =>
  ({ id, cause, anyOf, strength: 'candidate', ...(requires ? { requires } : {}) }) as EvidenceRule;

/**
 * Evidence that fits several causes equally, split by their checks: member i is decided
 * when its check says `no` and no earlier member's check does; while no member's check
 * says `no`, every member not ruled out is listed, in this order. The model's validation
 * holds that such evidence is never decisive for one member while it lists another.
 */
export function splitBy(
  id: string,
  anyOf: Trigger[],
  members: ReadonlyArray<{ cause: string; check: string }>,
): EvidenceRule[] {
  return members.flatMap(({ cause, check }, i) => [
    decisive(`${id}-${cause}`, cause, anyOf, [
      ...members.slice(0, i).map((m) => when(m.check, 'not-no')),
      when(check, 'no'),
    ]),
    candidate(
      `${id}-${cause}-listed`,
      cause,
      anyOf,
      members.map((m) => when(m.check, 'not-no')),
    ),
  ]);
}
