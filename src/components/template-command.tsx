import { useState } from 'react';
import { caseField, fieldError, fieldHint, type CaseFieldName } from '../domain/case/case-fields';
import {
  fillTemplate,
  missingFields,
  stillToFill,
  type Placeholder,
} from '../domain/commands/fill-command';
import { useCaseLink } from '../hooks/use-case-link';
import { CommandBlock } from './command-block';
import { TextField } from './text-field';

interface TemplateCommandProps {
  code: string;
  shell: 'powershell' | 'cmd';
  values: Partial<Record<Placeholder, string>>;
  /** What to look for, shown under the command. */
  look?: string;
  /**
   * Ask for a missing value right above the command: on pages that do not show the
   * case's fields themselves (the result), so that no field appears twice on a step.
   */
  askMissing?: boolean;
  /** What the command changes, said before it. */
  caution?: string | undefined;
}

const SHELL_NAME = { powershell: 'PowerShell', cmd: 'cmd' } as const;

/** The name of the program a command line runs, for its title and copy button. */
export function commandName(code: string): string {
  return /[A-Za-z][\w.-]*/.exec(code)?.[0] ?? 'Command';
}

/**
 * A command from a template, filled from the case and quoted for its shell. A value it
 * still needs gets a field right above it: what is typed there goes into the case, and
 * so into every command that uses it.
 */
export function TemplateCommand({
  code,
  shell,
  values,
  look,
  askMissing,
  caution,
}: TemplateCommandProps) {
  const filled = fillTemplate(code, shell, values);
  // A field stays while it is typed in, though the first key press already completes the command.
  const [typing, setTyping] = useState<readonly CaseFieldName[]>([]);
  const missing = askMissing ? missingFields(code, values) : [];
  const fields = [...new Set([...typing, ...missing])];
  // A template still to fill gets no Copy button.
  const note = [look, stillToFill(filled), ...filled.refused].filter(Boolean).join(' ');
  return (
    <>
      {fields.map((name) => (
        <InlineCaseField
          key={name}
          name={name}
          onType={() => setTyping((t) => (t.includes(name) ? t : [...t, name]))}
        />
      ))}
      {caution ? (
        <p className="mt-2 text-sm font-medium text-amber-900" data-testid="command-caution">
          Changes something: {caution}
        </p>
      ) : null}
      <CommandBlock
        title={commandName(code)}
        shell={SHELL_NAME[shell]}
        command={filled.text}
        note={note || undefined}
        template={!filled.complete}
      />
    </>
  );
}

/** A case field asked where a command needs it. */
function InlineCaseField({ name, onType }: { name: CaseFieldName; onType: () => void }) {
  const { params, update } = useCaseLink();
  const field = caseField(name);
  const raw = params.get(name);
  return (
    // An empty box helps nobody on paper; the command says what to fill in.
    <div className={`mt-2 ${raw ? '' : 'print:hidden'}`} data-inline-field={name}>
      <TextField
        name={name}
        label={`${field.label} (fills the command below)`}
        value={raw ?? ''}
        hint={fieldHint(field)}
        error={fieldError(name, raw)}
        onChange={(value) => {
          onType();
          update({ values: { [name]: value } }, { typedIn: name });
        }}
      />
    </div>
  );
}
