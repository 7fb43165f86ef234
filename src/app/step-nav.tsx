import { NavLink, useSearchParams } from 'react-router';
import { STEP_PATHS, STEP_TITLES, STEPS } from '../domain/wizard-steps';

/** Every step stays reachable: the wizard suggests a path but never locks one. */
export function StepNav() {
  const [params] = useSearchParams();
  const search = params.toString();
  return (
    <nav aria-label="Steps" className="mb-6">
      <ol className="flex flex-wrap gap-2 text-sm">
        {STEPS.map((step, i) => (
          <li key={step}>
            <NavLink
              end
              to={{ pathname: STEP_PATHS[step], search }}
              className={({ isActive }) =>
                `inline-block rounded-full border px-3 py-1 ${
                  isActive
                    ? 'border-blue-800 bg-blue-800 text-white'
                    : 'border-slate-500 bg-white text-slate-900 hover:bg-slate-100'
                }`
              }
              aria-current={undefined}
            >
              {({ isActive }) => (
                <span aria-current={isActive ? 'step' : undefined}>
                  {i + 1}. {STEP_TITLES[step]}
                </span>
              )}
            </NavLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
