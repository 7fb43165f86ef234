import { createHashRouter, type LoaderFunctionArgs } from 'react-router';
import { loadDecision, modelFor } from '../domain/model/registry';
import { repairMalformedHash } from '../lib/repair-location';
import { AppLayout, NotFound, RouteError } from './app-layout';
import { sameEventSameModel, stepRoutes } from './step-routes';

function Loading() {
  return <p role="status">Loading…</p>;
}

/** Every page reads the case by its event's decision: a link naming a sibling loads it first. */
async function decisionLoader({ request }: LoaderFunctionArgs): Promise<null> {
  await loadDecision(modelFor(new URL(request.url).searchParams.get('event')));
  return null;
}

// Hash routing lets the built files work from any static host or sub-folder without rewrites.
// Only the start step ships in the first load; the others are fetched when opened.
repairMalformedHash();
export const router = createHashRouter([
  {
    path: '/',
    loader: decisionLoader,
    shouldRevalidate: sameEventSameModel,
    Component: AppLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: Loading,
    children: [
      ...stepRoutes(),
      {
        // The query library and the guide code arrive only with the first guide.
        path: 'guides',
        lazy: async () => ({
          Component: (await import('../components/content-provider')).ContentRoute,
        }),
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/guides/guides-index')).GuidesIndex,
            }),
          },
          {
            path: ':id',
            lazy: async () => {
              const [route, page, error] = await Promise.all([
                import('../features/guides/guide-route'),
                import('../features/guides/guide-page'),
                import('../features/guides/guide-error'),
              ]);
              return {
                loader: route.guideLoader,
                shouldRevalidate: route.guideShouldRevalidate,
                Component: page.GuidePage,
                ErrorBoundary: error.GuideError,
              };
            },
          },
        ],
      },
      { path: '*', Component: NotFound },
    ],
  },
]);
