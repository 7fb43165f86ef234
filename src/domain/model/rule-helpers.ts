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
