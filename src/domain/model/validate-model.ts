import { CAUSES, CAUSE_IDS, type CauseId } from './causes';
import { CHECKS, CHECK_IDS } from './checks';
import { EVIDENCE_RULES } from './evidence-rules';
import { parseCode } from '../codes/decode-code';

/** Problems in the decision model; an empty list means the model is sound. */
export function validateModel(): string[] {
  const problems: string[] = [];
  const causeIds = new Set<string>(CAUSE_IDS);

  for (const id of CAUSE_IDS) {
    const matches = CAUSES.filter((c) => c.id === id);
    if (matches.length !== 1) problems.push(`cause ${id} is defined ${matches.length} times`);
  }
  for (const cause of CAUSES) {
    if (cause.fix.length === 0) problems.push(`cause ${cause.id} has no fix steps`);
    if (cause.guidance.length === 0) problems.push(`cause ${cause.id} has no guidance link`);
    if (cause.guides.length === 0) problems.push(`cause ${cause.id} has no in-app guide`);
    if (cause.title.trim() === '' || cause.explanation.trim() === '')
      problems.push(`cause ${cause.id} lacks text`);
  }
  for (const check of CHECK_IDS) {
    if (CHECKS.filter((c) => c.id === check).length !== 1)
      problems.push(`check ${check} is not defined once`);
  }
  const reachable = new Set<CauseId>(['unknown']);
  for (const rule of EVIDENCE_RULES) {
    if (!causeIds.has(rule.cause))
      problems.push(`rule ${rule.id} names unknown cause ${rule.cause}`);
    if (rule.anyOf.length === 0) problems.push(`rule ${rule.id} can never fire`);
    for (const t of rule.anyOf) {
      if (t.kind === 'code') {
        const parsed = parseCode(t.code);
        if (!parsed.ok || parsed.hex !== t.code)
          problems.push(`rule ${rule.id} has a non-canonical code ${t.code}`);
      }
    }
    reachable.add(rule.cause);
  }
  for (const id of CAUSE_IDS) {
    if (!reachable.has(id)) problems.push(`cause ${id} is not reachable from any rule`);
  }
  if (new Set(EVIDENCE_RULES.map((r) => r.id)).size !== EVIDENCE_RULES.length)
    problems.push('rule ids repeat');
  return problems;
}
