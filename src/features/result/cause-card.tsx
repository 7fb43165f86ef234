import type { Placeholder } from '../../domain/commands/fill-command';
import type { DescribedCause } from '../../domain/describe-diagnosis';
import { GuideLink } from '../../components/guide-link';
import { SourceList, SourceNote } from '../../components/source-list';
import { TemplateCommand } from '../../components/template-command';

/** One listed cause: why it fits, how to fix it, how to verify, and what the claims rest on. */
interface CauseCardProps {
  cause: DescribedCause;
  leading: boolean;
  /** The case's values, filled into the fix commands. */
  values: Partial<Record<Placeholder, string>>;
}

export function CauseCard({ cause, leading, values }: CauseCardProps) {
  const headingId = `cause-${cause.id}`;
  return (
    <li
      data-cause={cause.id}
      aria-labelledby={headingId}
      className={`rounded border bg-white p-4 ${leading ? 'border-l-8 border-blue-800' : 'border-slate-300'}`}
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        <span className="mr-2 text-slate-700">{cause.rank}.</span>
        {cause.title}
        {leading && cause.confidence ? (
          <span className="ml-2 rounded bg-blue-800 px-2 py-0.5 align-middle text-xs font-semibold text-white">
            {cause.confidence}
          </span>
        ) : null}
      </h2>
      <p className="mt-1 text-slate-800">{cause.explanation}</p>
      <h3 className="mt-3 font-semibold">Evidence</h3>
      <ul className="list-disc pl-5 text-sm">
        {cause.evidence.map((e) => (
          <li key={e}>{e}</li>
        ))}
        {cause.unchecked ? (
          <li className="text-slate-700">Not checked yet: {cause.unchecked}</li>
        ) : null}
      </ul>
      <h3 className="mt-3 font-semibold">Fix</h3>
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        {cause.fix.map((step) => (
          <li key={step.text}>
            {step.text} <SourceNote sources={step.sources} />
            {step.command ? (
              <TemplateCommand
                code={step.command.code}
                shell={step.command.shell}
                values={values}
              />
            ) : null}
          </li>
        ))}
      </ol>
      {cause.verify.length > 0 ? (
        <>
          <h3 className="mt-3 font-semibold">Then verify</h3>
          <ol className="list-decimal pl-5 text-sm">
            {cause.verify.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      ) : null}
      <h3 className="mt-3 font-semibold">Guides in this tool</h3>
      <ul className="list-disc pl-5 text-sm">
        {cause.guides.map((g) => (
          <li key={g}>
            <GuideLink id={g} />
          </li>
        ))}
      </ul>
      <h3 className="mt-3 font-semibold">Sources</h3>
      <SourceList sources={cause.sources} />
    </li>
  );
}
