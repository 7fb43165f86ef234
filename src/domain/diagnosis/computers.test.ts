import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLink } from '../case/link-codec';
import { ENTSSO_10527 } from '../model/entsso-10527';
import { ENTSSO_10532 } from '../model/entsso-10532';
import { describeDiagnosis } from './describe-diagnosis';
import { diagnose } from './diagnose';
import { computerFor, nextCollectorRun, whereInWords } from './computers';

describe('the computers of a case', () => {
  it('names each role from the evidence of its event', () => {
    const c = {
      seen: [],
      answers: {},
      host: 'BTS01',
      computer: 'BTS02',
      triedserver: 'SSOCLUSTER',
      sqlserver: 'SQL01\\BIZTALK',
      backup: '\\\\FILES01\\sso\\s.bak',
    };
    expect(computerFor('client', c, {})).toBe('BTS01');
    expect(computerFor('client', c, ENTSSO_10527)).toBe('BTS02');
    expect(computerFor('mss', c, {})).toBe('SSOCLUSTER');
    expect(computerFor('mss', { ...c, secretserver: 'SSOMSS' }, {})).toBe('SSOMSS');
    expect(computerFor('sql', c, {})).toBe('SQL01\\BIZTALK');
    expect(computerFor('backup', c, {})).toBe('FILES01');
    expect(computerFor('backup', { ...c, backup: 'D:\\s.bak' }, {})).toBe('BTS01');
    expect(whereInWords('mss', { seen: [], answers: {} }, {})).toBe('on the master secret server');
  });

  it('never names a computer the case does not hold (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          host: fc.option(fc.string(), { nil: undefined }),
          backup: fc.option(fc.string(), { nil: undefined }),
        }),
        (values) => {
          const c = { seen: [], answers: {}, ...values };
          const named = computerFor('backup', c as never, {});
          if (named !== undefined)
            expect(`${values.backup ?? ''} ${values.host ?? ''}`).toContain(named);
        },
      ),
    );
  });
});

describe('where to run the collector next', () => {
  it('names the computer the settling question is about', () => {
    const { case: c } = parseLink(
      new URLSearchParams('event=10532&code=0x800706BA&triedserver=SSOMSS01&host=BTS01'),
      ENTSSO_10532,
    );
    const splitter = describeDiagnosis(ENTSSO_10532, c, diagnose(ENTSSO_10532, c)).splitter;
    expect(splitter?.id).toBe('svc');
    expect(nextCollectorRun(ENTSSO_10532, c, splitter?.id)).toBe(
      'Next: run the collector on SSOMSS01 (the master secret server). Its answer to "Is ENTSSO running on the master secret server?" moves this diagnosis most.',
    );
    // About the asking server, a 10527's Client Computer is the computer to go to.
    const other = parseLink(
      new URLSearchParams('event=10527&computer=BTS02&host=SSOMSS01'),
      ENTSSO_10527,
    ).case;
    expect(nextCollectorRun(ENTSSO_10527, other, 'svcadmin')).toContain(
      'on BTS02 (where the request was made)',
    );
    expect(
      nextCollectorRun(ENTSSO_10532, { ...c, answers: { svc: 'yes' } }, 'svc'),
    ).toBeUndefined();
  });
});
