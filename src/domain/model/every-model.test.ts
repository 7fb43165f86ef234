import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { casesOf } from '../../test-support/model-cases';
import { TEST_REGISTRY } from '../../test-support/test-registry';
import { parseLink, serializeLink } from '../case/link-codec';
import { describeDiagnosis } from '../diagnosis/describe-diagnosis';
import { diagnose } from '../diagnosis/diagnose';
import { pictureOf } from '../diagnosis/picture';
import { ticketSummary } from '../diagnosis/ticket-summary';
import { nextStep, stepsOf } from '../diagnosis/wizard-steps';
import type { EventModel } from './event-model';
import { MADE_UP_19999 } from './made-up-19999';
import { EVENT_MODELS, loadDecision, loadModel, modelFor, type RegisteredModel } from './registry';
import { ruleConflicts } from './rule-conflicts';
import { validateModel } from './validate-model';
import { roleOf } from './check-role';

describe('the registry', () => {
  it('holds one model per event, and the default first', () => {
    const ids = EVENT_MODELS.map((e) => e.event);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(10526);
  });

  it("picks a model by the link's event, and the first for none, junk or an unmodelled event", () => {
    const [first] = TEST_REGISTRY;
    for (const entry of TEST_REGISTRY)
      expect(modelFor(String(entry.event), TEST_REGISTRY)).toBe(entry);
    for (const value of [null, '', 'abc', '1e4', '-10526', '0010526x', '99999999999', '10561'])
      expect(modelFor(value, TEST_REGISTRY)).toBe(first);
  });
});

describe.each(TEST_REGISTRY.map((entry) => [entry.event, entry] as const))(
  'the model of event %i',
  (_id, entry: RegisteredModel) => {
    let model: EventModel;
    beforeAll(async () => {
      model = await loadModel(entry);
    });

    it('loads words for the same decision it registered', async () => {
      const decision = await loadDecision(entry);
      expect(decision.event.id).toBe(entry.event);
      expect(model.event).toEqual(decision.event);
      expect(model.causes).toEqual(decision.causes);
      expect(model.rules).toEqual(decision.rules);
      expect(model.checks).toEqual(decision.checks);
    });

    it('is sound: every id resolves, every cause and check has words, no rules conflict', () => {
      expect(validateModel(model)).toEqual([]);
      expect(ruleConflicts(model)).toEqual([]);
    });

    it('diagnoses any case of its evidence with words, a picture, steps that end and a ticket', () => {
      fc.assert(
        fc.property(casesOf(model), (c) => {
          const d = diagnose(model, c);
          expect(d.ranked.length).toBeGreaterThan(0);
          const described = describeDiagnosis(model, c, d);
          for (const cause of described.causes) expect(cause.title).not.toBe(cause.id);
          expect(pictureOf(model.text.picture, c, d)).toHaveLength(model.text.picture.length);
          expect(ticketSummary(model, described, 'https://x/')).toContain(
            `event ${model.event.id}`,
          );
          const steps = stepsOf(model);
          let step: (typeof steps)[number] = 'gather';
          for (let moves = 0; step !== 'result'; moves++) {
            expect(moves).toBeLessThan(steps.length);
            const next = nextStep(model, step, c, d);
            expect(steps.indexOf(next)).toBeGreaterThan(steps.indexOf(step));
            step = next;
          }
        }),
        { numRuns: 300 },
      );
    });

    it('writes its case into a link and reads the same case back', () => {
      fc.assert(
        fc.property(casesOf(model), (c) => {
          const link = serializeLink(c, model);
          const back = parseLink(link, model);
          expect(back.dropped).toEqual([]);
          expect(back.case.answers).toEqual(
            Object.fromEntries(Object.entries(c.answers).filter(([, v]) => v !== undefined)),
          );
          expect(back.case.seen).toEqual(c.seen);
        }),
        { numRuns: 300 },
      );
    });
  },
);

describe('a model the validation refuses', () => {
  it('leaves a cause out of the picture, places one twice, or labels by an unknown check', () => {
    const sound = MADE_UP_19999;
    const [file, service, ...others] = sound.text.picture;
    if (!file || !service) throw new Error('the made-up model has two picture parts');
    const withPicture = (picture: EventModel['text']['picture']): EventModel => ({
      ...sound,
      text: { ...sound.text, picture: [...picture, ...others] },
    });
    expect(validateModel(withPicture([file]))).toEqual([
      'cause service-down is in the picture 0 times, not once',
    ]);
    expect(
      validateModel(
        withPicture([file, { ...service, causes: ['service-down', 'wrong-password'] }]),
      ),
    ).toEqual(['cause wrong-password is in the picture 2 times, not once']);
    expect(
      validateModel(withPicture([file, { ...service, labelOnYes: { check: 'nope', label: 'x' } }])),
    ).toEqual(['picture part service names unknown check nope']);
    const nowhere = { ...service };
    delete nowhere.on;
    expect(validateModel(withPicture([file, nowhere]))).toEqual([
      'picture part service says no computer it is on',
    ]);
    expect(
      validateModel({ ...sound, computerIs: [{ check: 'nope', field: 'secretserver' }] }),
    ).toEqual(['computerIs names unknown check nope']);
  });

  it('lets a cause explain evidence only when it exists and an answer can confirm it', () => {
    const sound = MADE_UP_19999;
    const trigger = { kind: 'code', code: '0x80070005' } as const;
    expect(validateModel({ ...sound, explains: [{ cause: 'nope', triggers: [trigger] }] })).toEqual(
      expect.arrayContaining(['explanation 1 (nope) names an unknown cause']),
    );
    expect(
      validateModel({
        ...sound,
        explains: [{ cause: 'service-down', triggers: [{ kind: 'code', code: '0x5' }] }],
      }),
    ).toContain('explanation 1 (service-down) has a non-canonical code 0x5');
    const unconfirmable = sound.causes.find(
      (cause) =>
        !sound.rules.some(
          (r) =>
            r.cause === cause.id &&
            r.strength === 'decisive' &&
            (r.anyOf.some((t) => t.kind === 'answer' && t.is === 'no') ||
              (r.requires ?? []).some((q) => q.is === 'no')),
        ),
    );
    if (!unconfirmable) throw new Error('the made-up model has a cause no answer confirms');
    expect(
      validateModel({ ...sound, explains: [{ cause: unconfirmable.id, triggers: [trigger] }] }),
    ).toEqual([`explanation 1 (${unconfirmable.id}): no answer can confirm that cause`]);
  });
});

describe('every check names the computer it is about', () => {
  it('has a role in every model, and a check without one is refused', async () => {
    for (const entry of TEST_REGISTRY) {
      const model = await loadModel(entry);
      for (const check of model.checks)
        expect(roleOf(model, check.id), `${entry.event} ${check.id}`).toBeDefined();
      expect(
        validateModel({
          ...model,
          checks: [...model.checks, { id: 'nowhere', step: 'admin-rights' }],
        }),
      ).toContain("check nowhere names no computer (no role in the family's table or checkRoles)");
    }
  });
});
