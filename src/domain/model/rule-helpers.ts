import type { Answer, AnswerCondition, EvidenceRule, Explanation, Trigger } from './event-model';

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

/**
 * A passive node of a clustered master secret server, once an answer confirms it, accounts
 * for "no SSO server here" (0xC0002A0F, event 10767), a computer with no ENTSSO endpoint
 * (0x800706D9) and a stopped local service: all are what such a node shows.
 */
export const PASSIVE_NODE_EXPLAINS: Explanation = {
  cause: 'cluster-node',
  triggers: [...codes('0xC0002A0F', '0x800706D9'), ...events(10767), no('svc')],
};

/**
 * A clustered ENTSSO whose resource does not present the role's network name, once
 * confirmed, accounts for 0x800706D9 on the computers that ask it for the secret.
 */
export const NETWORK_NAME_EXPLAINS: Explanation = {
  cause: 'cluster-node',
  triggers: codes('0x800706D9'),
};

/** "The master secret server did not hand out the secret" in ENTSSO's own words (10783, 10843). */
export const NO_SECRET_HANDED_OUT: Trigger[] = [
  ...codes('0xC0002A1F', '0xC0002A5B'),
  ...events(10783, 10843),
];

/**
 * The same, plus NTE_BAD_DATA (0x80090005), which no ENTSSO page ties to the secret: it
 * fits the same causes, so it lists them, but it never decides one.
 */
export const NO_SECRET_FITS: Trigger[] = [...NO_SECRET_HANDED_OUT, ...codes('0x80090005')];

/**
 * Codes an unreadable secret fits, though Microsoft does not tie them to it ("decryption
 * failed", an internal error; NTE_BAD_KEY): they list that cause, never decide it.
 */
export const DECRYPTION_FAILED: Trigger[] = codes('0xC0002A1A', '0x8009000B');
