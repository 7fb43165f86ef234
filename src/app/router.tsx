import type { ComponentType } from 'react';
import {
  createHashRouter,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunction,
} from 'react-router';
import { loadDecision, loadModel, modelFor } from '../domain/model/registry';
import { GatherStep } from '../features/gather/gather-step';
import { LogImport } from '../features/log-import/log-import';
import { repairMalformedHash } from '../lib/repair-location';
import { AppLayout, NotFound, RouteError } from './app-layout';

function Loading() {
  return <p role="status">Loading…</p>;
}

/**
 * A step shows its event's words: the route waits for them, so the step draws once, whole,
 * and never suspends after a move (the step being left stays until it can).
 */
async function eventModelLoader({ request }: LoaderFunctionArgs): Promise<null> {
  await loadModel(modelFor(new URL(request.url).searchParams.get('event')));
  return null;
}

/** Every page reads the case by its event's decision: a link naming a sibling loads it first. */
async function decisionLoader({ request }: LoaderFunctionArgs): Promise<null> {
  await loadDecision(modelFor(new URL(request.url).searchParams.get('event')));
  return null;
}

/** Typing rewrites the link at each key: only another event needs the loader again. */
const sameEventSameModel: ShouldRevalidateFunction = ({ currentUrl, nextUrl }) =>
  currentUrl.searchParams.get('event') !== nextUrl.searchParams.get('event');

/** The app composes features: the steps that open logs get the log import from here. */
function withLogImport(Step: ComponentType<{ LogImport: typeof LogImport }>) {
  return function StepWithLogImport() {
    return <Step LogImport={LogImport} />;
  };
}

const stepRoute = { loader: eventModelLoader, shouldRevalidate: sameEventSameModel };

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
      { index: true, Component: withLogImport(GatherStep) },
      {
        path: 'event-log',
        ...stepRoute,
        lazy: async () => ({
          Component: withLogImport(
            (await import('../features/event-log/event-log-step')).EventLogStep,
          ),
        }),
      },
      {
        path: 'admin-rights',
        ...stepRoute,
        lazy: async () => ({
          Component: (await import('../features/admin-rights/admin-rights-step')).AdminRightsStep,
        }),
      },
      {
        path: 'backup-file',
        ...stepRoute,
        lazy: async () => ({
          Component: (await import('../features/backup-file/backup-file-step')).BackupFileStep,
        }),
      },
      {
        path: 'secret-server',
        ...stepRoute,
        lazy: async () => ({
          Component: (await import('../features/secret-server/secret-server-step'))
            .SecretServerStep,
        }),
      },
      {
        path: 'result',
        ...stepRoute,
        lazy: async () => ({
          Component: (await import('../features/result/result-step')).ResultStep,
        }),
      },
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
