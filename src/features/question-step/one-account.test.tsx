// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderStep } from '../../test-support/render-step';

afterEach(cleanup);

const STEP = '/secret-server?v=1&event=10527&code=0x80070005&computer=BTS01&user=CONTOSO%5Csvc-sso';
const heading = 'Check the master secret server';
const radios = (check: string) =>
  document.querySelectorAll(`[data-check="${check}"] input[type="radio"]`);

async function open(query: string) {
  await renderStep(`${STEP}&${query}`);
  await screen.findByRole('heading', { level: 1, name: heading });
}

describe('10527: the Client User and the asking service account, asked about once', () => {
  it('asks both, and says how to ask once, while the service account is not known', async () => {
    await open('');
    expect(screen.getByTestId('one-account').textContent).toMatch(
      /Not known yet whether CONTOSO\\svc-sso/,
    );
    expect(radios('ssoadmin').length).toBe(3);
    expect(radios('svcadmin').length).toBe(3);
    // The command that reads the account is filled with the Client Computer.
    expect(document.body.textContent).toMatch(
      /Invoke-Command -ComputerName '?BTS01'? -ScriptBlock/,
    );
    expect(screen.getByLabelText('ENTSSO service account of the asking server')).toBeTruthy();
  });

  it('asks once when the two names are one account', async () => {
    await open('svcaccount=svc-sso%40contoso.com');
    expect(screen.getByTestId('one-account').dataset.match).toBe('same');
    expect(radios('ssoadmin').length).toBe(3);
    expect(radios('svcadmin').length).toBe(0);
    expect(document.querySelector('[data-asked-once="svcadmin"]')?.textContent).toContain(
      'Not asked again: it is about the same account (CONTOSO\\svc-sso)',
    );
  });

  it('asks the question the collector answered, and not the other, for one account', async () => {
    await open('svcaccount=CONTOSO%5Csvc-sso&svcadmin=yes');
    expect(radios('svcadmin').length).toBe(3);
    expect(radios('ssoadmin').length).toBe(0);
    expect(document.querySelector('[data-asked-once="ssoadmin"]')).not.toBeNull();
  });

  it('asks both for two accounts, for names it cannot tell apart, and for two answers that differ', async () => {
    for (const [query, match] of [
      ['svcaccount=CONTOSO%5Csvc-other', 'different'],
      ['svcaccount=svc-sso', 'unsure'],
      ['svcaccount=CONTOSO%5Csvc-sso&ssoadmin=yes&svcadmin=no', 'same'],
    ] as const) {
      await open(query);
      expect(screen.getByTestId('one-account').dataset.match).toBe(match);
      expect(radios('ssoadmin').length).toBe(3);
      expect(radios('svcadmin').length).toBe(3);
      expect(document.querySelector('[data-asked-once]')).toBeNull();
      cleanup();
    }
  });

  it('shows nothing of the kind on an event without two such accounts', async () => {
    await renderStep('/secret-server?v=1&event=10532&code=0x80070005&svcaccount=CONTOSO%5Csvc-sso');
    await screen.findByRole('heading', { level: 1, name: heading });
    expect(screen.queryByTestId('one-account')).toBeNull();
  });
});
