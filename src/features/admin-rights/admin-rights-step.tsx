import { useEventModel } from '../../hooks/use-event-model';
import { CaseFieldGrid } from '../../components/case-field-grid';
import { CheckList } from '../../components/check-list';
import { CollectorPanel } from '../../components/collector-panel';
import { CommandBlock } from '../../components/command-block';
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
      <section
        className="mb-6 rounded border border-slate-300 bg-white p-4"
        aria-labelledby="sso-db-facts"
      >
        <h2 id="sso-db-facts" className="font-semibold text-slate-900">
          What the SSO database records
        </h2>
        <p className="text-sm text-slate-700">
          Run this on any SSO server and copy three values: they fill the commands below and in the
          guides.
        </p>
        <CommandBlock title="ssomanage" shell="cmd" command="ssomanage -displaydb" />
        <CaseFieldGrid step="admin-rights" />
      </section>
      <CheckList model={model} step="admin-rights" fold />
    </StepLayout>
  );
}
