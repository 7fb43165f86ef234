import { CheckList } from '../../components/check-list';
import { StepLayout } from '../../components/step-layout';
import { useTriage } from '../../components/use-triage';

export function AdminRightsStep() {
  const { state, primaryFor } = useTriage();
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
      <CheckList step="admin-rights" />
    </StepLayout>
  );
}
