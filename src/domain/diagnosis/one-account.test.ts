import { describe, expect, it } from 'vitest';
import { parseLink } from '../case/link-codec';
import { ENTSSO_10527 } from '../model/entsso-10527';
import { ENTSSO_10532 } from '../model/entsso-10532';
import { describeDiagnosis } from './describe-diagnosis';
import { diagnose } from './diagnose';

const ONE = 'user=CONTOSO%5Csvc-sso&svcaccount=svc-sso%40contoso.com';
const TWO = 'user=CONTOSO%5Csvc-sso&svcaccount=CONTOSO%5Csvc-other';
const open = (query: string) =>
  parseLink(new URLSearchParams(`v=1&event=10527&${query}`), ENTSSO_10527).case;
const run = (query: string) => diagnose(ENTSSO_10527, open(query));

describe('10527: the Client User and the asking service account as one account', () => {
  it('reads the service account from the link, as typed', () => {
    expect(open(ONE).svcaccount).toBe('svc-sso@contoso.com');
  });

  it('asks one question while neither is answered: the Client User one', () => {
    const d = run(`code=0x80070005&${ONE}`);
    expect(d.openChecks).toContain('ssoadmin');
    expect(d.openChecks).not.toContain('svcadmin');
    expect(d.shared).toEqual({ asked: 'ssoadmin', covered: 'svcadmin' });
  });

  it('asks both while the accounts are unknown, differ, or cannot be told apart', () => {
    for (const accounts of [
      'user=CONTOSO%5Csvc-sso',
      TWO,
      'user=svc-sso&svcaccount=CONTOSO%5Csvc-sso',
    ]) {
      const d = run(`code=0x80070005&${accounts}&seen=10550`);
      expect(d.shared).toBeUndefined();
      expect(d.openChecks).toEqual(expect.arrayContaining(['ssoadmin', 'svcadmin']));
    }
  });

  it('lets one yes rule out both causes of one account', () => {
    const d = run(`code=0x80070005&${ONE}&ssoadmin=yes`);
    expect(d.ruledOut.map((r) => r.cause)).toEqual(
      expect.arrayContaining(['not-sso-admin', 'service-account-not-sso-admin']),
    );
    expect(d.openChecks).not.toContain('svcadmin');
    // The same answers about two accounts leave the service account open.
    const two = run(`code=0x80070005&${TWO}&ssoadmin=yes&seen=10550`);
    expect(two.ruledOut.map((r) => r.cause)).not.toContain('service-account-not-sso-admin');
    expect(two.openChecks).toContain('svcadmin');
  });

  it('counts the collector’s answer about the service account for the Client User too', () => {
    const d = run(`code=0x80070005&${ONE}&svcadmin=yes`);
    expect(d.shared).toEqual({ asked: 'svcadmin', covered: 'ssoadmin' });
    expect(d.ruledOut.map((r) => r.cause)).toContain('not-sso-admin');
    expect(d.openChecks).not.toContain('ssoadmin');
  });

  it('keeps a no with its own question: one missing membership is one confirmed cause', () => {
    const d = run(`code=0x80070005&${ONE}&ssoadmin=no&seen=10550`);
    const confirmed = d.ranked.filter((r) => r.standing === 'confirmed').map((r) => r.cause);
    expect(confirmed).toEqual(['not-sso-admin']);
    expect(d.decided).toBe(true);
    // The service account's cause waits on no second question about the same account.
    expect(
      d.ranked.find((r) => r.cause === 'service-account-not-sso-admin')?.unchecked,
    ).toBeUndefined();
    expect(d.openChecks).not.toContain('svcadmin');
  });

  it('takes neither answer across when the two, about one account, disagree', () => {
    const d = run(`code=0x80070005&${ONE}&ssoadmin=yes&svcadmin=no`);
    expect(d.shared).toBeUndefined();
    expect(d.ranked[0]?.cause).toBe('service-account-not-sso-admin');
  });

  it('says where a yes counted for the other question came from', () => {
    const c = open(`code=0x80070005&${ONE}&ssoadmin=yes`);
    const described = describeDiagnosis(ENTSSO_10527, c, diagnose(ENTSSO_10527, c));
    const out = described.ruledOut.find((r) => r.id === 'service-account-not-sso-admin');
    expect(out?.source).toMatch(/^answered yes to "Is the Client User/);
    expect(out?.source).toContain('one account (CONTOSO\\svc-sso) answers both questions');
    expect(described.facts.find((f) => f.name === 'svcaccount')?.value).toBe('svc-sso@contoso.com');
  });

  it('changes nothing for an event whose model has no such pair', () => {
    const c = parseLink(
      new URLSearchParams(`v=1&event=10532&code=0x80070005&${ONE}&svcadmin=yes`),
      ENTSSO_10532,
    ).case;
    expect(diagnose(ENTSSO_10532, c).shared).toBeUndefined();
  });
});
