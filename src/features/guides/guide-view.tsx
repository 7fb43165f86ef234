import { fillTemplate, type Placeholder } from '../../domain/commands/fill-command';
import type { Guide } from '../../domain/guides/guide-schema';
import { LEARN_PAGES, sourceFromRef, type Source } from '../../domain/sources/sources';
import { GuideLink } from '../../components/guide-link';
import { SourcedStep } from '../../components/sourced-step';
import { StepLayout } from '../../components/step-layout';
import { GuideCaseValues } from './guide-case-values';
import { GuideChecklist } from './guide-checklist';

export interface GuideViewProps {
  guide: Guide;
  values: Partial<Record<Placeholder, string>>;
  fromCase: boolean;
  children: React.ReactNode;
}

/** A guide as it reads, its commands filled with the case's values: no loading here. */
export function GuideView({ guide, values, fromCase, children }: GuideViewProps) {
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
