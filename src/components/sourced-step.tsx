import type { Placeholder } from '../domain/commands/fill-command';
import type { Source } from '../domain/sources/sources';
import { SourceNote } from './source-list';
import { TemplateCommand } from './template-command';

interface SourcedStepProps {
  text: string;
  sources: readonly Source[];
  command?: { shell: 'powershell' | 'cmd'; code: string } | undefined;
  /** What the step changes, and for whom: said before the step and its command. */
  caution?: string | undefined;
  /** The step of Microsoft's procedure this one follows, in words ("step 4 of …"). */
  follows?: string | undefined;
  values: Partial<Record<Placeholder, string>>;
  /** Ask for a value the command lacks, above it (see TemplateCommand). */
  askMissing?: boolean;
}

/** One step of a fix or a guide: what to do, what says so, and the command, filled from the case. */
export function SourcedStep({
  text,
  sources,
  command,
  caution,
  follows,
  values,
  askMissing,
}: SourcedStepProps) {
  return (
    <li>
      {caution ? (
        <p
          className="mb-1 rounded border-l-4 border-amber-700 bg-amber-50 px-2 py-1 text-amber-950"
          data-testid="caution"
        >
          <span className="font-semibold">Changes rights or state: </span>
          {caution}
        </p>
      ) : null}
      {text} <SourceNote sources={sources} />
      {follows ? (
        <span className="block text-xs text-slate-700" data-testid="follows">
          Follows {follows}.
        </span>
      ) : null}
      {command ? (
        <TemplateCommand
          code={command.code}
          shell={command.shell}
          values={values}
          askMissing={askMissing}
        />
      ) : null}
    </li>
  );
}
