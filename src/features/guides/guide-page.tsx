import { useSuspenseQuery } from '@tanstack/react-query';
import {
  Link,
  useParams,
  useRouteError,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunction,
} from 'react-router';
import { isEmptyCase } from '../../domain/case/link-codec';
import { caseValues, fillTemplate, type Placeholder } from '../../domain/commands/fill-command';
import { GUIDE_LINK_TEXT, isGuideId, type GuideId } from '../../domain/guides/guide-ids';
import type { Guide } from '../../domain/guides/guide-schema';
import { LEARN_PAGES, sourceFromRef, type Source } from '../../domain/sources/sources';
import { GuideLink } from '../../components/guide-link';
import { SourcedStep } from '../../components/sourced-step';
import { StepLayout } from '../../components/step-layout';
import { useCaseLink } from '../../hooks/use-case-link';
import { queryClient } from '../../lib/query-client';
import { GuideCaseValues } from './guide-case-values';
import { GuideChecklist } from './guide-checklist';
import { guideQuery, GuideLoadError } from './guide-query';
import { routeTo } from '../../lib/route-to';

/**
 * The guide depends on its id alone. Loading it again on every change of the link would
 * make a checklist tick wait for the loader, and show unticked in between.
 */
export const guideShouldRevalidate: ShouldRevalidateFunction = ({ currentParams, nextParams }) =>
  currentParams.id !== nextParams.id;

/** The route loads the guide before it renders; a broken file lands in GuideError. */
export async function guideLoader({ params }: LoaderFunctionArgs): Promise<null> {
  if (params.id && isGuideId(params.id)) await queryClient.ensureQueryData(guideQuery(params.id));
  return null;
}

export function GuidePage() {
  const { id = '' } = useParams();
  if (!isGuideId(id)) {
    return (
      <StepLayout title="No such guide">
        <p>
          There is no guide called <q>{id}</q>.{' '}
          <Link className="text-blue-800 underline" to="/guides">
            See all guides
          </Link>
          .
        </p>
      </StepLayout>
    );
  }
  return <LoadedGuide id={id} />;
}

function BackLinks() {
  const { params, case: current, model } = useCaseLink();
  return (
    <p className="mt-4 flex flex-wrap gap-4">
      <Link className="text-blue-800 underline" to={routeTo('/guides', params.toString())}>
        All guides
      </Link>
      {isEmptyCase(current, model) ? (
        <Link className="text-blue-800 underline" to="/">
          Start a triage
        </Link>
      ) : (
        <Link className="text-blue-800 underline" to={routeTo('/result', params.toString())}>
          Back to your diagnosis
        </Link>
      )}
    </p>
  );
}

/** Shown when the guide file is missing or wrong: names the file and the problem. */
export function GuideError() {
  const error = useRouteError();
  const { id = '' } = useParams();
  return (
    <StepLayout title={isGuideId(id) ? GUIDE_LINK_TEXT[id] : 'Guide'}>
      <div
        role="alert"
        className="rounded border border-red-800 bg-red-50 p-4"
        data-testid="guide-error"
      >
        <p className="font-semibold">This guide could not be shown.</p>
        {error instanceof GuideLoadError ? (
          <>
            <p className="mt-1">
              The content file <code className="font-mono">{error.file}</code> has a problem:
            </p>
            <ul className="mt-1 list-disc pl-5">
              {error.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <p className="mt-2 text-sm">
              The file sits next to the app on the web server and can be corrected there without a
              rebuild.
            </p>
          </>
        ) : (
          <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
        )}
      </div>
      <BackLinks />
    </StepLayout>
  );
}

function LoadedGuide({ id }: { id: GuideId }) {
  const { data: guide } = useSuspenseQuery(guideQuery(id));
  const { case: current, model } = useCaseLink();
  const values = caseValues(current, model);
  return (
    <GuideView guide={guide} values={values} fromCase={!isEmptyCase(current, model)}>
      <BackLinks />
    </GuideView>
  );
}

interface GuideViewProps {
  guide: Guide;
  values: Partial<Record<Placeholder, string>>;
  fromCase: boolean;
  children: React.ReactNode;
}

function GuideView({ guide, values, fromCase, children }: GuideViewProps) {
  const text = (template: string) => fillTemplate(template, 'text', values).text;
  return (
    <StepLayout title={guide.title} intro={<p>{guide.summary}</p>}>
      <p className="mb-4">
        <a
          className="text-blue-800 underline"
          href={guide.official.url}
          target="_blank"
          rel="noreferrer noopener"
        >
          {guide.official.title}
        </a>
      </p>
      <GuideCaseValues values={values} fromCase={fromCase} />

      <h2 className="text-lg font-semibold">When to use it</h2>
      <ul className="mb-4 list-disc pl-5">
        {guide.whenToUse.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <GuideChecklist items={guide.prerequisites.map(text)} />

      {/* Read before any step: a warning under the commands comes too late. */}
      <section
        className="mb-6 rounded border border-amber-700 bg-amber-50 p-3"
        aria-labelledby="cautions"
        data-testid="guide-cautions"
      >
        <h2 id="cautions" className="text-lg font-semibold">
          Before you start: cautions
        </h2>
        <ul className="list-disc pl-5">
          {guide.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>

      {guide.sections.map((section) => (
        <section key={section.title} className="mb-6">
          <h2 className="text-lg font-semibold">{section.title}</h2>
          <ol className="mt-2 list-decimal space-y-2 pl-5">
            {section.steps.map((step) => (
              <SourcedStep
                key={step.text}
                text={text(step.text)}
                sources={step.sources
                  .map(sourceFromRef)
                  .filter((x): x is Source => x !== undefined)}
                command={step.command}
                caution={step.caution ? text(step.caution) : undefined}
                follows={
                  step.follows
                    ? `step ${step.follows.step} of "${step.follows.procedure}" (${LEARN_PAGES[step.follows.page] ?? step.follows.page})`
                    : undefined
                }
                values={values}
              />
            ))}
          </ol>
        </section>
      ))}

      <h2 className="text-lg font-semibold">How to tell it worked</h2>
      <ul className="mb-6 list-disc pl-5">
        {guide.verify.map((v) => (
          <li key={v.text}>{v.text}</li>
        ))}
      </ul>

      {guide.related.length > 0 ? (
        <>
          <h2 className="text-lg font-semibold">Related guides</h2>
          <ul className="list-disc pl-5">
            {guide.related.map((r) => (
              <li key={r}>
                <GuideLink id={r} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {children}
    </StepLayout>
  );
}
