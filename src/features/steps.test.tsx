// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderStep } from '../test-support/render-step';

afterEach(cleanup);

const questions = () =>
  [...document.querySelectorAll('fieldset[data-check]')].map((g) => g.getAttribute('data-check'));

describe('the steps follow the model the link names', () => {
  it('asks 10526 its admin-rights questions, with its words', async () => {
    await renderStep('/admin-rights?v=1&code=0x80070005');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check admin rights' }),
    ).toBeTruthy();
    expect(screen.getByText(/Generating a master secret needs every one/)).toBeTruthy();
    expect(questions()).toEqual(expect.arrayContaining(['elevated', 'localadmin']));
    expect(questions()).not.toContain('up');
  });

  it('asks the made-up event only its own question, and says its own intro', async () => {
    await renderStep('/admin-rights?v=1&event=19999');
    expect(await screen.findByText(/The made-up restore needs its service up/)).toBeTruthy();
    expect(questions()).toEqual(['up']);
    expect(screen.queryByText(/Generating a master secret/)).toBeNull();
  });

  it('asks the made-up event the question step only it walks, from its row and its model', async () => {
    const { router } = await renderStep('/service-account?v=1&event=19999');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check the service account' }),
    ).toBeTruthy();
    expect(screen.getByText(/runs as a service account/)).toBeTruthy();
    expect(questions()).toEqual(['unlocked']);
    const group = document.querySelector('fieldset[data-check="unlocked"]') as HTMLElement;
    fireEvent.click(within(group).getByRole('radio', { name: 'No' }));
    expect(new URLSearchParams(router.state.location.search).get('unlocked')).toBe('no');
  });

  it("shows the backup step's rules from the model", async () => {
    await renderStep('/backup-file?v=1&event=19999');
    expect(await screen.findByText('Mind the password.')).toBeTruthy();
    expect(questions()).toEqual(['pwd']);
    cleanup();
    await renderStep('/backup-file?v=1');
    expect(await screen.findByText(/at least 7 characters/)).toBeTruthy();
  });

  it("lists the made-up event's related events and ticks one in the link", async () => {
    const { router } = await renderStep('/event-log?v=1&event=19999');
    const box = await screen.findByRole('checkbox', { name: /^10779\b/ });
    expect(screen.queryByRole('checkbox', { name: /^10771\b/ })).toBeNull();
    fireEvent.click(box);
    expect(new URLSearchParams(router.state.location.search).get('seen')).toBe('10779');
  });

  it('speaks of the Tracking ID on the event-log step only for events that carry one', async () => {
    await renderStep('/event-log?v=1');
    expect(await screen.findByText(/with the same Tracking ID/)).toBeTruthy();
    cleanup();
    await renderStep('/event-log?v=1&event=10532');
    expect(await screen.findByText(/it has no Tracking ID/)).toBeTruthy();
    expect(screen.queryByText(/with the same Tracking ID/)).toBeNull();
  });

  it('diagnoses the made-up event on the result, in its words', async () => {
    await renderStep('/result?v=1&event=19999&seen=10779');
    const card = await screen.findByRole('heading', { name: /Wrong password/ });
    expect(card).toBeTruthy();
    expect(document.querySelector('[data-cause]')?.getAttribute('data-cause')).toBe(
      'wrong-password',
    );
    expect(screen.queryByText(/master secret server/i)).toBeNull();
  });

  it('reads a pasted made-up event by its own layout on the start step', async () => {
    const { router } = await renderStep('/?v=1&event=19999');
    const text = await screen.findByLabelText('Event text');
    const pasted = `<Event><System><Provider Name="ENTSSO"/><EventID>19999</EventID></System><EventData><Data>x</Data><Data>0xC0002A1B</Data><Data>CONTOSO\\ops</Data></EventData></Event>`;
    fireEvent.change(text, { target: { value: pasted } });
    await within(document.body).findByDisplayValue('0xC0002A1B');
    const link = new URLSearchParams(router.state.location.search);
    expect(link.get('code')).toBe('0xC0002A1B');
    expect(link.get('user')).toBe('CONTOSO\\ops');
  });
});
