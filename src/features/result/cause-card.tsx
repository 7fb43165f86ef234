import type { Placeholder } from '../../domain/commands/fill-command';
import { ALSO_FITS, type DescribedCause } from '../../domain/diagnosis/describe-diagnosis';
import { GuideLink } from '../../components/guide-link';
import { SourceList } from '../../components/source-list';
import { SourcedStep } from '../../components/sourced-step';
import { missingFields } from '../../domain/commands/fill-command';
import type { CheckText } from '../../domain/model/event-model';
import { TemplateCommand } from '../../components/template-command';

interface CauseCardProps {
  cause: DescribedCause;
  leading: boolean;
  /** A candidate among several: its fix, guides and sources fold away under its evidence. */
  collapsed: boolean;
  /** The case's values, filled into the fix commands. */
  values: Partial<Record<Placeholder, string>>;
  /** The check that could still settle it, printed under a folded card. */
  howToCheck?: Pick<CheckText, 'question' | 'how'> | undefined;
}

function FixAndSources({ cause, values }: Pick<CauseCardProps, 'cause' | 'values'>) {
  return (
    <>
      <h3 className="mt-3 font-semibold">{cause.standing ? 'Fix' : 'What to do next'}</h3>
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        {cause.fix.map((step, index) => (
          <SourcedStep
            key={step.text}
            text={step.text}
            sources={step.sources}
            command={step.command}
            caution={step.caution}
            values={values}
            askMissing={asksFirst(cause.fix, index, values)}
          />
        ))}
      </ol>
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
    </>
  );
}

// In print the colours go: the border keeps the meaning in black and white (thick solid,
// thin solid, dashed), beside the word itself.
const BADGE = {
  confirmed: {
    text: 'confirmed',
    style:
      'bg-green-900 text-white border border-green-900 print:border-[3px] print:border-black print:bg-white print:text-black',
  },
  indicated: {
    text: 'indicated, not confirmed',
    style:
      'border-2 border-blue-900 text-blue-950 bg-white print:border print:border-black print:text-black',
  },
  possible: {
    text: 'possible',
    style:
      'border border-dashed border-slate-600 text-slate-800 print:border-black print:text-black',
  },
} as const;

/** A missing value is asked once per fix: above the first command that needs it. */
function asksFirst(
  fix: DescribedCause['fix'],
  index: number,
  values: Partial<Record<Placeholder, string>>,
): boolean {
  const needs = (i: number) => {
    const code = fix[i]?.command?.code;
    return code ? missingFields(code, values) : [];
  };
  const earlier = new Set(fix.slice(0, index).flatMap((_, i) => needs(i)));
  return needs(index).some((f) => !earlier.has(f));
}

/** One listed cause: why it fits, how to fix it, and what the claims rest on. */
export function CauseCard({ cause, leading, collapsed, values, howToCheck }: CauseCardProps) {
  const headingId = `cause-${cause.id}`;
  return (
    <li
      data-cause={cause.id}
      // The contract gives every card a standing: the general advice is only possible.
      data-standing={cause.standing ?? 'possible'}
      aria-labelledby={headingId}
      // A whole open card may be taller than a page: only a folded one is kept together, so
      // that the top cause starts on the first printed page.
      className={`${collapsed ? 'break-inside-avoid p-3' : 'p-4'} rounded border bg-white ${leading ? 'border-l-8 border-blue-800' : 'border-slate-300'}`}
    >
      <h2
        id={headingId}
        className={`${collapsed ? 'text-base' : 'text-lg'} font-semibold text-slate-900`}
      >
        <span className="mr-2 text-slate-700">{cause.rank}.</span>
        {cause.title}
        {cause.standing ? (
          <span
            data-testid="standing"
            className={`ml-2 rounded px-2 py-0.5 align-middle text-xs font-semibold ${BADGE[cause.standing].style}`}
          >
            {BADGE[cause.standing].text}
          </span>
        ) : null}
      </h2>
      {cause.alsoFits ? (
        <p className="mt-1 text-sm font-medium text-slate-800" data-testid="also-fits">
          {ALSO_FITS}
        </p>
      ) : null}
      {collapsed ? null : <p className="mt-1 text-slate-800">{cause.explanation}</p>}
      {collapsed ? (
        <p className="mt-1 text-sm text-slate-800">
          <span className="font-semibold">Evidence:</span>{' '}
          {cause.evidence.map((e, i) => (
            <span key={e.text} data-origin={e.origin}>
              {i > 0 ? '; ' : ''}
              {e.text}
            </span>
          ))}
        </p>
      ) : (
        <>
          <h3 className="mt-3 font-semibold">Evidence</h3>
          <ul className="list-disc pl-5 text-sm">
            {cause.evidence.map((e) => (
              <li key={e.text} data-origin={e.origin}>
                {e.text}
              </li>
            ))}
            {cause.unchecked ? (
              <li className="text-slate-700">Not checked yet: {cause.unchecked}</li>
            ) : null}
          </ul>
        </>
      )}
      {collapsed && howToCheck ? (
        // Paper cannot unfold: a candidate prints the question that settles it and its commands.
        <div className="mt-1 hidden text-sm print:block" data-testid="print-how-to-check">
          <p>
            <span className="font-semibold">How to check:</span> {howToCheck.question}
          </p>
          {howToCheck.how.map((how) => (
            <TemplateCommand
              key={how.command}
              code={how.command}
              shell={how.shell}
              look={how.look}
              values={values}
              caution={how.caution}
            />
          ))}
        </div>
      ) : null}
      {collapsed ? (
        <details className="mt-1 print:hidden">
          <summary className="cursor-pointer text-sm font-medium text-blue-900">
            Explanation, fix, guides and sources
          </summary>
          <p className="mt-1 text-slate-800">{cause.explanation}</p>
          <FixAndSources cause={cause} values={values} />
        </details>
      ) : (
        <FixAndSources cause={cause} values={values} />
      )}
    </li>
  );
}
