import { useEventModel } from '../../hooks/use-event-model';
import { CheckList } from '../../components/check-list';
import { CollectorPanel } from '../../components/collector-panel';
import { SsoDbFacts } from '../../components/sso-db-facts';
import { StepLayout } from '../../components/step-layout';
import { useCaseLink } from '../../hooks/use-case-link';
import { useWizardNav } from '../../hooks/use-wizard-nav';

export function AdminRightsStep() {
  const { case: state } = useCaseLink();
  const model = useEventModel();
  const { primaryFor } = useWizardNav();
  return (
    <StepLayout
      title="Check admin rights"
      intro={
        <p>
          {model.text.steps['admin-rights']?.intro}
          {state.user ? (
            <>
              {' '}
              The account that asked: <strong>{state.user}</strong>.
            </>
          ) : null}{' '}
          Answer what you can; &quot;Not checked&quot; is fine.
        </p>
      }
      primary={primaryFor('admin-rights')}
    >
      <CollectorPanel backup={state.backup} />
      <SsoDbFacts lead="Run this on any SSO server and copy three values: they fill the commands below and in the guides." />
      <CheckList model={model} step="admin-rights" fold />
    </StepLayout>
  );
}
