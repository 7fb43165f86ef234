import { lazy, Suspense, useCallback } from 'react';
import {
  Link,
  Outlet,
  useLocation,
  useNavigate,
  useNavigation,
  useRevalidator,
} from 'react-router';
import type { GuideId } from '../domain/guides/guide-ids';
import { GuidePrefetch } from '../components/guide-link';
import { useAppServices } from '../hooks/use-app-services';
import { useCaseLink } from '../hooks/use-case-link';
import { StepNav } from './step-nav';

// Only a link with values that could not be used needs the notice: it loads with such a link.
// The notice after New case loads with it, not with the start page.
const NewCaseNotice = lazy(async () => ({
  default: (await import('./new-case-notice')).NewCaseNotice,
}));

const DroppedValues = lazy(async () => ({
  default: (await import('./dropped-values')).DroppedValues,
}));

/** The history state of the empty case New case opens: its notice offers the way back. */
const NEW_CASE = 'new-case';

export function AppLayout() {
  const { dropped, cleaned, model, params } = useCaseLink();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const { loader, session } = useAppServices();
  // Loaded on demand, so that pages with guide links carry neither the guide code nor the
  // query library; a failed prefetch is the guide page's to report when it is opened.
  const prefetchGuide = useCallback(
    (id: GuideId) =>
      void Promise.all([import('../features/guides/guide-query'), loader.queryClient()]).then(
        ([{ guideQuery }, client]) => client.prefetchQuery(guideQuery(id)),
        () => undefined,
      ),
    [loader],
  );
  // The pastes stay in the tab: Undo and Back bring the previous case back whole.
  function newCase() {
    session.reset();
    void navigate('/', { state: NEW_CASE });
  }
  const justStarted = useLocation().state === NEW_CASE;
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
      >
        Skip to the step
      </a>
      <header className="bg-blue-900 text-white print:hidden">
        <div className="mx-auto flex max-w-4xl flex-wrap items-baseline justify-between gap-2 px-4 py-3 sm:flex-nowrap">
          <Link to="/" className="shrink-0 text-lg font-bold text-white">
            ENTSSO master secret triage
          </Link>
          <span className="flex min-w-0 items-baseline gap-4 text-sm text-blue-100">
            {/* One line whatever the event: a header that grows would move the page under the pointer. */}
            <span className="min-w-0 truncate" title={model.event.summary} data-testid="case-event">
              Event {model.event.id}: {model.event.summary}
            </span>
            <Link to="/guides" className="shrink-0 font-semibold text-white underline">
              Guides
            </Link>
            <button
              type="button"
              onClick={newCase}
              className="shrink-0 rounded border border-white px-2 py-0.5 font-semibold whitespace-nowrap text-white hover:bg-blue-800"
            >
              New case
            </button>
          </span>
        </div>
      </header>
      <main
        id="main"
        className="mx-auto max-w-4xl px-4 py-6"
        aria-busy={navigation.state === 'loading'}
        // What this render reads: tests wait for the link they set and its count of unusable values.
        data-case-link={params.toString()}
        data-dropped={dropped.length + cleaned.length}
      >
        <StepNav />
        {justStarted ? (
          <Suspense fallback={null}>
            <NewCaseNotice />
          </Suspense>
        ) : null}
        {dropped.length + cleaned.length > 0 ? (
          <Suspense fallback={null}>
            <DroppedValues dropped={dropped} cleaned={cleaned} />
          </Suspense>
        ) : null}
        <GuidePrefetch value={prefetchGuide}>
          {/* A part of a step that waits (a model's words) shows this, never a blank page. */}
          <Suspense fallback={<p role="status">Loading…</p>}>
            <Outlet />
          </Suspense>
        </GuidePrefetch>
      </main>
      <footer className="mx-auto max-w-4xl px-4 pb-8 text-sm text-slate-700 print:hidden">
        Runs entirely in your browser. What you paste stays in this tab; links carry only the values
        read from it.
      </footer>
    </div>
  );
}

/** A load that failed (a lost connection, a file gone after an update): try it again here. */
function LoadFailed({ title }: { title: string }) {
  const revalidator = useRevalidator();
  return (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2" role="alert">
        Part of this page could not be loaded: the connection may have dropped, or the site was
        updated meanwhile. Your case is still in the address.
      </p>
      <p className="mt-2 flex flex-wrap items-baseline gap-3">
        <button
          type="button"
          onClick={() => void revalidator.revalidate()}
          disabled={revalidator.state === 'loading'}
          className="rounded bg-blue-800 px-3 py-1 font-semibold text-white hover:bg-blue-900"
        >
          {revalidator.state === 'loading' ? 'Trying again…' : 'Try again'}
        </button>
        <Link className="text-blue-800 underline" to="/">
          Start a new case
        </Link>
      </p>
    </>
  );
}

export function RouteError() {
  return (
    <main className="mx-auto max-w-2xl p-6">
      <LoadFailed title="This page could not be shown" />
    </main>
  );
}

/** A step whose words could not be loaded: the frame and the step list stay. */
export function StepError() {
  return (
    <section>
      <LoadFailed title="This step could not be shown" />
    </section>
  );
}

export function NotFound() {
  return (
    <section>
      <h1 className="text-2xl font-bold">No such page</h1>
      <p className="mt-2">
        This link points at a page the tool does not have.{' '}
        <Link className="text-blue-800 underline" to="/">
          Start a new case
        </Link>
        .
      </p>
    </section>
  );
}
