import { eventOfLink } from '../domain/case/link-codec';
import { createHashRouter, type LoaderFunctionArgs } from 'react-router';
import type { DecisionModel } from '../domain/model/event-model';
import type { AppServices } from '../hooks/use-app-services';
import { repairMalformedHash } from '../lib/repair-location';
import { AppLayout, NotFound, RouteError, StepError } from './app-layout';
import { sameEventSameModel, stepRoutes } from './step-routes';

function Loading() {
  return <p role="status">Loading…</p>;
}

/**
 * The app's routes over the services it created at its root: every loader loads through
 * that one loader, so the registry it was given is the one every page picks from.
 */
export function appRoutes({ loader }: AppServices) {
  /** Every page reads the case by its event's decision: a link naming a sibling loads it first. */
  const decisionLoader = ({ request }: LoaderFunctionArgs): Promise<DecisionModel> =>
    loader.decision(loader.entryFor(eventOfLink(new URL(request.url).searchParams)));

  return [
    {
      path: '/',
      loader: decisionLoader,
      shouldRevalidate: sameEventSameModel,
      Component: AppLayout,
      ErrorBoundary: RouteError,
      HydrateFallback: Loading,
      children: [
        ...stepRoutes(loader).map((route) => ({ ...route, ErrorBoundary: StepError })),
        {
          // The query library and the guide code arrive only with the first guide.
          path: 'guides',
          lazy: async () => {
            const [provider, client] = await Promise.all([
              import('../components/content-provider'),
              loader.queryClient(),
            ]);
            return { Component: provider.contentRoute(client) };
          },
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
                  loader: route.guideLoader(loader),
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
  ];
}

/**
 * Hash routing lets the built files work from any static host or sub-folder without
 * rewrites. Only the start step ships in the first load; the others are fetched when opened.
 */
export function createAppRouter(services: AppServices) {
  repairMalformedHash();
  return createHashRouter(appRoutes(services));
}
