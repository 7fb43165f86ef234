import { act, render, type RenderResult } from '@testing-library/react';
import { Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createMemoryRouter, Outlet, RouterProvider, type DataRouter } from 'react-router';
import { stepRoutes } from '../app/step-routes';
import { AppServicesProvider, type AppServices } from '../hooks/use-app-services';
import { createAppLoader } from '../lib/app-loader';
import { createCaseSession } from '../lib/case-session';
import { TEST_REGISTRY } from './test-registry';

/** The services of a test page: one loader over the test registry, used by every path. */
export const testServices = (): AppServices => ({
  loader: createAppLoader(TEST_REGISTRY),
  session: createCaseSession(),
});

/** Resolves once the router has run its loaders and is at rest. */
export function settled(router: DataRouter): Promise<void> {
  const atRest = () => router.state.initialized && router.state.navigation.state === 'idle';
  return new Promise((resolve) => {
    if (atRest()) return resolve();
    const stop = router.subscribe(() => {
      if (!atRest()) return;
      stop();
      resolve();
    });
  });
}

/**
 * Renders a step as a shared link would open it, choosing from the test registry: the
 * app's step routes, with their loaders, without the page frame.
 */
export async function renderStep(
  url: string,
  services: AppServices = testServices(),
): Promise<RenderResult & { router: DataRouter; services: AppServices }> {
  const routes = [
    {
      path: '/',
      Component: () => (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Outlet />
        </Suspense>
      ),
      children: stepRoutes(services.loader),
    },
  ];
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  // The step routes load the models first, as the app does.
  await act(() => settled(router));
  // Awaited, so that the lazy parts a step suspends on (its panels) have arrived.
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <AppServicesProvider value={services}>
        <RouterProvider
          router={router}
          flushSync={(fn) => {
            flushSync(fn);
          }}
        />
      </AppServicesProvider>,
    );
  });
  if (!result) throw new Error('the step did not render');
  return { ...result, router, services };
}
