import { Link } from 'react-router';
import { isEmptyCase } from '../../domain/case/link-codec';
import { useCaseLink } from '../../hooks/use-case-link';
import { routeTo } from '../../lib/route-to';

/** The ways out of a guide: all guides, and back to the case (or a new one). */
export function BackLinks() {
  const { params, case: current, model } = useCaseLink();
  return (
    <p className="mt-4 flex flex-wrap gap-4">
      <Link className="text-blue-800 underline" to={routeTo('/guides', params.toString())}>
        All guides
      </Link>
      {isEmptyCase(current, model) ? (
        <Link className="text-blue-800 underline" to="/">
          Start a triage
        </Link>
      ) : (
        <Link className="text-blue-800 underline" to={routeTo('/result', params.toString())}>
          Back to your diagnosis
        </Link>
      )}
    </p>
  );
}
