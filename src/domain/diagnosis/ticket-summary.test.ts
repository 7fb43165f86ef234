import { describe, expect, it } from 'vitest';
import type { Case } from '../case/case';
import { parseLink } from '../case/link-codec';
import { describeDiagnosis } from './describe-diagnosis';
import { diagnose } from './diagnose';
import { ENTSSO_10526 as model } from '../model/entsso-10526';
import { ticketSummary as summaryOf } from './ticket-summary';

const ticketSummary = (state: Case, link: string) =>
  summaryOf(model, describeDiagnosis(model, state, diagnose(model, state)), link);

describe('ticketSummary', () => {
  it('puts the top cause, its evidence, the fix, what passed and the link into plain text', () => {
    const { case: state } = parseLink(
      new URLSearchParams(
        'code=0x80070005&user=CONTOSO%5Cjdoe&elevated=yes&localadmin=no&seen=10525',
      ),
      model,
    );
    const text = ticketSummary(state, 'https://intranet/triage/#/result?v=1');
    expect(text).toContain('Error code: 0x80070005 (E_ACCESSDENIED)');
    expect(text).toContain('Client user: CONTOSO\\jdoe');
    expect(text).toContain(
      'Confirmed: The client user is not a Windows administrator on the master secret server',
    );
    expect(text).not.toMatch(/\[[a-z-]+\]/);
    expect(text).toContain(
      '  - Answered no: Is the client user a Windows administrator on the master secret server?',
    );
    expect(text).toMatch(/ {2}Fix:\n/);
    expect(text).toContain(
      'Ruled out:\n  - The tool ran elevated. (answered yes to "Did the tool run elevated ("Run as administrator")?") So not: The tool ran without elevation.',
    );
    expect(text).toContain('Note: Event 10525 was seen');
    expect(text.endsWith('Open this diagnosis: https://intranet/triage/#/result?v=1')).toBe(true);
  });

  it('carries the fix of every confirmed cause, even when none of them is the only one', () => {
    const { case: state } = parseLink(
      new URLSearchParams('time=2024-03-05T14:07:12Z&elevated=no&localadmin=no&ssoadmin=no'),
      model,
    );
    const text = ticketSummary(state, 'x');
    expect(text).toContain('more than one problem');
    const fixes = text.split('\n').filter((line) => line === '  Fix:');
    expect(fixes).toHaveLength(3);
    expect(text).not.toContain('Time logged (UTC): not given');
  });

  it('says the time was not given, rather than nothing', () => {
    const { case: state } = parseLink(new URLSearchParams('code=0x80070005'), model);
    expect(ticketSummary(state, 'x')).toContain('Time logged (UTC): not given');
  });

  it('says what is missing when nothing decides', () => {
    const { case: state } = parseLink(new URLSearchParams(''), model);
    const text = ticketSummary(state, 'x');
    expect(text).toContain('Not decided: The evidence so far does not decide the cause');
    expect(text).toContain('  - No error code yet.');
    expect(text).not.toContain('Then verify');
  });

  it('lists an indicated cause under a confirmed one as the place to look again', () => {
    const { case: state } = parseLink(new URLSearchParams('code=0xC0002A3E&elevated=no'), model);
    const text = ticketSummary(state, 'x');
    expect(text.indexOf('Confirmed: The tool ran without elevation')).toBeLessThan(
      text.indexOf('Indicated (not confirmed yet): '),
    );
    expect(text).toContain(
      `Indicated (not confirmed yet): ${model.text.causes['reencrypt-in-progress']?.title}\n  Also fits the code`,
    );
  });

  it('offers no plain Start-Service for ENTSSO once the server is known to be clustered', () => {
    const at = (query: string) =>
      ticketSummary(parseLink(new URLSearchParams(query), model).case, 'x');
    expect(at('code=0xC0002A0F&cluster=no')).toMatch(/Start-Service -Name ENTSSO/);
    const clustered = at('code=0xC0002A0F&cluster=yes&owner=yes');
    expect(clustered).not.toMatch(/Start-Service -Name ENTSSO/);
    expect(clustered).toMatch(/Start-ClusterResource/);
  });
});
