import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useCaseLink } from '../hooks/use-case-link';

interface StepLayoutProps {
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
  primary?: { label: string; onClick: () => void };
  aside?: React.ReactNode;
}

/** False until the first step of this page load is on screen: a reload keeps its scroll. */
let arrivedBefore = false;

/**
 * The frame of a wizard step. A step opened from another one starts at its top with
 * its heading focused, so a person (or a screen reader) begins with what the step is
 * about, not where the last step was scrolled to.
 */
export function StepLayout({ title, intro, children, primary, aside }: StepLayoutProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const eventId = useCaseLink().model.event.id;
  useEffect(() => {
    document.title = `${title} · event ${eventId} · ENTSSO master secret triage`;
  }, [title, eventId]);
  useEffect(() => {
    if (arrivedBefore) {
      window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
      heading.current?.focus({ preventScroll: true });
    } else if (document.activeElement === document.body) {
      heading.current?.focus({ preventScroll: true });
    }
    arrivedBefore = true;
  }, [pathname]);
  return (
    <section aria-labelledby="step-heading">
      <h1
        id="step-heading"
        ref={heading}
        tabIndex={-1}
        className="mb-2 text-2xl font-bold text-slate-900 focus:outline-none"
      >
        {title}
      </h1>
      {intro ? <div className="mb-4 text-slate-800">{intro}</div> : null}
      {/* A form, so that Enter in a field presses the step's primary button. */}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          primary?.onClick();
        }}
      >
        {children}
        {primary || aside ? (
          <div className="mt-6 flex flex-wrap items-center gap-4 border-t border-slate-300 pt-4">
            {primary ? (
              <button
                type="submit"
                className="rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900 print:hidden"
              >
                {primary.label}
              </button>
            ) : null}
            {aside}
          </div>
        ) : null}
      </form>
    </section>
  );
}
