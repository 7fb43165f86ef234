// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderHookAt } from '../test-support/render-hook-at';
import { AppServicesProvider } from './use-app-services';
import { testServices } from '../test-support/render-step';
import { useCaseLink } from './use-case-link';
import { useWizardNav } from './use-wizard-nav';

describe('useCaseLink', () => {
  it('reads the case from the link and lists what it dropped', async () => {
    const hook = await renderHookAt(useCaseLink, '/result?v=1&code=-2147024891&elevated=maybe');
    expect(hook.current().case.code).toBe('0x80070005');
    expect(hook.current().dropped.map((d) => d.param)).toEqual(['elevated']);
    hook.unmount();
  });

  it('replaces the history entry for typing and for answers alike', async () => {
    const hook = await renderHookAt(useCaseLink, '/admin-rights?v=1');
    const before = hook.router.state.historyAction;
    await act(async () =>
      hook.current().update({ values: { user: 'CONTOSO\\x' } }, { typedIn: 'user' }),
    );
    expect(hook.router.state.historyAction).toBe('REPLACE');
    expect(hook.router.state.location.state).toEqual({ typedIn: 'user' });
    await act(async () => hook.current().update({ answers: { mss: 'yes' } }));
    expect(hook.router.state.historyAction).toBe('REPLACE');
    expect(hook.router.state.location.state).toBeNull();
    expect(before).toBe('POP');
    expect(hook.current().case).toMatchObject({ user: 'CONTOSO\\x', answers: { mss: 'yes' } });
    await act(async () => hook.current().update({ answers: { mss: undefined } }));
    expect(hook.router.state.location.search).toBe('?v=1&user=CONTOSO%5Cx');
    hook.unmount();
  });
});

describe('a slow handler', () => {
  it('does not write over what was typed while it waited (a paste loading its reader)', async () => {
    const hook = await renderHookAt(useCaseLink, '/?v=1');
    const startedWith = hook.current().update;
    await act(async () =>
      hook.current().update({ values: { time: '2024-03-05T14:07:12Z' } }, { typedIn: 'time' }),
    );
    await act(async () => startedWith({ values: { code: '0xC0002A14' } }, { typedIn: 'text' }));
    expect(hook.router.state.location.search).toBe(
      '?v=1&time=2024-03-05T14%3A07%3A12Z&code=0xC0002A14',
    );
    hook.unmount();
  });
});

describe('two writes before the page has drawn the first', () => {
  it('keeps both: the second builds on the first, not on the link last drawn', async () => {
    const hook = await renderHookAt(useCaseLink, '/?v=1');
    const { update } = hook.current();
    // A typed value and a paste landing in the same turn, before any render.
    await act(async () => {
      update({ values: { time: '2024-03-05T14:07:12Z' } }, { typedIn: 'time' });
      update({ values: { code: '0xC0002A14' } }, { typedIn: 'text' });
    });
    expect(hook.router.state.location.search).toBe(
      '?v=1&time=2024-03-05T14%3A07%3A12Z&code=0xC0002A14',
    );
    hook.unmount();
  });
});

describe('useWizardNav', () => {
  it('names the primary button by where it leads and goes there with the case', async () => {
    const hook = await renderHookAt(useWizardNav, '/?v=1&code=0x80070005');
    expect(hook.current().primaryFor('gather').label).toBe('Next');
    await act(async () => hook.current().primaryFor('gather').onClick());
    expect(hook.router.state.location.pathname).toBe('/event-log');
    expect(hook.router.state.location.search).toBe('?v=1&code=0x80070005');
    hook.unmount();
  });

  it('leads straight to the result once the evidence decides', async () => {
    const hook = await renderHookAt(useWizardNav, '/?v=1&code=0xC0002A14&text=pasted');
    expect(hook.current().primaryFor('gather').label).toBe('Show result');
    expect(hook.current().shareHref('result')).toBe('#/result?v=1&code=0xC0002A14');
    hook.unmount();
  });
});

describe('a handler that finishes after its step was left', () => {
  it('writes into the step the person is on now, never taking them back', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    let startUpdate: ReturnType<typeof useCaseLink>['update'] | undefined;
    function Start() {
      startUpdate = useCaseLink().update;
      return null;
    }
    function EventLog() {
      useCaseLink();
      return null;
    }
    const router = createMemoryRouter(
      [
        { path: '/', Component: Start },
        { path: '/event-log', Component: EventLog },
      ],
      { initialEntries: ['/?v=1'] },
    );
    const root = createRoot(document.body.appendChild(document.createElement('div')));
    await act(async () =>
      root.render(
        <AppServicesProvider value={testServices()}>
          <RouterProvider router={router} />
        </AppServicesProvider>,
      ),
    );
    const late = startUpdate;
    await act(async () => router.navigate('/event-log?v=1'));
    await act(async () => late?.({ values: { code: '0xC0002A14' } }));
    expect(router.state.location.pathname).toBe('/event-log');
    expect(router.state.location.search).toBe('?v=1&code=0xC0002A14');
    act(() => root.unmount());
  });
});
