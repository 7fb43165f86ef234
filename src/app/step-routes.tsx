import { eventOfLink } from '../domain/case/link-codec';
import type { ComponentType } from 'react';
import type { LoaderFunctionArgs, RouteObject, ShouldRevalidateFunction } from 'react-router';
import type { EventModel } from '../domain/model/event-model';
import type { AppLoader } from '../lib/app-loader';
import { STEP_TABLE, type StepId } from '../domain/steps';
import { GatherStep } from '../features/gather/gather-step';
import { LogImport } from '../features/log-import/log-import';

/**
 * A step shows its event's words: the route waits for them, so the step draws once, whole,
 * and never suspends after a move (the step being left stays until it can). A failure
 * lands in the route's error page, whose retry loads them again.
 */
const eventModelLoader =
  (loader: AppLoader) =>
  ({ request }: LoaderFunctionArgs): Promise<EventModel> =>
    loader.model(loader.entryFor(eventOfLink(new URL(request.url).searchParams)));

/**
 * Typing rewrites the link at each key: only another event needs the loader again, or a
 * retry of the same address (the error page's "Try again").
 */
export const sameEventSameModel: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  currentUrl.href === nextUrl.href
    ? defaultShouldRevalidate
    : eventOfLink(currentUrl.searchParams) !== eventOfLink(nextUrl.searchParams);

/** The app composes features: the steps that open logs get the log import from here. */
function withLogImport(Step: ComponentType<{ LogImport: typeof LogImport }>) {
  return function StepWithLogImport() {
    return <Step LogImport={LogImport} />;
  };
}

function NoSuchStep(): never {
  throw new Error('A step of the table has no page.');
}

/** The steps that are not question steps, each with its own component, fetched when opened. */
const OWN_PAGES: Partial<Record<StepId, () => Promise<ComponentType>>> = {
  'event-log': async () =>
    withLogImport((await import('../features/event-log/event-log-step')).EventLogStep),
  result: async () => (await import('../features/result/result-step')).ResultStep,
};

/**
 * The wizard's routes, one per row of the steps table: the start step ships in the first
 * load, every other one arrives when opened; a question step is the one generic component.
 * The component-test router takes the same routes, with its own loader.
 */
export function stepRoutes(loader: AppLoader): RouteObject[] {
  const data = { loader: eventModelLoader(loader), shouldRevalidate: sameEventSameModel };
  return STEP_TABLE.map((row): RouteObject => {
    if (row.id === 'gather') return { index: true, Component: withLogImport(GatherStep) };
    if ('asks' in row) {
      const step = row.id;
      return {
        path: row.path.slice(1),
        ...data,
        lazy: async () => {
          const { QuestionStep } = await import('../features/question-step/question-step');
          return { Component: () => <QuestionStep step={step} /> };
        },
      };
    }
    const own = OWN_PAGES[row.id];
    return {
      path: row.path.slice(1),
      ...data,
      lazy: async () => ({ Component: own ? await own() : NoSuchStep }),
    };
  });
}
