import { roleOf } from './check-role';
import { parseCode } from '../codes/parse-code';
import { isGuideId } from '../guides/guide-ids';
import { MICROSOFT_URL } from '../sources/sources';
import type { EventModel, Trigger } from './event-model';
import { ruleConflicts } from './rule-conflicts';

/** Problems in a model; an empty list means it is sound. */
/** The longest label a part of the picture can show on its one line. */
export const PICTURE_LABEL_MAX = 36;

export function validateModel(model: EventModel): string[] {
  const problems: string[] = [];
  const causeIds = new Set(model.causes.map((c) => c.id));
  const checkIds = new Set(model.checks.map((c) => c.id));
  const repeats = (ids: string[], what: string) => {
    if (new Set(ids).size !== ids.length) problems.push(`${what} ids repeat`);
  };
  repeats(
    model.causes.map((c) => c.id),
    'cause',
  );
  repeats(
    model.checks.map((c) => c.id),
    'check',
  );
  repeats(
    model.rules.map((r) => r.id),
    'rule',
  );
  repeats(
    model.notes.map((n) => n.id),
    'note',
  );
  for (const check of model.checks)
    if (roleOf(model, check.id) === undefined)
      problems.push(
        `check ${check.id} names no computer (no role in the family's table or checkRoles)`,
      );
  for (const id of Object.keys(model.checkRoles ?? {}))
    if (!checkIds.has(id)) problems.push(`checkRoles names unknown check ${id}`);
  if (!causeIds.has(model.fallbackCause))
    problems.push(`fallback cause ${model.fallbackCause} is not a cause`);

  for (const cause of model.causes) {
    if (cause.ruledOutBy && !checkIds.has(cause.ruledOutBy))
      problems.push(`cause ${cause.id} is ruled out by unknown check ${cause.ruledOutBy}`);
    if (cause.confirmedBy && !checkIds.has(cause.confirmedBy))
      problems.push(`cause ${cause.id} is confirmed by unknown check ${cause.confirmedBy}`);
    const text = model.text.causes[cause.id];
    if (!text) {
      problems.push(`cause ${cause.id} has no text`);
      continue;
    }
    if (text.title.trim() === '' || text.explanation.trim() === '')
      problems.push(`cause ${cause.id} lacks text`);
    if (text.fix.length === 0) problems.push(`cause ${cause.id} has no fix steps`);
    if (cause.id !== model.fallbackCause && text.verify.length === 0)
      problems.push(`cause ${cause.id} has no verify step`);
    if (text.guides.length === 0) problems.push(`cause ${cause.id} has no in-app guide`);
    for (const g of text.guides)
      if (!isGuideId(g)) problems.push(`cause ${cause.id}: no guide ${g}`);
    if (text.sources.length === 0) problems.push(`cause ${cause.id} names no source`);
    for (const s of text.sources) {
      if (s.kind === 'microsoft' && !MICROSOFT_URL.test(s.url))
        problems.push(`cause ${cause.id} cites a page off Microsoft's sites: ${s.url}`);
    }
  }
  for (const id of Object.keys(model.text.causes))
    if (!causeIds.has(id)) problems.push(`text for unknown cause ${id}`);

  for (const check of model.checks) {
    const text = model.text.checks[check.id];
    if (!text) problems.push(`check ${check.id} has no text`);
    else if (text.passed.trim() === '')
      problems.push(`check ${check.id} says nothing when it passes`);
    else if (!isGuideId(text.guide)) problems.push(`check ${check.id}: no guide ${text.guide}`);
  }

  const checkTriggers = (where: string, triggers: readonly Trigger[]) => {
    if (triggers.length === 0) problems.push(`${where} can never fire`);
    for (const t of triggers) {
      if (t.kind === 'code') {
        const parsed = parseCode(t.code);
        if (!parsed.ok || parsed.hex !== t.code)
          problems.push(`${where} has a non-canonical code ${t.code}`);
      }
      if (t.kind === 'answer' && !checkIds.has(t.check))
        problems.push(`${where} asks unknown check ${t.check}`);
    }
  };

  const reachable = new Set([model.fallbackCause]);
  for (const rule of model.rules) {
    if (!causeIds.has(rule.cause))
      problems.push(`rule ${rule.id} names unknown cause ${rule.cause}`);
    checkTriggers(`rule ${rule.id}`, rule.anyOf);
    for (const r of rule.requires ?? [])
      if (!checkIds.has(r.check))
        problems.push(`rule ${rule.id} requires unknown check ${r.check}`);
    reachable.add(rule.cause);
  }
  for (const id of causeIds) {
    if (!reachable.has(id)) problems.push(`cause ${id} is not reachable from any rule`);
  }
  for (const note of model.notes) {
    checkTriggers(`note ${note.id}`, note.anyOf);
    if (!model.text.notes[note.id]) problems.push(`note ${note.id} has no text`);
  }
  for (const part of model.text.picture) {
    for (const cause of part.causes)
      if (!causeIds.has(cause))
        problems.push(`picture part ${part.id} names unknown cause ${cause}`);
    for (const check of part.checks)
      if (!checkIds.has(check))
        problems.push(`picture part ${part.id} names unknown check ${check}`);
    // Each part is on a computer (or the way between two), so the page can name it.
    if (!part.on) problems.push(`picture part ${part.id} says no computer it is on`);
  }
  // A step the model can walk says why it matters for this event.
  for (const step of new Set(model.checks.map((k) => k.step)))
    if (!model.text.steps[step]?.intro.trim()) problems.push(`step ${step} has no intro`);
  for (const [step, words] of Object.entries(model.text.steps))
    if (words.guide && !isGuideId(words.guide))
      problems.push(`step ${step}: no guide ${words.guide}`);

  // Every cause but the fallback has one place on the path, so the picture can mark it.
  const placed = model.text.picture.flatMap((part) => part.causes);
  for (const id of causeIds) {
    const times = placed.filter((cause) => cause === id).length;
    if (id !== model.fallbackCause && times !== 1)
      problems.push(`cause ${id} is in the picture ${times} times, not once`);
    if (id === model.fallbackCause && times > 0)
      problems.push(`the fallback cause ${id} is in the picture`);
  }
  for (const part of model.text.picture) {
    if (part.labelOnYes && !checkIds.has(part.labelOnYes.check))
      problems.push(`picture part ${part.id} names unknown check ${part.labelOnYes.check}`);
    // The picture draws a label on one line of a fixed-width box.
    for (const label of [part.label, part.labelOnYes?.label ?? ''])
      if (label.length > PICTURE_LABEL_MAX)
        problems.push(
          `picture part ${part.id}: "${label}" is longer than ${PICTURE_LABEL_MAX} characters`,
        );
  }
  for (const [i, explanation] of (model.explains ?? []).entries()) {
    const where = `explanation ${i + 1} (${explanation.cause})`;
    if (!causeIds.has(explanation.cause)) problems.push(`${where} names an unknown cause`);
    checkTriggers(where, explanation.triggers);
    // Only a confirmed cause explains anything: one no answer can confirm can never do it.
    const confirmable = model.rules.some(
      (r) =>
        r.cause === explanation.cause &&
        r.strength === 'decisive' &&
        (r.anyOf.some((t) => t.kind === 'answer' && t.is === 'no') ||
          (r.requires ?? []).some((q) => q.is === 'no')),
    );
    if (!confirmable) problems.push(`${where}: no answer can confirm that cause`);
  }
  for (const fact of model.computerIs ?? [])
    if (!checkIds.has(fact.check)) problems.push(`computerIs names unknown check ${fact.check}`);
  if (model.oneAccount) {
    const [first, second] = model.oneAccount.checks.map((id) =>
      model.checks.find((check) => check.id === id),
    );
    if (!first || !second) problems.push('oneAccount names an unknown check');
    else if (first.step !== second.step) problems.push('oneAccount joins checks of two steps');
  }
  if (!model.oneAccount !== !model.text.oneAccount)
    problems.push('oneAccount and its words (text.oneAccount) come together');
  const walked = new Set(model.questionSteps);
  if (walked.size !== model.questionSteps.length) problems.push('a question step is listed twice');
  for (const { id, step } of [...model.checks, ...model.causes])
    if (step && !walked.has(step))
      problems.push(`${id} belongs to step ${step}, which is not walked`);
  for (const step of model.optionalSteps) {
    if (!walked.has(step.step)) problems.push(`optional step ${step.step} is not walked`);
    for (const code of step.codes)
      checkTriggers(`optional step ${step.step}`, [{ kind: 'code', code }]);
  }
  problems.push(...ruleConflicts(model));
  return problems;
}
