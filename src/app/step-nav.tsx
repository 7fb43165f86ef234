import { Link, useLocation } from 'react-router';
import { stepsOf } from '../domain/diagnosis/wizard-steps';
import { STEP_PATHS, STEP_TITLES } from '../domain/steps';
import { routeTo } from '../lib/route-to';
import { useCaseLink } from '../hooks/use-case-link';

/** Every step stays reachable: the wizard suggests a path but never locks one. */
export function StepNav() {
  const { params, model } = useCaseLink();
  const { pathname } = useLocation();
  const search = params.toString();
  return (
    <nav aria-label="Steps" className="mb-6 print:hidden">
      <ol className="flex flex-wrap gap-2 text-sm">
        {stepsOf(model).map((step, i) => {
          const active = STEP_PATHS[step] === pathname;
          return (
            <li key={step}>
              <Link
                to={routeTo(STEP_PATHS[step], search)}
                aria-current={active ? 'step' : undefined}
                className={`inline-block rounded-full border px-3 py-1 ${
                  active
                    ? 'border-blue-800 bg-blue-800 text-white'
                    : 'border-slate-500 bg-white text-slate-900 hover:bg-slate-100'
                }`}
              >
                {i + 1}. {STEP_TITLES[step]}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
