import { caseValues } from '../../domain/commands/fill-command';
import { describeDiagnosis } from '../../domain/describe-diagnosis';
import { ENTSSO_10526 as model } from '../../domain/model/entsso-10526';
import { ticketSummary } from '../../domain/ticket-summary';
import { StepLayout } from '../../components/step-layout';
import { useCaseLink } from '../../hooks/use-case-link';
import { useCollected } from '../../hooks/use-collected';
import { useDiagnosis } from '../../hooks/use-diagnosis';
import { useWizardNav } from '../../hooks/use-wizard-nav';
import { CaseFacts } from './case-facts';
import { CauseCard } from './cause-card';
import { OpenChecks } from './open-checks';
import { RuledOut } from './ruled-out';
import { ShareLink } from './share-link';

export function ResultStep() {
  const { params, case: current } = useCaseLink();
  const diagnosis = useDiagnosis();
  const { shareHref } = useWizardNav();
  const block = useCollected();
  const collected = Object.fromEntries(
    Object.entries(block?.changes ?? {}).map(([k, value]) => [
      k,
      { value, detail: block?.detail[k] ?? '' },
    ]),
  );
  const described = describeDiagnosis(model, current, diagnosis, collected);

  return (
    <StepLayout
      title="Diagnosis"
      intro={<p>{described.headline}</p>}
      aside={
        <ShareLink
          href={shareHref('result')}
          summary={(link) => ticketSummary(model, described, link)}
        />
      }
    >
      <CaseFacts facts={described.facts} />

      {described.notes.length > 0 ? (
        <ul className="mb-4 list-disc rounded border border-amber-700 bg-amber-50 py-2 pr-3 pl-8 text-sm">
          {described.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}

      <ol className="space-y-4" aria-label="Causes, most likely first">
        {described.causes.map((cause, index) => (
          <CauseCard
            key={cause.id}
            cause={cause}
            leading={index === 0}
            values={caseValues(current)}
          />
        ))}
      </ol>

      <OpenChecks
        checks={described.openChecks}
        eventsNotLooked={described.eventsNotLooked}
        eventId={model.event.id}
        search={params.toString()}
      />
      <RuledOut causes={described.ruledOut} />
    </StepLayout>
  );
}
