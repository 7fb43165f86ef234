import { CAUSE_IDS, RULED_OUT_BY, type CauseId } from './model/cause-ids';
import { CHECK_IDS, CHECK_STEP, type CheckId } from './model/check-ids';
import { EVIDENCE_RULES, type EvidenceRule, type Trigger } from './model/evidence-rules';
import type { TriageState } from './triage-state';

export interface RankedCause {
  cause: CauseId;
  score: number;
  decisive: boolean;
  /** The evidence that points at this cause. */
  evidenceFor: Trigger[];
  /** The check that could rule it out and has not been answered yet. */
  unchecked?: CheckId;
}

export interface RuledOutCause {
  cause: CauseId;
  by: CheckId;
  /** Evidence that had pointed at it: a conflict worth a second look. */
  evidenceFor: Trigger[];
}

export type DiagnosisNote =
  | 'later-success'
  | 'backup-required'
  | 'no-secret'
  | 'bad-sso-admin-account'
  | 'other-event'
  | 'answers-contradict-evidence';

export interface Diagnosis {
  ranked: RankedCause[];
  ruledOut: RuledOutCause[];
  /** True when a decisive rule names the top cause and nothing ties with it. */
  decided: boolean;
  /** Questions not answered yet that would confirm or rule out the causes listed. */
  openChecks: CheckId[];
  /** Observations that are not causes (a later success, a missing backup). */
  notes: DiagnosisNote[];
}

// Direct evidence outweighs answers, answers outweigh related events, all outweigh hints.
const WEIGHT = { code: 100, answer: 90, event: 80, candidate: 40 } as const;

function isUncPath(path: string | undefined): boolean {
  return path !== undefined && /^(?:\\\\|\/\/)/.test(path.trim());
}

function triggerWeight(trigger: Trigger): number {
  switch (trigger.kind) {
    case 'code':
      return WEIGHT.code;
    case 'answer':
      return WEIGHT.answer;
    case 'event':
    case 'event-without':
      return WEIGHT.event;
    case 'unc-backup-path':
      return WEIGHT.candidate;
  }
}

function triggerHolds(trigger: Trigger, state: TriageState): boolean {
  switch (trigger.kind) {
    case 'code':
      return state.code === trigger.code;
    case 'event':
      return state.seen.includes(trigger.event);
    case 'answer':
      return state.answers[trigger.check] === trigger.is;
    case 'event-without':
      return state.seen.includes(trigger.event) && !state.seen.includes(trigger.without);
    case 'unc-backup-path':
      return isUncPath(state.backup);
  }
}

function requirementsHold(rule: EvidenceRule, state: TriageState): boolean {
  return (rule.requires ?? []).every(({ check, is }) =>
    is === 'not-yes' ? state.answers[check] !== 'yes' : state.answers[check] === is,
  );
}

const sameTrigger = (a: Trigger, b: Trigger) => JSON.stringify(a) === JSON.stringify(b);

/** Ranks the causes the evidence supports; each rule counts once, by its strongest trigger. */
export function diagnose(state: TriageState): Diagnosis {
  const tally = new Map<CauseId, { score: number; decisive: boolean; evidence: Trigger[] }>();

  for (const rule of EVIDENCE_RULES) {
    if (!requirementsHold(rule, state)) continue;
    const fired = rule.anyOf.filter((t) => triggerHolds(t, state));
    if (fired.length === 0) continue;
    const score =
      rule.strength === 'candidate' ? WEIGHT.candidate : Math.max(...fired.map(triggerWeight));
    const entry = tally.get(rule.cause) ?? { score: 0, decisive: false, evidence: [] };
    entry.score += score;
    entry.decisive ||= rule.strength === 'decisive';
    for (const t of fired) {
      if (!entry.evidence.some((e) => sameTrigger(e, t))) entry.evidence.push(t);
    }
    tally.set(rule.cause, entry);
  }

  const ranked: RankedCause[] = [];
  const ruledOut: RuledOutCause[] = [];
  for (const cause of CAUSE_IDS) {
    const entry = tally.get(cause);
    const check = RULED_OUT_BY[cause];
    if (check && state.answers[check] === 'yes') {
      ruledOut.push({ cause, by: check, evidenceFor: entry?.evidence ?? [] });
      continue;
    }
    if (!entry) continue;
    const item: RankedCause = {
      cause,
      score: entry.score,
      decisive: entry.decisive,
      evidenceFor: entry.evidence,
    };
    if (check && state.answers[check] === undefined) item.unchecked = check;
    ranked.push(item);
  }
  // CAUSE_IDS order breaks ties: the loop above already visits causes in that order.
  ranked.sort((a, b) => b.score - a.score);

  const notes = notesFor(state);
  if (ranked.length === 0) {
    ranked.push({ cause: 'unknown', score: 0, decisive: false, evidenceFor: [] });
    if (ruledOut.some((r) => r.evidenceFor.length > 0)) notes.push('answers-contradict-evidence');
  }

  const top = ranked[0];
  const second = ranked[1];
  const decided =
    top !== undefined &&
    top.cause !== 'unknown' &&
    top.decisive &&
    (second === undefined || second.score < top.score);

  return { ranked, ruledOut, decided, openChecks: openChecks(ranked, state), notes };
}

/** The unanswered questions that would confirm or rule out the listed causes. */
function openChecks(ranked: RankedCause[], state: TriageState): CheckId[] {
  const listed = new Set(ranked.map((r) => r.cause));
  const everything = listed.has('unknown');
  return CHECK_IDS.filter((check) => {
    if (state.answers[check] !== undefined) return false;
    if (everything) return CHECK_STEP[check] === 'admin-rights' || state.backup !== undefined;
    return CAUSE_IDS.some((c) => RULED_OUT_BY[c] === check && listed.has(c));
  });
}

function notesFor(state: TriageState): DiagnosisNote[] {
  const notes: DiagnosisNote[] = [];
  if (state.seen.includes(10525)) notes.push('later-success');
  if (state.seen.includes(10589)) notes.push('backup-required');
  if (state.seen.includes(10520)) notes.push('no-secret');
  if (state.seen.includes(10517)) notes.push('bad-sso-admin-account');
  if (state.event !== undefined && state.event !== 10526) notes.push('other-event');
  return notes;
}
