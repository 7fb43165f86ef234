import { fillCommand, type Placeholder } from '../domain/commands/fill-command';
import type { Answer, Check } from '../domain/model/checks';
import { CommandBlock } from './command-block';
import { GuideLink } from './guide-link';
import { YesNoQuestion } from './yes-no-question';

interface CheckQuestionProps {
  check: Check;
  value: Answer | undefined;
  values: Partial<Record<Placeholder, string>>;
  onChange: (value: Answer | undefined) => void;
}

/** One yes / no check with the commands that answer it, filled from the case. */
export function CheckQuestion({ check, value, values, onChange }: CheckQuestionProps) {
  return (
    <YesNoQuestion name={check.id} question={check.question} value={value} onChange={onChange}>
      <p className="mt-2 text-sm text-slate-700">
        {check.why} Guide: <GuideLink id={check.guide} />.
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium text-blue-900">How to check</summary>
        {check.how.map((how) => {
          const filled = fillCommand(how, values);
          return (
            <CommandBlock
              key={how.command}
              title={how.command.split(' ')[0] ?? 'Command'}
              shell={how.shell === 'powershell' ? 'PowerShell' : 'cmd'}
              command={filled.text}
              note={[how.look, ...filled.refused].join(' ')}
            />
          );
        })}
      </details>
    </YesNoQuestion>
  );
}
