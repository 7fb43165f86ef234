import { useEventModel } from '../../hooks/use-event-model';
import { CheckList } from '../../components/check-list';
import { CollectorPanel } from '../../components/collector-panel';
import { SsoDbFacts } from '../../components/sso-db-facts';
import { GuideLink } from '../../components/guide-link';
import { StepLayout } from '../../components/step-layout';
import { useCaseLink } from '../../hooks/use-case-link';
import { useWizardNav } from '../../hooks/use-wizard-nav';

/** The questions about the master secret server, asked from a server that could not reach it. */
export function SecretServerStep() {
  const { case: state } = useCaseLink();
  const model = useEventModel();
  const { primaryFor } = useWizardNav();
  const text = model.text.steps['secret-server'];
  return (
    <StepLayout
      title="Check the master secret server"
      intro={
        <>
          <p>
            {text?.intro}
            {state.triedserver ? (
              <>
                {' '}
                The event names <strong>{state.triedserver}</strong> as the server it tried.
              </>
            ) : null}{' '}
            Answer what you can; &quot;Not checked&quot; is fine.
            {text?.guide ? (
              <>
                {' '}
                Background: <GuideLink id={text.guide} />.
              </>
            ) : null}
          </p>
          {text?.notes?.map((note) => (
            <p key={note} className="mt-2 rounded border border-amber-700 bg-amber-50 p-2">
              {note}
            </p>
          ))}
        </>
      }
      primary={primaryFor('secret-server')}
    >
      <CollectorPanel backup={state.backup} />
      <SsoDbFacts lead="Run this on any SSO server and copy three values: they fill the commands below." />
      <CheckList model={model} step="secret-server" fold />
    </StepLayout>
  );
}
