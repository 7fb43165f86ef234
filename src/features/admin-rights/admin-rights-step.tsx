import { caseValues } from '../../domain/commands/fill-command';
import { CHECK_STEP, CHECKS } from '../../domain/model/checks';
import { CheckQuestion } from '../../components/check-question';
import { StepLayout } from '../../components/step-layout';
import { useTriage } from '../../components/use-triage';

export function AdminRightsStep() {
  const { state, update, primaryFor } = useTriage();
  const values = caseValues(state);
  return (
    <StepLayout
      title="Check admin rights"
      intro={
        <p>
          Generating a master secret needs all of these at once
          {state.user ? (
            <>
              {' '}
              for <strong>{state.user}</strong>
            </>
          ) : null}
          . Answer what you can; &quot;Not checked&quot; is fine.
        </p>
      }
      primary={primaryFor('admin-rights')}
    >
      {CHECKS.filter((c) => CHECK_STEP[c.id] === 'admin-rights').map((check) => (
        <CheckQuestion
          key={check.id}
          check={check}
          values={values}
          value={state.answers[check.id]}
          onChange={(answer) => update({ [check.id]: answer }, { push: true })}
        />
      ))}
    </StepLayout>
  );
}
