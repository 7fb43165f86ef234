import { describe, expect, it } from 'vitest';
import { parseLink, serializeLink } from '../case/link-codec';
import { describeDiagnosis } from '../diagnosis/describe-diagnosis';
import { diagnose } from '../diagnosis/diagnose';
import { nextStep } from '../diagnosis/wizard-steps';
import { MADE_UP_19999 } from './made-up-19999';
import { validateModel } from './validate-model';

const RESTORE_FAILED = MADE_UP_19999;

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

  it('walks its question steps in the order it lists them', () => {
    // The two steps swapped; any other step the model walks stays where it was.
    const rest = RESTORE_FAILED.questionSteps.filter(
      (s) => s !== 'backup-file' && s !== 'admin-rights',
    );
    const backupFirst = {
      ...RESTORE_FAILED,
      questionSteps: ['backup-file', 'admin-rights', ...rest] as const,
    };
    expect(validateModel(backupFirst)).toEqual([]);
    const share = open('v=1&backup=%5C%5Cfiler%5Cx.bak');
    const d = diagnose(backupFirst, share);
    expect(nextStep(backupFirst, 'event-log', share, d)).toBe('backup-file');
    expect(nextStep(backupFirst, 'backup-file', share, d)).toBe('admin-rights');
    expect(nextStep(backupFirst, 'admin-rights', share, d)).toBe('result');
  });

  it('is refused when a check or cause belongs to a step it does not walk', () => {
    const rightsOnly = { ...RESTORE_FAILED, questionSteps: ['admin-rights'] as const };
    expect(validateModel(rightsOnly)).toEqual(
      expect.arrayContaining([
        'pwd belongs to step backup-file, which is not walked',
        'optional step backup-file is not walked',
      ]),
    );
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
    expect(described.notes[0]).toMatch(/not 19999/);
  });
});
