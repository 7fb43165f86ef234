import type { Case } from '../case/case';
import { dataOrigin, originWords } from '../case/origin-words';
import type { Origin } from '../case/origins';
import { CASE_FIELDS } from '../case/case-fields';
import { decodeCode } from '../codes/decode-code';
import { parseCode } from '../codes/parse-code';
import { GENERAL_NOTES, type Diagnosis, type Standing } from './diagnose';
import type { CheckStep, EventModel, FixStep, Trigger } from '../model/event-model';
import type { Source } from '../sources/sources';
import type { GuideId } from '../guides/guide-ids';

export type { Standing };

/** Said beside an indicated cause that a confirmed one outranks. */
export const ALSO_FITS = 'Also fits the code; look again here if the fix above does not help.';

export interface DescribedCause {
  id: string;
  rank: number;
  title: string;
  explanation: string;
  /** How sure the evidence makes it; the fallback cause has none. */
  standing?: Standing;
  evidence: EvidenceLine[];
  /** The question that could still rule it out. */
  unchecked?: string;
  /** Its check, whose commands say how to answer it (printed under a folded candidate). */
  uncheckedId?: string;
  /**
   * Listed under a confirmed cause that decides the result: the evidence fits it too, so it
   * is the place to look again if the confirmed cause's fix does not help.
   */
  alsoFits?: true;
  fix: readonly FixStep[];
  verify: readonly string[];
  guides: readonly GuideId[];
  sources: readonly Source[];
}

/** One piece of evidence in words; an answer or a value says where it came from. */
export interface EvidenceLine {
  text: string;
  /** The contract's `data-origin`: `you`, `event:<computer>` or `collector:<computer>`. */
  origin?: string;
}

export interface Fact {
  name: string;
  label: string;
  value: string;
  /** Set when the evidence collector supplied it: what its probe saw. */
  collected?: string;
  /** Where the value came from (`data-origin`), and in words. */
  origin: string;
  from: string;
}

/**
 * What the evidence collector pasted in this tab supplied, by link parameter: the value,
 * the probe's words and the computer. A link's own origins come first (`Case.origins`).
 */
export type Collected = Readonly<
  Record<string, { value: string; detail: string; origin?: Origin | undefined }>
>;

/** Where a value or answer came from: the link says so, else the block pasted in this tab. */
function sourceOf(
  c: Case,
  collected: Collected,
  name: string,
  value: string | undefined,
): { origin?: Origin; detail?: string } {
  const origin = c.origins?.[name];
  if (origin) {
    const detail = c.details?.[name];
    return detail ? { origin, detail } : { origin };
  }
  const from = collected[name];
  if (from && value !== undefined && from.value === value)
    return {
      ...(from.origin ? { origin: from.origin } : {}),
      ...(from.detail ? { detail: from.detail } : {}),
    };
  return {};
}

const computerOf = (origin: Origin) => origin.slice(origin.indexOf(':') + 1);

export interface OpenCheck {
  id: string;
  question: string;
  step: CheckStep;
}

export interface RuledOut {
  id: string;
  title: string;
  /** What the passing answer means, as a fact. */
  passed: string;
  /** Where that answer came from: typed, or the collector's probe with what it saw. */
  source: string;
  /** The same as `data-origin`: `you` or `collector:<computer>`. */
  origin: string;
  /** Evidence that had pointed at it, in words. */
  conflict: string[];
}

/** What computers said differently about one question or fact: shown, none of it taken. */
export interface DisagreementView {
  name: string;
  /** The question, or the fact's label. */
  about: string;
  said: Array<{ origin: string; value: string; from: string }>;
}

/** A diagnosis in words: what the result page, the ticket text and later the print view show. */
export interface DiagnosisDescription {
  disagree: DisagreementView[];
  headline: string;
  decided: boolean;
  /** An answer names the top cause: not only likely but confirmed. */
  confirmed: boolean;
  /**
   * The unanswered question that would confirm or overturn the top cause (or split the
   * listed ones); shown first while the top cause is not confirmed.
   */
  splitter?: OpenCheck;
  /** What to do once fixed, said once for the whole diagnosis. */
  verify: readonly string[];
  /** The evidence names no cause: the fallback is shown. */
  undecidedFallback: boolean;
  facts: Fact[];
  notes: string[];
  causes: DescribedCause[];
  openChecks: OpenCheck[];
  /** No related event has been looked for yet. */
  eventsNotLooked: boolean;
  ruledOut: RuledOut[];
}

/** "0x80070005 (E_ACCESSDENIED)": the code with its best-known name. */
export function codeWithName(hex: string): string {
  const parsed = parseCode(hex);
  const name = parsed.ok ? decodeCode(parsed.value).names[0] : undefined;
  return name ? `${hex} (${name})` : hex;
}

export function describeTrigger(
  model: EventModel,
  trigger: Trigger,
  collected: Collected = {},
  c: Case = { seen: [], answers: {} },
): EvidenceLine {
  switch (trigger.kind) {
    case 'code': {
      const { origin } = sourceOf(c, collected, 'code', c.code);
      return {
        text: `Error code ${codeWithName(trigger.code)}${origin ? ` (${originWords(origin)})` : ''}`,
        origin: dataOrigin(origin),
      };
    }
    case 'event': {
      const related = model.text.relatedEvents.find((e) => e.id === trigger.event);
      return {
        text: `Event ${trigger.event}${related?.name ? ` (${related.name})` : ''} was seen`,
      };
    }
    case 'answer': {
      const question = model.text.checks[trigger.check]?.question ?? trigger.check;
      const { origin, detail } = sourceOf(c, collected, trigger.check, trigger.is);
      const probe = detail ? ` (${detail})` : '';
      // An answer from the paste in this tab whose computer is not known still says collector.
      const fromCollector = origin?.startsWith('collector:') || (!origin && detail !== undefined);
      return fromCollector
        ? {
            text: `The collector${origin ? ` on ${computerOf(origin)}` : ''} found ${trigger.is}: ${question}${probe}`,
            origin: origin ?? 'collector:unknown',
          }
        : { text: `Answered ${trigger.is}: ${question}`, origin: dataOrigin(origin) };
    }
    case 'event-without':
      return { text: `Event ${trigger.event} was seen without a later ${trigger.without}` };
    case 'unc-path':
      return { text: 'The backup path is a network share' };
    case 'program':
      return { text: `The request came from ${trigger.name}` };
  }
}

function describeFallback(c: Case): EvidenceLine {
  if (!c.code) return { text: 'No error code yet.' };
  return { text: `Error code ${codeWithName(c.code)} does not name a cause on its own.` };
}

function noteText(model: EventModel, note: string, c: Case): string {
  if (note === GENERAL_NOTES.otherEvent)
    return `The event entered is ${c.event ?? ''}, not ${model.event.id}; the causes below are those of event ${model.event.id} (${model.event.summary}).`;
  if (note === GENERAL_NOTES.contradiction)
    return 'Some evidence points at a cause that your answers rule out. Check that the group and server you checked are the ones named by ssomanage -displaydb.';
  return model.text.notes[note] ?? note;
}

function facts(c: Case, collected: Collected): Fact[] {
  const list: Fact[] = [];
  for (const field of CASE_FIELDS) {
    if (field.name === 'event') continue;
    const raw = c[field.name];
    // A ticket without a time reads as if nobody looked: say it was not given.
    if (!raw && field.name === 'time')
      list.push({
        name: 'time',
        label: field.label,
        value: 'not given',
        origin: 'you',
        from: 'not given',
      });
    if (!raw) continue;
    const source = sourceOf(c, collected, field.name, raw);
    const fact: Fact = {
      name: field.name,
      label: field.label,
      value: field.name === 'code' ? codeWithName(raw) : raw,
      origin: dataOrigin(source.origin),
      from: originWords(source.origin),
    };
    const from = collected[field.name];
    if (from?.value === raw) fact.collected = from.detail;
    else if (source.origin?.startsWith('collector:')) fact.collected = source.detail ?? '';
    list.push(fact);
  }
  if (c.seen.length > 0)
    list.push({
      name: 'seen',
      label: 'Related events seen',
      value: c.seen.join(', '),
      origin: 'you',
      from: 'ticked or read',
    });
  return list;
}

/** One sentence that sounds exactly as sure as the evidence. */
function headline(state: {
  fallback: boolean;
  decided: boolean;
  top: DescribedCause | undefined;
  confirmedCount: number;
  asks: boolean;
}): string {
  const { fallback, decided, top, confirmedCount, asks } = state;
  if (fallback || !top)
    return 'Not enough evidence yet to name a cause. The checks below would decide it.';
  if (decided && top.standing === 'confirmed')
    return `Confirmed: ${top.title}. An answer shows it; fix it, then verify.`;
  if (decided)
    return asks
      ? `Indicated, not confirmed yet: ${top.title}. The evidence means this by its documented meaning; answer the question below to confirm it before you change anything.`
      : `Indicated, not confirmed yet: ${top.title}. The evidence means this by its documented meaning; check it before you change anything.`;
  if (confirmedCount > 1)
    return 'Your answers show more than one problem. Each confirmed one needs its own fix.';
  return asks
    ? 'Not decided: several causes fit the evidence so far. The question below tells them apart.'
    : 'Not decided: several causes fit the evidence so far. They are listed from most to least likely.';
}

/** A step meant for one kind of server is left out once an answer says the other kind. */
export function fixStepApplies(step: FixStep, c: Pick<Case, 'answers'>): boolean {
  const given = step.appliesWhen ? c.answers[step.appliesWhen.check] : undefined;
  return given === undefined || given === step.appliesWhen?.is;
}

/** Where a passing answer came from, in words and as `data-origin`. */
function ruledOutSource(
  { origin, detail }: { origin?: Origin; detail?: string },
  pasted: boolean,
  question: string,
): { source: string; origin: string } {
  const probe = detail ? ` (${detail})` : '';
  if (origin?.startsWith('collector:'))
    return { source: `the collector on ${computerOf(origin)} found it${probe}`, origin };
  if (pasted)
    return { source: `the evidence collector found it${probe}`, origin: 'collector:unknown' };
  return { source: `answered yes to "${question}"`, origin: dataOrigin(origin) };
}

export function describeDiagnosis(
  model: EventModel,
  c: Case,
  diagnosis: Diagnosis,
  collected: Collected = {},
): DiagnosisDescription {
  const fallback = diagnosis.ranked[0]?.cause === model.fallbackCause;
  const question = (check: string) => model.text.checks[check]?.question ?? check;
  const title = (cause: string) => model.text.causes[cause]?.title ?? cause;

  const causes = diagnosis.ranked.map((ranked, index): DescribedCause => {
    const text = model.text.causes[ranked.cause];
    const described: DescribedCause = {
      id: ranked.cause,
      rank: index + 1,
      title: title(ranked.cause),
      explanation: text?.explanation ?? '',
      evidence:
        ranked.cause === model.fallbackCause
          ? [describeFallback(c)]
          : ranked.evidenceFor.map((t) => describeTrigger(model, t, collected, c)),
      fix: (text?.fix ?? []).filter((step) => fixStepApplies(step, c)),
      verify: text?.verify ?? [],
      guides: text?.guides ?? [],
      sources: text?.sources ?? [],
    };
    if (ranked.cause !== model.fallbackCause) described.standing = ranked.standing;
    if (ranked.unchecked) {
      described.unchecked = question(ranked.unchecked);
      described.uncheckedId = ranked.unchecked;
    }
    return described;
  });

  const top = causes[0];
  if (diagnosis.decided && top?.standing === 'confirmed')
    for (const cause of causes.slice(1)) if (cause.standing === 'indicated') cause.alsoFits = true;
  const openChecks = diagnosis.openChecks.map((id) => ({
    id,
    question: question(id),
    step: model.checks.find((k) => k.id === id)?.step ?? ('admin-rights' as CheckStep),
  }));
  // The top cause's own open question first; else the first listed cause's.
  const topRanked = diagnosis.ranked[0];
  const splitterId =
    topRanked?.standing === 'confirmed' && diagnosis.decided
      ? undefined
      : (topRanked?.unchecked ?? diagnosis.ranked.find((r) => r.unchecked)?.unchecked);
  const splitter = fallback ? undefined : openChecks.find((c) => c.id === splitterId);
  const confirmedCount = causes.filter((c) => c.standing === 'confirmed').length;
  return {
    confirmed: diagnosis.decided && top?.standing === 'confirmed',
    ...(splitter ? { splitter } : {}),
    verify: fallback ? [] : (top?.verify ?? []),
    headline: headline({
      fallback,
      decided: diagnosis.decided,
      top,
      confirmedCount,
      asks: splitter !== undefined,
    }),
    decided: diagnosis.decided,
    undecidedFallback: fallback,
    facts: facts(c, collected),
    disagree: Object.entries(c.disagree ?? {}).map(([name, said]) => ({
      name,
      about:
        model.text.checks[name]?.question ??
        CASE_FIELDS.find((field) => field.name === name)?.label ??
        name,
      said: said.map((side) => ({
        ...side,
        from: side.origin === 'you' ? 'typed in' : originWords(side.origin as Origin),
      })),
    })),
    notes: diagnosis.notes.map((n) => noteText(model, n, c)),
    causes,
    openChecks,
    eventsNotLooked: c.seen.length === 0,
    ruledOut: diagnosis.ruledOut.map((r) => {
      // A yes given for one account stands for its other question too: its source is the
      // question that was asked.
      const shared = diagnosis.shared;
      const by = shared?.covered === r.by && c.answers[r.by] === undefined ? shared.asked : r.by;
      const source = ruledOutSource(
        sourceOf(c, collected, by, 'yes'),
        collected[by]?.value === 'yes',
        question(by),
      );
      // Shared only when both names are given, so the first is there to name.
      if (by !== r.by && model.oneAccount)
        source.source += `; one account (${c[model.oneAccount.fields[0]] ?? ''}) answers both questions`;
      return {
        id: r.cause,
        title: title(r.cause),
        passed: model.text.checks[r.by]?.passed ?? `${question(r.by)} Yes.`,
        ...source,
        conflict: r.evidenceFor.map((t) => describeTrigger(model, t, collected, c).text),
      };
    }),
  };
}
