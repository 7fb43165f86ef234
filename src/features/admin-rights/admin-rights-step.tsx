import { ENTSSO_10526 } from '../../domain/model/entsso-10526';
import { CheckList } from '../../components/check-list';
import { StepLayout } from '../../components/step-layout';
import { useCaseLink } from '../../hooks/use-case-link';
import { useWizardNav } from '../../hooks/use-wizard-nav';

export function AdminRightsStep() {
  const { case: state } = useCaseLink();
  const { primaryFor } = useWizardNav();
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
      <CheckList model={ENTSSO_10526} step="admin-rights" />
    </StepLayout>
  );
}
