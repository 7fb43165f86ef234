import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { parseLink } from './link-codec';
import { ticketSummary } from './ticket-summary';

describe('ticketSummary', () => {
  it('puts the top cause, its evidence, the fix, what passed and the link into plain text', () => {
    const { state } = parseLink(
      new URLSearchParams(
        'code=0x80070005&user=CONTOSO%5Cjdoe&elevated=yes&localadmin=no&seen=10525',
      ),
    );
    const text = ticketSummary(state, diagnose(state), 'https://intranet/triage/#/result?v=1');
    expect(text).toContain('Error code: 0x80070005 (E_ACCESSDENIED)');
    expect(text).toContain('Client user: CONTOSO\\jdoe');
    expect(text).toContain(
      'Most likely: The client user is not a Windows administrator on the master secret server [not-local-admin]',
    );
    expect(text).toContain(
      '  - Answered no: Is the client user a Windows administrator on the master secret server?',
    );
    expect(text).toMatch(/ {2}Fix:\n {2}1\. Add the user/);
    expect(text).toContain('Checked and passed:\n  - The tool ran without elevation');
    expect(text).toContain('Note: Event 10525 was seen');
    expect(text.endsWith('Open this diagnosis: https://intranet/triage/#/result?v=1')).toBe(true);
  });

  it('says what is missing when nothing decides', () => {
    const { state } = parseLink(new URLSearchParams(''));
    const text = ticketSummary(state, diagnose(state), 'x');
    expect(text).toContain('Possible: The evidence so far does not decide the cause [unknown]');
    expect(text).toContain('  - No error code yet.');
    expect(text).not.toContain('Then verify');
  });
});
