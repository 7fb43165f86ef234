import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider, type DataRouter } from 'react-router';
import { AppServicesProvider } from '../hooks/use-app-services';
import { testServices } from './render-step';

/** What a hook returned on the latest render, the router it runs in, and a way to unmount. */
export interface HookHarness<T> {
  current: () => T;
  router: DataRouter;
  unmount: () => void;
}

/** Renders a hook inside a memory router at `url`, the way a route component would call it. */
export async function renderHookAt<T>(hook: () => T, url: string): Promise<HookHarness<T>> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let latest: { value: T } | undefined;
  function Probe() {
    latest = { value: hook() };
    return null;
  }
  const router = createMemoryRouter([{ path: '*', Component: Probe }], { initialEntries: [url] });
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(
      <AppServicesProvider value={testServices()}>
        <RouterProvider
          router={router}
          flushSync={(fn) => {
            flushSync(fn);
          }}
        />
      </AppServicesProvider>,
    );
  });
  return {
    current: () => {
      if (!latest) throw new Error('the hook has not rendered');
      return latest.value;
    },
    router,
    unmount: () => act(() => root?.unmount()),
  };
}
