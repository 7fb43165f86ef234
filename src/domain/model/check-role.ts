import type { DecisionModel, Role } from './event-model';
import { FAMILY_CHECK_ROLES } from './family/check-roles';

/** The computer a check of a model is about: the model's own word, else the family's. */
export function roleOf(model: Pick<DecisionModel, 'checkRoles'>, check: string): Role | undefined {
  return model.checkRoles?.[check] ?? FAMILY_CHECK_ROLES[check];
}
