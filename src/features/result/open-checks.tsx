import { Link } from 'react-router';
import type { OpenCheck } from '../../domain/diagnosis/describe-diagnosis';
import { STEP_PATHS, STEP_TITLES } from '../../domain/steps';
import { routeTo } from '../../lib/route-to';

interface OpenChecksProps {
  checks: OpenCheck[];
  /** Folded away when a question on the page already settles the diagnosis. */
  collapsed?: boolean;
  eventsNotLooked: boolean;
  eventId: number;
  search: string;
}

/** The questions that would settle the diagnosis, each a link to the step that asks it. */
export function OpenChecks({
  checks,
  collapsed = false,
  eventsNotLooked,
  eventId,
  search,
}: OpenChecksProps) {
  if (checks.length === 0) return null;
  return (
    <details className="mt-6 print:hidden" open={!collapsed} aria-labelledby="open-checks">
      <summary className="cursor-pointer">
        <h2 id="open-checks" className="inline text-lg font-semibold">
          {collapsed ? 'Other checks' : 'Checks that would settle it'}
        </h2>
      </summary>
      <ul className="mt-2 list-disc pl-5">
        {checks.map((check) => (
          <li key={check.id}>
            <Link className="text-blue-800 underline" to={routeTo(STEP_PATHS[check.step], search)}>
              {check.question}
            </Link>{' '}
            <span className="text-sm text-slate-700">({STEP_TITLES[check.step]})</span>
          </li>
        ))}
        {eventsNotLooked ? (
          <li>
            <Link className="text-blue-800 underline" to={routeTo(STEP_PATHS['event-log'], search)}>
              Look for related events around the {eventId}
            </Link>
          </li>
        ) : null}
      </ul>
    </details>
  );
}
