import { fillTemplate, stillToFill, type Placeholder } from '../domain/commands/fill-command';
import { CommandBlock } from './command-block';

interface TemplateCommandProps {
  code: string;
  shell: 'powershell' | 'cmd';
  values: Partial<Record<Placeholder, string>>;
  /** What to look for, shown under the command. */
  look?: string;
}

const SHELL_NAME = { powershell: 'PowerShell', cmd: 'cmd' } as const;

/** The name of the program a command line runs, for its title and copy button. */
export function commandName(code: string): string {
  return /[A-Za-z][\w.-]*/.exec(code)?.[0] ?? 'Command';
}

/** A command from a template, filled from the case and quoted for its shell. */
export function TemplateCommand({ code, shell, values, look }: TemplateCommandProps) {
  const filled = fillTemplate(code, shell, values);
  // A template still to fill gets no Copy button.
  const note = [look, stillToFill(filled), ...filled.refused].filter(Boolean).join(' ');
  return (
    <CommandBlock
      title={commandName(code)}
      shell={SHELL_NAME[shell]}
      command={filled.text}
      note={note || undefined}
      template={!filled.complete}
    />
  );
}
