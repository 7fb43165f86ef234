import { describe, expect, it } from 'vitest';
import { parseLink, serializeLink } from '../case/link-codec';
import { describeDiagnosis } from '../describe-diagnosis';
import { diagnose } from '../diagnose';
import { nextStep } from '../wizard-steps';
import type { EventModel } from './event-model';
import { validateModel } from './validate-model';

const SOURCE = { kind: 'field' } as const;
const text = (title: string) => ({
  title,
  explanation: `${title}, explained.`,
  fix: [{ text: `Fix ${title}.`, sources: [SOURCE] }],
  verify: ['Try again.'],
  guides: ['generate-master-secret'] as const,
  sources: [SOURCE],
});

/** A made-up sibling event: the same code must diagnose it with no change but this value. */
const RESTORE_FAILED: EventModel = {
  event: { id: 10524, name: 'MADE_UP_RESTORE_FAILED', summary: 'a made-up restore failure' },
  causes: [
    { id: 'wrong-password', step: 'backup-file', ruledOutBy: 'pwd' },
    { id: 'service-down', step: 'admin-rights', ruledOutBy: 'up' },
    { id: 'no-idea' },
  ],
  fallbackCause: 'no-idea',
  checks: [
    { id: 'up', step: 'admin-rights' },
    { id: 'pwd', step: 'backup-file' },
  ],
  rules: [
    {
      id: 'wrong-password',
      cause: 'wrong-password',
      anyOf: [
        { kind: 'code', code: '0xC0002A1B' },
        { kind: 'event', event: 10779 },
      ],
      strength: 'decisive',
    },
    {
      id: 'service-down',
      cause: 'service-down',
      anyOf: [{ kind: 'answer', check: 'up', is: 'no' }],
      strength: 'decisive',
    },
    {
      id: 'share',
      cause: 'wrong-password',
      anyOf: [{ kind: 'unc-path', field: 'backup' }],
      strength: 'candidate',
    },
  ],
  notes: [{ id: 'restored', anyOf: [{ kind: 'event', event: 10523 }] }],
  optionalSteps: [{ step: 'backup-file', codes: ['0x80070013'], fields: ['backup'] }],
  text: {
    causes: {
      'wrong-password': text('Wrong password'),
      'service-down': text('Service down'),
      'no-idea': { ...text('No idea'), verify: [] },
    },
    checks: {
      up: {
        question: 'Is it up?',
        passed: 'It is up.',
        why: 'Because.',
        how: [],
        guide: 'master-secret-server',
      },
      pwd: {
        question: 'Password right?',
        passed: 'The password is right.',
        why: 'Because.',
        how: [],
        guide: 'restore-master-secret',
      },
    },
    notes: { restored: 'A later restore worked.' },
    relatedEvents: [
      { id: 10779, name: 'MADE_UP_WRONG_PASSWORD', tells: 'Wrong.', group: 'secret' },
    ],
    picture: [
      { id: 'file', label: 'The backup file', causes: ['wrong-password'], checks: ['pwd'] },
    ],
  },
};

const open = (query: string) => parseLink(new URLSearchParams(query), RESTORE_FAILED).case;

describe('a second event model, diagnosed by the same code', () => {
  it('is a valid model', () => {
    expect(validateModel(RESTORE_FAILED)).toEqual([]);
  });

  it('reads its own checks from a link and ignores the 10526 ones', () => {
    const c = open('v=1&up=no&mss=no&pwd=maybe');
    expect(c.answers).toEqual({ up: 'no' });
    expect(serializeLink(c, RESTORE_FAILED).toString()).toBe('v=1&up=no');
  });

  it('ranks its causes from its rules, and rules out with its checks', () => {
    const d = diagnose(RESTORE_FAILED, open('v=1&seen=10779,10523'));
    expect(d.ranked.map((r) => r.cause)).toEqual(['wrong-password']);
    expect(d.decided).toBe(true);
    expect(d.notes).toEqual(['restored']);
    const passed = diagnose(RESTORE_FAILED, open('v=1&seen=10779&pwd=yes'));
    expect(passed.ruledOut.map((r) => r.cause)).toEqual(['wrong-password']);
    expect(passed.ranked.map((r) => r.cause)).toEqual(['no-idea']);
    expect(passed.notes).toContain('answers-contradict-evidence');
  });

  it('walks its optional step only when the case points there', () => {
    const plain = open('v=1');
    expect(nextStep(RESTORE_FAILED, 'admin-rights', plain, diagnose(RESTORE_FAILED, plain))).toBe(
      'result',
    );
    const share = open('v=1&backup=%5C%5Cfiler%5Cx.bak');
    const d = diagnose(RESTORE_FAILED, share);
    expect(d.ranked[0]?.cause).toBe('wrong-password');
    expect(d.decided).toBe(false);
    expect(nextStep(RESTORE_FAILED, 'admin-rights', share, d)).toBe('backup-file');
  });

  it('describes itself in its own words', () => {
    const c = open('v=1&event=10526&code=0xC0002A1B');
    const described = describeDiagnosis(RESTORE_FAILED, c, diagnose(RESTORE_FAILED, c));
    expect(described.causes[0]).toMatchObject({
      id: 'wrong-password',
      title: 'Wrong password',
      standing: 'indicated',
      verify: ['Try again.'],
    });
    expect(described.notes[0]).toMatch(/not 10524/);
  });
});
