import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { caseValues, fillTemplate, type Placeholder } from '../../domain/commands/fill-command';
import { GUIDE_LINK_TEXT, isGuideId, type GuideId } from '../../domain/guides/guide-ids';
import type { Guide } from '../../domain/guides/guide-schema';
import { idListParam, toggled } from '../../domain/id-list';
import { isEmptyState } from '../../domain/link-codec';
import { CommandBlock } from '../../components/command-block';
import { GuideLink } from '../../components/guide-link';
import { guideQuery, GuideLoadError } from '../../components/guides/guide-query';
import { StepLayout } from '../../components/step-layout';
import { useTriage } from '../../components/use-triage';

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

function LoadedGuide({ id }: { id: GuideId }) {
  const query = useQuery(guideQuery(id));
  const { params, state } = useTriage();
  const fromCase = !isEmptyState(state);

  const backLinks = (
    <p className="mt-4 flex flex-wrap gap-4">
      <Link
        className="text-blue-800 underline"
        to={{ pathname: '/guides', search: params.toString() }}
      >
        All guides
      </Link>
      {fromCase ? (
        <Link
          className="text-blue-800 underline"
          to={{ pathname: '/result', search: params.toString() }}
        >
          Back to your diagnosis
        </Link>
      ) : (
        <Link className="text-blue-800 underline" to="/">
          Start a triage
        </Link>
      )}
    </p>
  );

  if (query.isPending) {
    return (
      <StepLayout title={GUIDE_LINK_TEXT[id]}>
        <p role="status">Loading the guide…</p>
      </StepLayout>
    );
  }
  if (query.isError) {
    const error = query.error;
    return (
      <StepLayout title={GUIDE_LINK_TEXT[id]}>
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
            <p className="mt-1">{error.message}</p>
          )}
        </div>
        {backLinks}
      </StepLayout>
    );
  }
  return (
    <GuideView guide={query.data} values={caseValues(state)} fromCase={fromCase}>
      {backLinks}
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
  const { params, update } = useTriage();
  const done = new Set(
    (params.get('done') ?? '')
      .split(',')
      .filter((v) => /^\d{1,2}$/.test(v))
      .map(Number),
  );
  const text = (template: string) => fillTemplate(template, 'text', values).text;
  const checklistId = useId();
  const known = Object.entries(values) as Array<[Placeholder, string]>;

  function toggle(index: number, on: boolean) {
    update({ done: idListParam(toggled(done, index, on)) }, { push: false });
  }

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
      <div
        className="mb-6 rounded border border-slate-300 bg-white p-3 text-sm"
        data-testid="case-values"
      >
        {fromCase && known.length > 0 ? (
          <>
            <p className="font-semibold">Filled in from your case:</p>
            <ul className="mt-1 list-disc pl-5">
              {known
                .filter(([key]) => ['user', 'computer', 'mss', 'backup', 'host'].includes(key))
                .map(([key, value]) => (
                  <li key={key}>
                    {PLACEHOLDER_NAMES[key]}: <span className="font-mono break-all">{value}</span>
                  </li>
                ))}
            </ul>
          </>
        ) : (
          <p>
            Opened on its own: values in angle brackets, such as <code>&lt;client user&gt;</code>,
            stand for yours. Open the guide from a diagnosis to have them filled in.
          </p>
        )}
      </div>

      <h2 className="text-lg font-semibold">When to use it</h2>
      <ul className="mb-4 list-disc pl-5">
        {guide.whenToUse.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <fieldset className="mb-6">
        <legend className="text-lg font-semibold">Before you start</legend>
        <ul className="mt-2 space-y-1">
          {guide.prerequisites.map((item, index) => {
            const id = `${checklistId}-${index}`;
            return (
              <li key={item} className="flex items-start gap-2">
                <input
                  id={id}
                  type="checkbox"
                  className="mt-1 h-4 w-4 shrink-0 accent-blue-800"
                  checked={done.has(index)}
                  onChange={(e) => toggle(index, e.target.checked)}
                />
                <label htmlFor={id}>{text(item)}</label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      {guide.sections.map((section) => (
        <section key={section.title} className="mb-6">
          <h2 className="text-lg font-semibold">{section.title}</h2>
          <ol className="mt-2 list-decimal space-y-2 pl-5">
            {section.steps.map((step) => {
              const filled = step.command
                ? fillTemplate(step.command.code, step.command.shell, values)
                : undefined;
              return (
                <li key={step.text}>
                  {text(step.text)}
                  {step.command && filled ? (
                    <CommandBlock
                      title={step.command.code.split(' ')[0] ?? 'Command'}
                      shell={step.command.shell === 'powershell' ? 'PowerShell' : 'cmd'}
                      command={filled.text}
                      note={filled.refused.join(' ') || undefined}
                    />
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ))}

      <section className="mb-6 rounded border border-amber-700 bg-amber-50 p-3">
        <h2 className="text-lg font-semibold">Cautions</h2>
        <ul className="list-disc pl-5">
          {guide.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>

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

const PLACEHOLDER_NAMES: Readonly<Partial<Record<Placeholder, string>>> = {
  user: 'Client user',
  computer: 'Client computer',
  mss: 'Master secret server',
  backup: 'Backup file',
  host: 'Computer that logged the event',
};
