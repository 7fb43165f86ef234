import { decodeCode } from './codes/decode-code';
import { findRelatedEvent } from './codes/related-events';
import { CAUSES, type CauseId } from './model/causes';
import { CHECKS, findCheck, type CheckId } from './model/checks';
import { EVIDENCE_RULES, type EvidenceRule, type Trigger } from './model/evidence-rules';
import type { TriageState } from './triage-state';

export interface RankedCause {
  cause: CauseId;
  score: number;
  decisive: boolean;
  /** Human-readable evidence that points at this cause. */
  evidenceFor: string[];
  /** What still weakens or has not confirmed it. */
  evidenceAgainst: string[];
}

export interface RuledOutCause {
  cause: CauseId;
  because: string;
  /** Evidence that had pointed at it: a conflict worth a second look. */
  evidenceFor: string[];
}

export interface Diagnosis {
  ranked: RankedCause[];
  ruledOut: RuledOutCause[];
  /** True when a decisive rule names the top cause and nothing ties with it. */
  decided: boolean;
  /** Questions not answered yet that would separate the causes listed. */
  openChecks: CheckId[];
  /** Observations that are not causes (a later success, a missing backup). */
  notes: string[];
}

// Direct evidence outweighs answers, answers outweigh related events, all outweigh hints.
const WEIGHT = { code: 100, answer: 90, event: 80, candidate: 40 } as const;

function isUncPath(path: string | undefined): boolean {
  return path !== undefined && /^(?:\\\\|\/\/)/.test(path.trim());
}

function describeTrigger(trigger: Trigger): string {
  switch (trigger.kind) {
    case 'code': {
      const decoded = decodeCode(parseInt(trigger.code.slice(2), 16));
      const name = decoded.names[0];
      return `Error code ${trigger.code}${name ? ` (${name})` : ''}`;
    }
    case 'event': {
      const related = findRelatedEvent(trigger.event);
      return `Event ${trigger.event}${related ? ` (${related.name})` : ''} was seen`;
    }
    case 'answer':
      return `Answered ${trigger.is}: ${findCheck(trigger.check).question}`;
    case 'event-without':
      return `Event ${trigger.event} was seen without a later ${trigger.without}`;
    case 'unc-backup-path':
      return 'The backup path is a network share';
  }
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

const PRIORITY = new Map(CAUSES.map((c, i) => [c.id, i]));

/** Ranks the causes the evidence supports; each rule counts once, by its strongest trigger. */
export function diagnose(state: TriageState): Diagnosis {
  const tally = new Map<CauseId, { score: number; decisive: boolean; evidence: string[] }>();

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
      const text = describeTrigger(t);
      if (!entry.evidence.includes(text)) entry.evidence.push(text);
    }
    tally.set(rule.cause, entry);
  }

  const ranked: RankedCause[] = [];
  const ruledOut: RuledOutCause[] = [];
  for (const cause of CAUSES) {
    const entry = tally.get(cause.id);
    const rulingCheck = cause.ruledOutBy;
    if (rulingCheck && state.answers[rulingCheck] === 'yes') {
      ruledOut.push({
        cause: cause.id,
        because: `Answered yes: ${findCheck(rulingCheck).question}`,
        evidenceFor: entry?.evidence ?? [],
      });
      continue;
    }
    if (!entry) continue;
    const against: string[] = [];
    if (rulingCheck && state.answers[rulingCheck] === undefined) {
      against.push(`Not checked yet: ${findCheck(rulingCheck).question}`);
    }
    ranked.push({
      cause: cause.id,
      score: entry.score,
      decisive: entry.decisive,
      evidenceFor: entry.evidence,
      evidenceAgainst: against,
    });
  }
  ranked.sort(
    (a, b) => b.score - a.score || (PRIORITY.get(a.cause) ?? 0) - (PRIORITY.get(b.cause) ?? 0),
  );

  const notes = notesFor(state);
  if (ranked.length === 0) {
    const conflict = ruledOut.filter((r) => r.evidenceFor.length > 0);
    ranked.push({
      cause: 'unknown',
      score: 0,
      decisive: false,
      evidenceFor: describeWhyUnknown(state),
      evidenceAgainst: [],
    });
    if (conflict.length > 0) {
      notes.push(
        'Some evidence points at a cause that your answers rule out. Check that the group and server you checked are the ones named by ssomanage -displaydb.',
      );
    }
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

function describeWhyUnknown(state: TriageState): string[] {
  if (!state.code) return ['No error code yet.'];
  const decoded = decodeCode(parseInt(state.code.slice(2), 16));
  const name = decoded.names[0];
  return [`Error code ${state.code}${name ? ` (${name})` : ''} does not name a cause on its own.`];
}

/** The unanswered questions that would confirm or rule out the listed causes. */
function openChecks(ranked: RankedCause[], state: TriageState): CheckId[] {
  const listed = new Set(ranked.map((r) => r.cause));
  const everything = listed.has('unknown');
  return CHECKS.filter((check) => {
    if (state.answers[check.id] !== undefined) return false;
    if (everything) return check.step === 'admin-rights' || state.backup !== undefined;
    return CAUSES.some((c) => c.ruledOutBy === check.id && listed.has(c.id));
  }).map((c) => c.id);
}

function notesFor(state: TriageState): string[] {
  const notes: string[] = [];
  if (state.seen.includes(10525)) {
    notes.push(
      'Event 10525 was seen: a later attempt succeeded, so the incident may already be over. Back up the new secret now.',
    );
  }
  if (state.seen.includes(10589)) {
    notes.push(
      'Event 10589 says the current secret has no backup: make one as soon as the cause is fixed.',
    );
  }
  if (state.seen.includes(10520)) {
    notes.push(
      'Event 10520 says the master secret server holds no secret: restore it from its backup, or generate one.',
    );
  }
  if (state.seen.includes(10517)) {
    notes.push(
      'Event 10517 says the SSO Administrators account itself is not valid: check it with ssomanage -displaydb.',
    );
  }
  if (state.event !== undefined && state.event !== 10526) {
    notes.push(
      `The event entered is ${state.event}, not 10526; the causes below are those of a failed secret generation.`,
    );
  }
  return notes;
}
