import { caseValues } from '../../domain/commands/fill-command';
import { describeDiagnosis } from '../../domain/diagnosis/describe-diagnosis';
import { mostUsefulChecks } from '../../domain/diagnosis/checks-to-ask';
import { useEventModel } from '../../hooks/use-event-model';
import { pictureOf } from '../../domain/diagnosis/picture';
import { nextCollectorRun } from '../../domain/diagnosis/computers';
import { ticketSummary } from '../../domain/diagnosis/ticket-summary';
import { CheckQuestion } from '../../components/check-question';
import { StepLayout } from '../../components/step-layout';
import { useCaseLink } from '../../hooks/use-case-link';
import { collectedFor, useCollected } from '../../hooks/use-collected';
import { useDiagnosis } from '../../hooks/use-diagnosis';
import { useWizardNav } from '../../hooks/use-wizard-nav';
import { pageAddress } from '../../lib/page-address';
import { blockOrigins } from '../../domain/collector/block';
import { CaseFacts } from './case-facts';
import { Disagreements } from './disagreements';
import { OtherHalfStory } from './other-half';
import { halfWords, type Sides } from '../../domain/diagnosis/half-words';
import type { Case } from '../../domain/case/case';
import type { OtherHalf } from '../../domain/case/other-half';
import { CauseCard } from './cause-card';
import { OpenChecks } from './open-checks';
import { StartHere } from './start-here';
import { RuledOut } from './ruled-out';
import { ShareLink } from './share-link';
import { WhereItBroke } from './where-it-broke';
import { PrintTitle, standingOf } from './print-title';

/** The other half of the fetch, as the ticket says it. */
function otherHalfLines(current: Case, sides: Sides, half: OtherHalf): string[] {
  const said = halfWords(current, sides, half);
  return [said.heading, said.sentence, ...said.notes];
}

export function ResultStep() {
  const { params, case: current, update } = useCaseLink();
  const model = useEventModel();
  const diagnosis = useDiagnosis();
  const { shareHref } = useWizardNav();
  const block = useCollected();
  // The block pasted in this tab, for a link that does not say where its answers came from.
  const pastedOrigins = block ? blockOrigins(block).origins : {};
  const collected = Object.fromEntries(
    Object.entries(block?.changes ?? {}).map(([k, value]) => [
      k,
      { value, detail: block?.detail[k] ?? '', origin: pastedOrigins[k] },
    ]),
  );
  const described = describeDiagnosis(model, current, diagnosis, collected);
  const values = caseValues(current, model);
  const settled = described.decided || described.undecidedFallback;
  const splitter = described.splitter;
  const splitterText = splitter ? model.text.checks[splitter.id] : undefined;
  // With no cause named, the two checks that move it most are asked at the top.
  const startChecks = described.undecidedFallback ? mostUsefulChecks(model, current, 2) : [];
  const sides: Sides | undefined = model.otherHalf && {
    side: model.otherHalf.side,
    caseEvent: model.event.id,
  };
  // Where the evidence that would move the diagnosis most is: that computer, by name.
  const next = nextCollectorRun(model, current, splitter?.id ?? startChecks[0]);

  return (
    <StepLayout
      title="Diagnosis"
      intro={<p data-testid="headline">{described.headline}</p>}
      aside={
        <>
          <ShareLink
            href={shareHref('result')}
            summary={(link) =>
              ticketSummary(model, described, link, values, [
                ...(next ? [next] : []),
                ...(current.half && sides ? otherHalfLines(current, sides, current.half) : []),
              ])
            }
          />
          <button
            type="button"
            onClick={() => window.print()}
            className="rounded border border-slate-600 bg-white px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 print:hidden"
          >
            Print or save as PDF
          </button>
        </>
      }
    >
      <PrintTitle
        event={`ENTSSO event ${model.event.id}: ${model.event.summary}`}
        computer={current.host}
        time={current.time}
        standing={standingOf(described)}
      />
      <CaseFacts facts={described.facts} />
      {current.half && sides ? (
        <OtherHalfStory current={current} sides={sides} half={current.half} />
      ) : null}
      {next ? (
        <p className="mb-4 font-medium text-blue-950" data-testid="next-collector">
          {next}
        </p>
      ) : null}
      <Disagreements items={described.disagree} />

      {described.notes.length > 0 ? (
        <ul className="mb-4 list-disc rounded border border-amber-700 bg-amber-50 py-2 pr-3 pl-8 text-sm">
          {described.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}

      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-6">
        <div>
          {splitter && splitterText ? (
            <section
              className="mb-4 print:hidden"
              aria-labelledby="splitter"
              data-testid="splitter"
            >
              <h2 id="splitter" className="text-lg font-semibold">
                {described.decided
                  ? 'The question that would confirm it'
                  : 'The question that settles it'}
              </h2>
              <CheckQuestion
                id={splitter.id}
                check={splitterText}
                values={values}
                value={current.answers[splitter.id]}
                collected={collectedFor(block, splitter.id, current.answers[splitter.id], current)}
                askMissing
                onChange={(answer) => update({ answers: { [splitter.id]: answer } })}
              />
            </section>
          ) : null}
          {splitter && splitterText && current.answers[splitter.id] === undefined ? (
            <p className="mb-4 hidden print:block" data-testid="print-splitter">
              <strong>
                {described.decided ? 'Would confirm it' : 'Would settle it'}, not answered yet:
              </strong>{' '}
              {splitterText.question}
            </p>
          ) : null}

          {described.undecidedFallback ? (
            <>
              <StartHere
                checks={startChecks.flatMap((id) => {
                  const text = model.text.checks[id];
                  return text ? [{ id, text, value: current.answers[id] }] : [];
                })}
                values={values}
                backup={current.backup}
                hasCode={current.code !== undefined}
                onAnswer={(id, answer) => update({ answers: { [id]: answer } })}
              />
              <details className="mb-4" data-testid="fallback-advice">
                <summary className="cursor-pointer font-semibold text-blue-900">
                  Other places to look while no cause is named
                </summary>
                <ol className="mt-2 space-y-3" aria-label="General advice">
                  {described.causes.slice(0, 1).map((cause) => (
                    <CauseCard
                      key={cause.id}
                      cause={cause}
                      leading
                      collapsed={false}
                      values={values}
                    />
                  ))}
                </ol>
              </details>
              {/* The suspects the event's own page names: possible only, shown, not folded away. */}
              {described.causes.length > 1 ? (
                <section className="mb-4" aria-labelledby="suspects">
                  <h2 id="suspects" className="text-lg font-semibold">
                    Suspects the event&apos;s own page names (possible, not confirmed)
                  </h2>
                  <ol className="mt-2 space-y-3" aria-label="Suspects, not confirmed">
                    {described.causes.slice(1).map((cause) => (
                      <CauseCard
                        key={cause.id}
                        cause={cause}
                        leading={false}
                        collapsed
                        values={values}
                      />
                    ))}
                  </ol>
                </section>
              ) : null}
            </>
          ) : (
            <ol className="space-y-3" aria-label="Causes, most likely first">
              {described.causes.map((cause, index) => (
                <CauseCard
                  key={cause.id}
                  cause={cause}
                  leading={index === 0}
                  collapsed={!(settled && index === 0)}
                  values={values}
                  howToCheck={cause.uncheckedId ? model.text.checks[cause.uncheckedId] : undefined}
                />
              ))}
            </ol>
          )}

          {described.verify.length > 0 ? (
            <section
              className="mt-4 break-inside-avoid rounded border border-slate-300 bg-white p-4"
              aria-labelledby="verify"
              data-testid="verify"
            >
              <h2 id="verify" className="text-lg font-semibold">
                Then verify
              </h2>
              <ol className="list-decimal pl-5 text-sm">
                {described.verify.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </section>
          ) : null}
        </div>
        <aside className="mt-6 lg:mt-0">
          <WhereItBroke parts={pictureOf(model.text.picture, current, diagnosis, model)} />
        </aside>
      </div>

      <OpenChecks
        checks={described.openChecks.filter(
          (c) => c.id !== splitter?.id && !startChecks.includes(c.id),
        )}
        collapsed={splitter !== undefined}
        eventsNotLooked={described.eventsNotLooked}
        eventId={model.event.id}
        search={params.toString()}
      />
      <RuledOut causes={described.ruledOut} />
      <p className="mt-6 hidden text-sm break-all print:block" data-testid="print-link">
        Link to this diagnosis: {pageAddress()}
        {shareHref('result')}
      </p>
    </StepLayout>
  );
}
