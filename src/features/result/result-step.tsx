import { Link } from 'react-router';
import { decodeCode } from '../../domain/codes/decode-code';
import type { RankedCause } from '../../domain/diagnose';
import { describeNote, describeTrigger, describeUnknown } from '../../domain/describe-evidence';
import { AFTER_FIX, findCause, learnUrl } from '../../domain/model/causes';
import { CHECK_STEP, findCheck } from '../../domain/model/checks';
import { ticketSummary } from '../../domain/ticket-summary';
import { STEP_PATHS, STEP_TITLES } from '../../domain/wizard-steps';
import { GuideLink } from '../../components/guide-link';
import { StepLayout } from '../../components/step-layout';
import { useTriage } from '../../components/use-triage';
import { ShareLink } from './share-link';

export function ResultStep() {
  const { params, state, diagnosis, shareHref } = useTriage();
  const decoded = state.code ? decodeCode(parseInt(state.code.slice(2), 16)) : undefined;
  const top = diagnosis.ranked[0];

  return (
    <StepLayout
      title="Diagnosis"
      intro={
        <p>
          {top?.cause === 'unknown'
            ? 'Not enough evidence yet to name a cause. The checks below would decide it.'
            : diagnosis.decided
              ? 'The evidence points at one cause. Fix it, then verify.'
              : 'Several causes fit the evidence so far; they are listed from most to least likely.'}
        </p>
      }
      aside={
        <ShareLink
          href={shareHref('result')}
          summary={(link) => ticketSummary(state, diagnosis, link)}
        />
      }
    >
      <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded border border-slate-300 bg-white p-3 text-sm">
        <dt className="font-semibold">Error code</dt>
        <dd className="font-mono">
          {state.code ?? 'not given'}
          {decoded && decoded.names.length > 0 ? ` ${decoded.names.join(' / ')}` : ''}
        </dd>
        {state.user ? (
          <>
            <dt className="font-semibold">Client user</dt>
            <dd className="break-all">{state.user}</dd>
          </>
        ) : null}
        {state.computer ? (
          <>
            <dt className="font-semibold">Client computer</dt>
            <dd className="break-all">{state.computer}</dd>
          </>
        ) : null}
        {state.time ? (
          <>
            <dt className="font-semibold">Logged (UTC)</dt>
            <dd>{state.time}</dd>
          </>
        ) : null}
        {state.seen.length > 0 ? (
          <>
            <dt className="font-semibold">Related events</dt>
            <dd>{state.seen.join(', ')}</dd>
          </>
        ) : null}
      </dl>

      {diagnosis.notes.length > 0 ? (
        <ul className="mb-4 list-disc rounded border border-amber-700 bg-amber-50 py-2 pr-3 pl-8 text-sm">
          {diagnosis.notes.map((n) => (
            <li key={n}>{describeNote(n, state)}</li>
          ))}
        </ul>
      ) : null}

      <ol className="space-y-4" aria-label="Causes, most likely first">
        {diagnosis.ranked.map((ranked, index) => (
          <CauseCard
            key={ranked.cause}
            ranked={ranked}
            rank={index + 1}
            leading={index === 0}
            evidence={
              ranked.cause === 'unknown'
                ? [describeUnknown(state)]
                : ranked.evidenceFor.map(describeTrigger)
            }
          />
        ))}
      </ol>

      {diagnosis.openChecks.length > 0 ? (
        <section className="mt-6" aria-labelledby="open-checks">
          <h2 id="open-checks" className="text-lg font-semibold">
            Checks that would settle it
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {diagnosis.openChecks.map((id) => {
              const check = findCheck(id);
              const step = CHECK_STEP[id];
              return (
                <li key={id}>
                  <Link
                    className="text-blue-800 underline"
                    to={{ pathname: STEP_PATHS[step], search: params.toString() }}
                  >
                    {check.question}
                  </Link>{' '}
                  <span className="text-sm text-slate-700">({STEP_TITLES[step]})</span>
                </li>
              );
            })}
            {state.seen.length === 0 ? (
              <li>
                <Link
                  className="text-blue-800 underline"
                  to={{ pathname: STEP_PATHS['event-log'], search: params.toString() }}
                >
                  Look for related events around the 10526
                </Link>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      {diagnosis.ruledOut.length > 0 ? (
        <section className="mt-6" aria-labelledby="ruled-out">
          <h2 id="ruled-out" className="text-lg font-semibold">
            Checked and passed
          </h2>
          <ul className="mt-2 space-y-1">
            {diagnosis.ruledOut.map((r) => (
              <li key={r.cause} data-ruled-out={r.cause} className="text-sm">
                <span aria-hidden="true">✓ </span>
                <span className="font-medium">{findCause(r.cause).title}</span>: answered yes to
                &quot;
                {findCheck(r.by).question}&quot;
                {r.evidenceFor.length > 0 ? (
                  <span className="text-amber-900">
                    {' '}
                    (but: {r.evidenceFor.map(describeTrigger).join('; ')})
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </StepLayout>
  );
}

interface CauseCardProps {
  ranked: RankedCause;
  rank: number;
  leading: boolean;
  evidence: string[];
}

function CauseCard({ ranked, rank, leading, evidence }: CauseCardProps) {
  const cause = findCause(ranked.cause);
  const headingId = `cause-${cause.id}`;
  return (
    <li
      data-cause={cause.id}
      aria-labelledby={headingId}
      className={`rounded border bg-white p-4 ${leading ? 'border-blue-800 border-l-8' : 'border-slate-300'}`}
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        <span className="mr-2 text-slate-700">{rank}.</span>
        {cause.title}
        {leading && cause.id !== 'unknown' ? (
          <span className="ml-2 rounded bg-blue-800 px-2 py-0.5 align-middle text-xs font-semibold text-white">
            {ranked.decisive ? 'most likely' : 'possible'}
          </span>
        ) : null}
      </h2>
      <p className="mt-1 text-slate-800">{cause.explanation}</p>
      <h3 className="mt-3 font-semibold">Evidence</h3>
      <ul className="list-disc pl-5 text-sm">
        {evidence.map((e) => (
          <li key={e}>{e}</li>
        ))}
        {ranked.unchecked ? (
          <li className="text-slate-700">
            Not checked yet: {findCheck(ranked.unchecked).question}
          </li>
        ) : null}
      </ul>
      <h3 className="mt-3 font-semibold">Fix</h3>
      <ol className="list-decimal pl-5 text-sm">
        {cause.fix.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {cause.id !== 'unknown' ? (
        <>
          <h3 className="mt-3 font-semibold">Then verify</h3>
          <ol className="list-decimal pl-5 text-sm">
            {AFTER_FIX.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      ) : null}
      <h3 className="mt-3 font-semibold">Guidance</h3>
      <ul className="list-disc pl-5 text-sm">
        {cause.guides.map((g) => (
          <li key={g}>
            <GuideLink id={g} /> (guide in this tool)
          </li>
        ))}
        {cause.guidance.map((g) => (
          <li key={g.page}>
            <a
              className="text-blue-800 underline"
              href={learnUrl(g)}
              target="_blank"
              rel="noreferrer noopener"
            >
              {g.title} (Microsoft Learn)
            </a>
          </li>
        ))}
      </ul>
    </li>
  );
}
