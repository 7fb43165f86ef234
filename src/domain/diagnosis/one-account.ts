import { accountsMatch, type AccountMatch } from '../accounts/same-account';
import type { Case } from '../case/case';
import type { DecisionModel } from '../model/event-model';

/** Where a model's two account checks stand for one case (see `DecisionModel.oneAccount`). */
export interface OneAccount {
  /** What the two account names say; undefined while either is missing. */
  match: AccountMatch | undefined;
  /** The check asked for both: the one answered, else the model's first. */
  asked: string;
  /** The other check, not asked again while the accounts are one. */
  covered: string;
  /** Both checks answered, differently: about one account, that needs a second look. */
  conflict: boolean;
}

export function oneAccountOf(
  model: Pick<DecisionModel, 'oneAccount'>,
  c: Case,
): OneAccount | undefined {
  if (!model.oneAccount) return undefined;
  const [first, second] = model.oneAccount.checks;
  const [a, b] = model.oneAccount.fields.map((field) => c[field]);
  const given = c.answers;
  const asked = given[first] === undefined && given[second] !== undefined ? second : first;
  return {
    match: a && b ? accountsMatch(a, b) : undefined,
    asked,
    covered: asked === first ? second : first,
    conflict:
      given[first] !== undefined && given[second] !== undefined && given[first] !== given[second],
  };
}

/**
 * The checks one account answers once: the asked one's yes counts for the covered one. A no
 * stays with its own question, so that one missing membership is one confirmed cause, not two.
 */
export function sharedAccount(
  model: Pick<DecisionModel, 'oneAccount'>,
  c: Case,
): { case: Case; shared?: { asked: string; covered: string } } {
  const one = oneAccountOf(model, c);
  if (!one || one.match !== 'same' || one.conflict) return { case: c };
  const shared = { asked: one.asked, covered: one.covered };
  if (c.answers[one.asked] !== 'yes' || c.answers[one.covered] !== undefined)
    return { case: c, shared };
  return { case: { ...c, answers: { ...c.answers, [one.covered]: 'yes' } }, shared };
}
