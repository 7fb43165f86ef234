import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountsMatch } from './same-account';

describe('accountsMatch: one account, as far as two names tell', () => {
  it.each([
    ['CONTOSO\\svc-sso', 'CONTOSO\\svc-sso', 'same'],
    ['CONTOSO\\svc-sso', ' contoso\\SVC-SSO ', 'same'],
    ['CONTOSO\\svc-sso', 'svc-sso@contoso.com', 'same'],
    ['svc-sso@contoso.com', 'SVC-SSO@CONTOSO.COM', 'same'],
    // Two names in one form are two accounts.
    ['CONTOSO\\svc-sso', 'CONTOSO\\svc-bts', 'different'],
    ['CONTOSO\\svc-sso', 'FABRIKAM\\svc-sso', 'different'],
    ['svc-sso@contoso.com', 'svc-sso@fabrikam.com', 'different'],
    ['svc-sso', 'CONTOSO\\svc-bts', 'different'],
    ['svc-sso', 'svc-bts', 'different'],
    // What the names cannot settle.
    ['svc-sso', 'CONTOSO\\svc-sso', 'unsure'],
    ['CONTOSO\\svc-sso', 'svc-sso@corp.fabrikam.com', 'unsure'],
    ['CONTOSO\\jsmith', 'john.smith@contoso.com', 'unsure'],
    ['.\\svc-sso', 'CONTOSO\\svc-sso', 'unsure'],
    ['.\\svc-sso', 'svc-sso@contoso.com', 'unsure'],
    ['LocalSystem', 'CONTOSO\\BTS01$', 'unsure'],
    ['NT AUTHORITY\\NETWORK SERVICE', 'CONTOSO\\BTS01$', 'unsure'],
    ['', 'CONTOSO\\svc-sso', 'unsure'],
    ['   ', '   ', 'unsure'],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(accountsMatch(a, b)).toBe(expected);
  });

  const name = fc.stringMatching(/^[A-Za-z0-9._\\@$ -]{0,30}$/);

  it('answers the same whichever name comes first', () => {
    fc.assert(fc.property(name, name, (a, b) => accountsMatch(a, b) === accountsMatch(b, a)));
  });

  it('finds any non-empty name the same as itself, in any case and spacing', () => {
    fc.assert(
      fc.property(
        name.filter((a) => a.trim() !== ''),
        (a) => accountsMatch(a, ` ${a.toUpperCase()} `) === 'same',
      ),
    );
  });

  it('never calls two names the same unless they read as one account', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        if (accountsMatch(a, b) !== 'same') return true;
        const bare = (s: string) => s.trim().toLowerCase().replace(/^.*\\/, '').replace(/@.*$/, '');
        return bare(a) === bare(b);
      }),
    );
  });
});
