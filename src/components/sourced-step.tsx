import type { Placeholder } from '../domain/commands/fill-command';
import type { Source } from '../domain/sources/sources';
import { SourceNote } from './source-list';
import { TemplateCommand } from './template-command';

interface SourcedStepProps {
  text: string;
  sources: readonly Source[];
  command?: { shell: 'powershell' | 'cmd'; code: string } | undefined;
  values: Partial<Record<Placeholder, string>>;
}

/** One step of a fix or a guide: what to do, what says so, and the command, filled from the case. */
export function SourcedStep({ text, sources, command, values }: SourcedStepProps) {
  return (
    <li>
      {text} <SourceNote sources={sources} />
      {command ? (
        <TemplateCommand code={command.code} shell={command.shell} values={values} />
      ) : null}
    </li>
  );
}
