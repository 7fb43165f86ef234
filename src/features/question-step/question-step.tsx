import {
  caseField,
  CASE_FIELDS,
  fieldError,
  fieldHint,
  fieldNote,
} from '../../domain/case/case-fields';
import { stepRow, type CheckStep } from '../../domain/steps';
import { CheckList } from '../../components/check-list';
import { CollectorPanel } from '../../components/collector-panel';
import { GuideLink } from '../../components/guide-link';
import { SsoDbFacts } from '../../components/sso-db-facts';
import { StepLayout } from '../../components/step-layout';
import { TextField } from '../../components/text-field';
import { useCaseLink } from '../../hooks/use-case-link';
import { useEventModel } from '../../hooks/use-event-model';
import { useWizardNav } from '../../hooks/use-wizard-nav';
import { OneAccountPanel } from './one-account-panel';

/**
 * Every question step: its row of the steps table says how it is laid out, the model says
 * what it asks and why. A new question step needs a row, not a component.
 */
export function QuestionStep({ step }: { step: CheckStep }) {
  const { params, case: state, update } = useCaseLink();
  const model = useEventModel();
  const { primaryFor } = useWizardNav();
  const row = stepRow(step);
  const asks = row.asks ?? { collector: false, fold: false };
  const words = model.text.steps[step];
  const about = asks.about ? state[asks.about.field] : undefined;
  // The case fields this step asks for itself; with the collector they are the SSO
  // database's own record, shown with the command that reads it.
  const fields = asks.collector ? [] : CASE_FIELDS.filter((f) => f.step === step);
  return (
    <StepLayout
      title={row.heading}
      intro={
        <p>
          {words?.intro}
          {asks.about && about ? (
            <>
              {' '}
              {asks.about.before} <strong>{about}</strong> {asks.about.after}
            </>
          ) : null}{' '}
          Answer what you can; &quot;Not checked&quot; is fine.
          {words?.guide ? (
            <>
              {' '}
              Guide: <GuideLink id={words.guide} />.
            </>
          ) : null}
        </p>
      }
      primary={primaryFor(step)}
    >
      {asks.collector ? (
        <>
          <CollectorPanel backup={state.backup} />
          <SsoDbFacts lead="Run this on any SSO server and copy three values: they fill the commands below and in the guides." />
        </>
      ) : null}
      {fields.map((field) => {
        const raw = params.get(field.name);
        return (
          <TextField
            key={field.name}
            name={field.name}
            label={caseField(field.name).label}
            value={raw ?? ''}
            onChange={(value) =>
              update({ values: { [field.name]: value } }, { typedIn: field.name })
            }
            hint={[fieldHint(field), fieldNote(field.name, raw)].filter(Boolean).join(' ')}
            error={fieldError(field.name, raw)}
          />
        );
      })}
      {words?.notes?.map((note) => (
        <p
          key={note}
          className="mb-4 rounded border border-amber-700 bg-amber-50 p-3 text-sm text-slate-900"
        >
          {note}
        </p>
      ))}
      <OneAccountPanel step={step} />
      <CheckList model={model} step={step} fold={asks.fold} />
    </StepLayout>
  );
}
