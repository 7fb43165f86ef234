import type { EvidenceRule } from './event-model';

/**
 * Candidates listed in the order an event's table gives them, where that differs from the
 * model's tie-break order: each gets a weight above the next. Only the siblings' tables
 * need it, so it stays out of the rule words the start page ships.
 */
export const inOrder = (rules: EvidenceRule[]): EvidenceRule[] =>
  rules.map((rule, i) => ({ ...rule, weight: 40 + rules.length - i }));
