import { Link } from 'react-router';
import type { OpenCheck } from '../../domain/describe-diagnosis';
import { STEP_PATHS, STEP_TITLES } from '../../domain/wizard-steps';

interface OpenChecksProps {
  checks: OpenCheck[];
  eventsNotLooked: boolean;
  eventId: number;
  search: string;
}

/** The questions that would settle the diagnosis, each a link to the step that asks it. */
export function OpenChecks({ checks, eventsNotLooked, eventId, search }: OpenChecksProps) {
  if (checks.length === 0) return null;
  return (
    <section className="mt-6" aria-labelledby="open-checks">
      <h2 id="open-checks" className="text-lg font-semibold">
        Checks that would settle it
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {checks.map((check) => (
          <li key={check.id}>
            <Link
              className="text-blue-800 underline"
              to={{ pathname: STEP_PATHS[check.step], search }}
            >
              {check.question}
            </Link>{' '}
            <span className="text-sm text-slate-700">({STEP_TITLES[check.step]})</span>
          </li>
        ))}
        {eventsNotLooked ? (
          <li>
            <Link
              className="text-blue-800 underline"
              to={{ pathname: STEP_PATHS['event-log'], search }}
            >
              Look for related events around the {eventId}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
