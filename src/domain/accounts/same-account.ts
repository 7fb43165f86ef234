/**
 * Whether two account names name one account, as far as the names alone tell. Windows
 * writes one account several ways (CONTOSO\svc-sso, svc-sso@contoso.com, svc-sso), and a
 * service may run as a machine identity that the network sees as CONTOSO\BTS01$: where the
 * names cannot settle it, the answer is `unsure`, never a guess.
 */
export type AccountMatch = 'same' | 'different' | 'unsure';

interface AccountName {
  name: string;
  /** The NetBIOS domain of DOMAIN\name ('.' is the computer itself). */
  domain?: string;
  /** The DNS suffix of name@suffix (a user principal name). */
  suffix?: string;
}

// Identities of the computer itself: on the network they act as DOMAIN\COMPUTER$.
const MACHINE = /^(?:localsystem|nt authority\\.*|nt service\\.*|\.\\localsystem)$/;

function parse(raw: string): AccountName {
  const value = raw.trim().toLowerCase();
  const slash = value.indexOf('\\');
  if (slash >= 0) return { domain: value.slice(0, slash), name: value.slice(slash + 1) };
  const at = value.lastIndexOf('@');
  if (at > 0) return { name: value.slice(0, at), suffix: value.slice(at + 1) };
  return { name: value };
}

export function accountsMatch(a: string, b: string): AccountMatch {
  const left = a.trim().toLowerCase();
  const right = b.trim().toLowerCase();
  if (left === '' || right === '') return 'unsure';
  if (left === right) return 'same';
  if (MACHINE.test(left) || MACHINE.test(right)) return 'unsure';
  const x = parse(left);
  const y = parse(right);
  const local = x.domain === '.' || y.domain === '.';
  // Two names in the same form that differ are two accounts (but a local one may share
  // its name with a domain one).
  if (x.domain !== undefined && y.domain !== undefined)
    return local && x.name === y.name ? 'unsure' : 'different';
  if (x.suffix !== undefined && y.suffix !== undefined) return 'different';
  // DOMAIN\name and name@domain.dns: one account when the names agree and the suffix starts
  // with the domain; a principal name may differ from the account name, so nothing else is sure.
  const downLevel = x.domain !== undefined ? x : y.domain !== undefined ? y : undefined;
  const principal = x.suffix !== undefined ? x : y.suffix !== undefined ? y : undefined;
  if (downLevel && principal)
    return downLevel.name === principal.name &&
      !local &&
      principal.suffix?.split('.')[0] === downLevel.domain
      ? 'same'
      : 'unsure';
  // A bare name: the same name may be in any domain; another account name is another account.
  if (x.name === y.name) return 'unsure';
  return principal ? 'unsure' : 'different';
}
