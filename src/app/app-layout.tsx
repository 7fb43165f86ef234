import { lazy, Suspense } from 'react';
import { Link, Outlet, useNavigate, useNavigation } from 'react-router';
import type { GuideId } from '../domain/guides/guide-ids';
import { GuidePrefetch } from '../components/guide-link';
import { useCaseLink } from '../hooks/use-case-link';
import { clearPastes } from '../lib/paste-store';
import { StepNav } from './step-nav';

// Loaded on demand, so that pages with guide links carry neither the guide code nor the query library.
function prefetchGuide(id: GuideId): void {
  void Promise.all([import('../features/guides/guide-query'), import('../lib/query-client')]).then(
    ([{ guideQuery }, { queryClient }]) => queryClient.prefetchQuery(guideQuery(id)),
  );
}

// Only a link with values that could not be used needs the notice: it loads with such a link.
const DroppedValues = lazy(async () => ({
  default: (await import('./dropped-values')).DroppedValues,
}));

export function AppLayout() {
  const { dropped, cleaned, model, params } = useCaseLink();
  const navigation = useNavigation();
  const navigate = useNavigate();
  function newCase() {
    clearPastes();
    navigate('/');
  }
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
      >
        Skip to the step
      </a>
      <header className="bg-blue-900 text-white print:hidden">
        <div className="mx-auto flex max-w-4xl flex-wrap items-baseline justify-between gap-2 px-4 py-3">
          <Link to="/" className="text-lg font-bold text-white">
            ENTSSO event {model.event.id} triage
          </Link>
          <span className="flex items-baseline gap-4 text-sm text-blue-100">
            {model.event.summary.charAt(0).toUpperCase() + model.event.summary.slice(1)}
            <Link to="/guides" className="font-semibold text-white underline">
              Guides
            </Link>
            <button
              type="button"
              onClick={newCase}
              className="rounded border border-white px-2 py-0.5 font-semibold text-white hover:bg-blue-800"
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
        {dropped.length + cleaned.length > 0 ? (
          <Suspense fallback={null}>
            <DroppedValues dropped={dropped} cleaned={cleaned} />
          </Suspense>
        ) : null}
        <GuidePrefetch value={prefetchGuide}>
          <Outlet />
        </GuidePrefetch>
      </main>
      <footer className="mx-auto max-w-4xl px-4 pb-8 text-sm text-slate-700 print:hidden">
        Runs entirely in your browser. What you paste stays in this tab; links carry only the values
        read from it.
      </footer>
    </div>
  );
}

export function RouteError() {
  return (
    <main className="mx-auto max-w-2xl p-6">
      <h1 className="text-2xl font-bold">This page could not be shown</h1>
      <p className="mt-2">
        Something went wrong while loading it.{' '}
        <Link className="text-blue-800 underline" to="/">
          Start a new case
        </Link>
        , or reload the page.
      </p>
    </main>
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
