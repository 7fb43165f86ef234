import type { AccountMatch } from '../accounts/same-account';
import type { CaseFieldName, LayoutField, TextFieldName } from '../field-names';
import type { GuideId } from '../guides/guide-ids';
import type { FollowedStep } from '../sources/procedures';
import type { Source } from '../sources/sources';
import type { CheckStep } from '../steps';

export type Answer = 'yes' | 'no';

/** One piece of evidence that can point at a cause or raise a note. */
export type Trigger =
  | { kind: 'code'; code: string }
  | { kind: 'event'; event: number }
  | { kind: 'answer'; check: string; is: Answer }
  /** An event seen without the event that would close it (10562 without 10528). */
  | { kind: 'event-without'; event: number; without: number }
  /** A text field of the case holds a network (UNC) path. */
  | { kind: 'unc-path'; field: CaseFieldName }
  /** The program that made the request, by its file name (any case, process ID ignored). */
  | { kind: 'program'; name: string };

export interface AnswerCondition {
  check: string;
  /** An answer, "anything but" one (unanswered counts as not yes and as not no), or none yet. */
  is: Answer | 'not-yes' | 'not-no' | 'unanswered';
}

export interface EvidenceRule {
  id: string;
  cause: string;
  /** Any one of these is enough for the rule to fire. */
  anyOf: readonly Trigger[];
  /** Answers that must all hold as well. */
  requires?: readonly AnswerCondition[];
  /**
   * Decisive rules make their cause the top one on their own: their evidence names no other
   * cause (validateModel holds that). Candidates only list it.
   */
  strength: 'decisive' | 'candidate';
  /**
   * A candidate's place among the others its evidence lists, when the event's table gives
   * an order other than the model's tie-break: a higher weight lists it first (default 40).
   */
  weight?: number;
}

/** An observation that is not a cause (a later success, a missing backup). */
export interface NoteRule {
  id: string;
  anyOf: readonly Trigger[];
}

/** The wizard steps that ask questions: the rows of the steps table that ask. */
export type { CheckStep };

export interface CauseSpec {
  id: string;
  /** The step whose questions settle this cause; a step only some causes need is offered for them. */
  step?: CheckStep;
  /** The check whose `yes` rules this cause out (and whose `no` confirms it). */
  ruledOutBy?: string;
  /** A check whose `no` confirms this cause where no check rules it out. */
  confirmedBy?: string;
}

export interface CheckSpec {
  id: string;
  step: CheckStep;
}

/**
 * The computer a check is about (contract, "Computers and roles"): where the request was
 * made, the master secret server (on a cluster, the node owning the ENTSSO role), another
 * node of its cluster, the SQL Server of the SSO database, or where the backup file is.
 */
export type Role = 'client' | 'mss' | 'node' | 'sql' | 'backup';
export const ROLES: readonly Role[] = ['client', 'mss', 'node', 'sql', 'backup'];

/** A step walked only when the case points there. */
export interface OptionalStep {
  step: CheckStep;
  /** Codes that point at the step without naming a cause of it. */
  codes: readonly string[];
  /** Case fields that belong to the step: a value in one means the person is on that path. */
  fields: readonly CaseFieldName[];
}

/** What a related event is about, for grouping them on the event-log step. */
export type EventGroup =
  | 'rights'
  | 'secret-server'
  | 'backup'
  | 're-encryption'
  | 'service-and-database'
  | 'secret'
  | 'outcome';

export interface RelatedEvent {
  id: number;
  /** Its symbolic name, or '' where the sources give none. */
  name: string;
  tells: string;
  group: EventGroup;
}

export type { LayoutField } from '../field-names';

/** The event a model triages. */
export interface EventSpec {
  id: number;
  name: string;
  summary: string;
  /**
   * Which case field each of the event's values holds, in order; null for a value the
   * case does not keep. The readers take fields from the values only when they fit this.
   */
  layout: readonly (LayoutField | null)[];
}

/**
 * What diagnosing and walking the wizard need: ids, rules and steps, no prose. It ships
 * with the start page; the words (EventText) load with the pages that show them.
 */
export interface DecisionModel {
  event: EventSpec;
  /** In tie-break order: the most fundamental cause first. */
  causes: readonly CauseSpec[];
  /** The cause shown when the evidence names none. */
  fallbackCause: string;
  /**
   * Causes listed under the fallback when the evidence names none: the suspects the
   * event's own page names, as possible only, unless an answer has ruled them out.
   */
  fallbackSuspects?: readonly string[];
  /**
   * The computer each check is about, where this model differs from the family's table
   * (or has checks of its own); see `roleOf`.
   */
  checkRoles?: Readonly<Record<string, Role>>;
  /**
   * Which of the event's values names the computer of a role, where it is not the usual
   * one (the request's computer is where the event was logged; the master secret server
   * is the one the SSO database records, else the one the event tried).
   */
  roleComputers?: Readonly<Partial<Record<'client' | 'mss', 'computer' | 'host'>>>;
  /**
   * The event logged on the other computer for the same request, when there is one: the
   * server that could not fetch the secret logs one (`fetch`), the master secret server that
   * refused it another (`refusal`). A case keeps the other's values beside its own.
   */
  otherHalf?: { event: number; side: 'fetch' | 'refusal' };
  /**
   * Two checks about two accounts that are often one (a 10527's Client User is normally the
   * asking server's ENTSSO account): when the two fields name one account, one question is
   * asked for both, and its yes rules out the other check's cause as well.
   */
  oneAccount?: {
    checks: readonly [string, string];
    fields: readonly [TextFieldName, TextFieldName];
    /** How two names are told to be one account: it loads with the model that needs it. */
    match: (a: string, b: string) => AccountMatch;
  };
  /** The question steps this event walks, in the order the wizard offers them. */
  questionSteps: readonly CheckStep[];
  checks: readonly CheckSpec[];
  rules: readonly EvidenceRule[];
  notes: readonly NoteRule[];
  optionalSteps: readonly OptionalStep[];
  /**
   * Checks whose yes says the computer in the case is also another field's value (the
   * attempt ran on the master secret server): commands needing that field can use it.
   */
  computerIs?: readonly { check: string; field: TextFieldName }[];
  /**
   * Evidence a cause accounts for once an answer confirms it: while it stands confirmed,
   * these triggers point at no other cause (a passive cluster node explains "no SSO
   * server" and a stopped local service).
   */
  explains?: readonly Explanation[];
}

/** What a confirmed cause accounts for (see DecisionModel.explains). */
export interface Explanation {
  cause: string;
  triggers: readonly Trigger[];
}

export interface CommandTemplate {
  /** What to run, with {placeholders} the wizard fills from the case. */
  command: string;
  shell: 'powershell' | 'cmd';
  /** What to look for in its output. */
  look: string;
  /** Set on a command that changes something (a test file written): said before it. */
  caution?: string;
}

/** One step of a fix: what to do, the command that does it, and what says so. */
export interface FixStep {
  text: string;
  /** Set on a step that changes rights or state: what changes, and for whom. */
  caution?: string;
  /** The step of a Microsoft procedure this one follows (see sources/procedures.ts). */
  follows?: FollowedStep;
  command?: { shell: 'powershell' | 'cmd'; code: string };
  sources: readonly Source[];
  /**
   * A step for one kind of server only: dropped once the check is answered the other way
   * (a clustered ENTSSO is started by the cluster, a plain one by its service).
   */
  appliesWhen?: { check: string; is: Answer };
}

export interface CauseText {
  title: string;
  explanation: string;
  fix: readonly FixStep[];
  /** What to do once fixed; causes that share one list point at the same array. */
  verify: readonly string[];
  /** In-app guides. */
  guides: readonly GuideId[];
  /** The pages and experience its claims rest on. */
  sources: readonly Source[];
}

export interface CheckText {
  question: string;
  /** What a `yes` means, said as a fact ("The backup volume has free space"). */
  passed: string;
  why: string;
  how: readonly CommandTemplate[];
  guide: GuideId;
}

/** What a question step says about this event before its questions. */
export interface StepText {
  /** Why the step matters for this event, in a sentence or two. */
  intro: string;
  /** The guide that gives the background. */
  guide?: GuideId;
  /** Rules worth knowing before answering (a minimum password length). */
  notes?: readonly string[];
}

export interface EventText {
  /** Which computer's Application log holds the event, said to whoever brings a log without it. */
  loggedOn: string;
  /** The words of the question steps this event walks. */
  steps: Partial<Record<CheckStep, StepText>>;
  causes: Readonly<Record<string, CauseText>>;
  checks: Readonly<Record<string, CheckText>>;
  /** Words for each note rule, by its id. */
  notes: Readonly<Record<string, string>>;
  /** The events worth looking for around this one, with what each tells. */
  relatedEvents: readonly RelatedEvent[];
  /** The parts of the failed request's path, for the picture on the result page. */
  picture: readonly PicturePart[];
  /**
   * For a model with `oneAccount`: why the two accounts are often one, and the command that
   * reads the second one, so that one question can cover both.
   */
  oneAccount?: { lead: string; how: CommandTemplate };
}

/** One part of the picture: a place on the request's path and the causes and checks there. */
export interface PicturePart {
  id: string;
  label: string;
  /** The label once a check is answered yes (a clustered server is a node, not a computer). */
  labelOnYes?: { check: string; label: string };
  causes: readonly string[];
  checks: readonly string[];
  /** The computer the part is on, by its role; `path` is the way from the client to it. */
  on?: Role | 'path';
}

/** Everything the tool knows about one event: one value, checked by validateModel. */
export interface EventModel extends DecisionModel {
  text: EventText;
}
