import { act, render, type RenderResult } from '@testing-library/react';
import { Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createMemoryRouter, Outlet, RouterProvider, type DataRouter } from 'react-router';
import { stepRoutes } from '../app/step-routes';
import { ModelRegistryProvider } from '../hooks/use-case-link';
import { loadModel } from '../domain/model/registry';
import { TEST_REGISTRY } from './test-registry';

/** The wizard's steps at their link paths, without the page frame. */
const STEP_ROUTES = [
  {
    path: '/',
    Component: () => (
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Outlet />
      </Suspense>
    ),
    children: [...stepRoutes({ loaders: false })],
  },
];

/**
 * Renders a step as a shared link would open it, choosing from the test registry. The
 * models' words are loaded first, as the page does while the step's code arrives.
 */
export async function renderStep(url: string): Promise<RenderResult & { router: DataRouter }> {
  await Promise.all(TEST_REGISTRY.map(loadModel));
  const router = createMemoryRouter(STEP_ROUTES, { initialEntries: [url] });
  // Awaited, so that the lazy parts a step suspends on (its panels) have arrived.
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <ModelRegistryProvider value={TEST_REGISTRY}>
        <RouterProvider
          router={router}
          flushSync={(fn) => {
            flushSync(fn);
          }}
        />
      </ModelRegistryProvider>,
    );
  });
  if (!result) throw new Error('the step did not render');
  return { ...result, router };
}
