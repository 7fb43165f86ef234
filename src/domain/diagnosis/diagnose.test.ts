import { describe, expect, it } from 'vitest';
import { EMPTY_CASE, type Case } from '../case/case';
import { parseLink } from '../case/link-codec';
import { diagnose as diagnoseWith } from './diagnose';
import { ENTSSO_10526 as model } from '../model/entsso-10526';
import { validateModel } from '../model/validate-model';
import { CONTRACT_CASES } from '../test-fixtures/contract-rows';
import { STEPS, type StepId } from '../steps';
import { nextStep as nextStepWith } from './wizard-steps';

const diagnose = (c: Case) => diagnoseWith(model, c);
const nextStep = (step: StepId, c: Case, d: ReturnType<typeof diagnose>) =>
  nextStepWith(model, step, c, d);
const fromQuery = (query: string) => parseLink(new URLSearchParams(query), model).case;
const CAUSE_IDS = model.causes.map((c) => c.id);
const EVIDENCE_RULES = model.rules;

/** Freezes a value and everything inside it, so that a write anywhere throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('the contract evidence table', () => {
  it.each(CONTRACT_CASES)('$query gives $top on top', ({ query, top, alsoListed, standing }) => {
    const { case: state, dropped } = parseLink(new URLSearchParams(query), model);
    expect(dropped).toEqual([]);
    const d = diagnose(state);
    expect(d.ranked[0]?.cause).toBe(top);
    if (standing) expect(d.ranked[0]?.standing).toBe(standing);
    if (alsoListed) expect(d.decided).toBe(false);
    for (const other of alsoListed ?? []) expect(d.ranked.map((r) => r.cause)).toContain(other);
    if (top !== 'unknown') expect(d.ranked[0]?.evidenceFor.length).toBeGreaterThan(0);
  });

  it('covers every cause of the model', () => {
    const tops = new Set(CONTRACT_CASES.map((c) => c.top));
    expect([...CAUSE_IDS].filter((id) => !tops.has(id))).toEqual([]);
  });
});

describe('ranking', () => {
  it('ranks the confirmed wrong node first and lets it explain the "no SSO server" code', () => {
    // A passive node: the code it shows is exactly what the node explains.
    const d = diagnose(fromQuery('v=1&code=0xC0002A0F&mss=yes&cluster=yes&svc=no&owner=no'));
    expect(d.ranked.map((r) => [r.cause, r.standing])).toEqual([['cluster-node', 'confirmed']]);
    expect(d.decided).toBe(true);
  });

  it('keeps an indicated cause the confirmed one does not explain, below it, and decides', () => {
    const d = diagnose(fromQuery('v=1&code=0xC0002A3E&elevated=no'));
    expect(d.ranked.map((r) => [r.cause, r.standing])).toEqual([
      ['not-elevated', 'confirmed'],
      ['reencrypt-in-progress', 'indicated'],
    ]);
    expect(d.decided).toBe(true);
  });

  it('decides nothing on two confirmed causes', () => {
    const d = diagnose(fromQuery('v=1&elevated=no&space=no'));
    expect(d.ranked.map((r) => r.standing)).toEqual(['confirmed', 'confirmed']);
    expect(d.decided).toBe(false);
  });

  it('rules a cause out with a yes and shows it as passed', () => {
    const d = diagnose(fromQuery('code=0x80070005&elevated=yes'));
    expect(d.ranked.map((r) => r.cause)).not.toContain('not-elevated');
    expect(d.ruledOut.map((r) => r.cause)).toContain('not-elevated');
  });

  it('lists every candidate of access denied in the contract order, undecided', () => {
    const d = diagnose(fromQuery('code=0x80070005'));
    expect(d.ranked.map((r) => r.cause)).toEqual([
      'not-elevated',
      'not-local-admin',
      'not-sso-admin',
      'backup-access',
    ]);
    expect(d.decided).toBe(false);
    expect(d.openChecks).toEqual(['ssoadmin', 'localadmin', 'elevated', 'writable']);
  });

  it('decides when one decisive cause leads', () => {
    expect(diagnose(fromQuery('code=0xC0002A14')).decided).toBe(true);
    expect(diagnose(fromQuery('code=0x80070005&elevated=no')).decided).toBe(true);
  });

  it('falls back to unknown, with a note, when answers contradict the evidence', () => {
    const d = diagnose(fromQuery('code=0xC0002A13&localadmin=yes&elevated=yes'));
    expect(d.ranked.map((r) => r.cause)).toEqual(['unknown']);
    expect(d.notes).toContain('answers-contradict-evidence');
  });

  it('offers the admin-rights checks when nothing is known', () => {
    const d = diagnose(EMPTY_CASE);
    expect(d.ranked.map((r) => r.cause)).toEqual(['unknown']);
    expect(d.openChecks).toEqual(
      model.checks.filter((c) => c.step === 'admin-rights').map((c) => c.id),
    );
  });

  it('treats a network backup path as a sign of the wrong media', () => {
    const d = diagnose(fromQuery('backup=%5C%5Cfiler%5Csso%5Cs.bak'));
    expect(d.ranked[0]?.cause).toBe('backup-media');
    expect(d.decided).toBe(false);
  });

  it('notes a later success', () => {
    expect(diagnose(fromQuery('seen=10525')).notes).toContain('later-success');
  });

  it('is a pure function of the case: it writes to neither the case nor the model', () => {
    const state = deepFreeze(fromQuery('code=0x80070005&seen=10771,10525&ssoadmin=no&backup=x'));
    const frozenModel = deepFreeze(structuredClone(model));
    const once = diagnoseWith(frozenModel, state);
    expect(diagnoseWith(frozenModel, state)).toEqual(once);
    expect(once).toEqual(diagnose(structuredClone(state)));
  });
});

describe('the decision model', () => {
  it('is valid', () => {
    expect(validateModel(model)).toEqual([]);
  });

  it('gives every cause fix steps and a guidance link', () => {
    for (const { id } of model.causes) {
      const text = model.text.causes[id];
      expect(text?.fix.length, id).toBeGreaterThan(0);
      expect(text?.sources.length, id).toBeGreaterThan(0);
      expect(text?.guides.length, id).toBeGreaterThan(0);
    }
  });

  it('finds the problems of a broken model', () => {
    const broken = structuredClone(model);
    broken.causes = [...broken.causes, { id: 'orphan', ruledOutBy: 'nope' }];
    broken.rules = [
      ...broken.rules,
      { id: 'bad', cause: 'ghost', anyOf: [{ kind: 'code', code: '0x5' }], strength: 'decisive' },
    ];
    broken.notes = [{ id: 'quiet', anyOf: [] }];
    const problems = validateModel(broken).join('\n');
    expect(problems).toMatch(/orphan is ruled out by unknown check nope/);
    expect(problems).toMatch(/cause orphan has no text/);
    expect(problems).toMatch(/rule bad names unknown cause ghost/);
    expect(problems).toMatch(/non-canonical code 0x5/);
    expect(problems).toMatch(/note quiet can never fire/);
    expect(problems).toMatch(/note quiet has no text/);
  });

  it('makes every rule able to change the top cause on its own', () => {
    const plain = EVIDENCE_RULES.filter((r) => r.strength === 'decisive' && !r.requires);
    for (const rule of plain) {
      for (const trigger of rule.anyOf) {
        const state: Case = { seen: [], answers: {} };
        if (trigger.kind === 'code') state.code = trigger.code;
        if (trigger.kind === 'event') state.seen = [trigger.event];
        if (trigger.kind === 'answer') state.answers = { [trigger.check]: trigger.is };
        if (trigger.kind === 'event-without') state.seen = [trigger.event];
        const ranked = diagnose(state).ranked;
        const label = `${rule.id} ${JSON.stringify(trigger)}`;
        const sharers = plain.filter(
          (other) =>
            other.cause !== rule.cause &&
            other.anyOf.some((t) => JSON.stringify(t) === JSON.stringify(trigger)),
        );
        if (sharers.length === 0) {
          expect(ranked[0]?.cause, label).toBe(rule.cause);
        } else {
          // The contract makes this evidence name two causes that tie until an answer
          // splits them: both lead with the same score, in the model's order.
          expect(
            ranked
              .slice(0, 2)
              .map((r) => r.cause)
              .sort(),
            label,
          ).toEqual([rule.cause, ...sharers.map((r) => r.cause)].sort());
          expect(ranked[0]?.score, label).toBe(ranked[1]?.score);
        }
      }
    }
  });

  it('ends every path of the wizard in the result', () => {
    for (const { query } of CONTRACT_CASES) {
      const state = fromQuery(query);
      const d = diagnose(state);
      let step: StepId = 'gather';
      const visited: StepId[] = [];
      while (step !== 'result') {
        visited.push(step);
        expect(visited.length).toBeLessThan(STEPS.length);
        step = nextStep(step, state, d);
      }
    }
  });

  it('reaches the result at once when the code decides', () => {
    const state = fromQuery('code=0xC0002A54');
    expect(nextStep('gather', state, diagnose(state))).toBe('result');
  });

  it('walks through the backup checks only when the evidence points there', () => {
    const plain = fromQuery('code=0x80004005');
    expect(nextStep('admin-rights', plain, diagnose(plain))).toBe('result');
    const denied = fromQuery('code=0x80070005');
    expect(nextStep('admin-rights', denied, diagnose(denied))).toBe('backup-file');
    const writeProtected = fromQuery('code=0x80070013');
    expect(nextStep('admin-rights', writeProtected, diagnose(writeProtected))).toBe('backup-file');
    const typedPath = fromQuery('code=0x80004005&backup=D%3A%5Cs.bak');
    expect(nextStep('admin-rights', typedPath, diagnose(typedPath))).toBe('backup-file');
  });
});

describe('the program that asked', () => {
  it('notes the BizTalk Configuration program, whatever its case and process ID', () => {
    expect(diagnose(fromQuery('program=configuration.exe%3A4412')).notes).toContain(
      'configuration-wizard',
    );
    expect(diagnose(fromQuery('program=ssoconfig.exe%3A4412')).notes).not.toContain(
      'configuration-wizard',
    );
  });
});
