import { useId } from 'react';
import { changesFromReading } from '../../domain/case/from-reading';
import { StepLayout } from '../../components/step-layout';
import { TextField } from '../../components/text-field';
import { MODEL, useCaseLink } from '../../hooks/use-case-link';
import { useWizardNav } from '../../hooks/use-wizard-nav';
import { readTextFile } from '../../lib/read-file';
import { CodeExplanation } from './code-explanation';
import { FieldGrid } from './field-grid';
import { LocalTimeConverter } from './local-time-converter';
import { readOnce } from './read-once';
import { ReaderSummary } from './reader-summary';

export function GatherStep() {
  const { params, case: current, update } = useCaseLink();
  const { primaryFor } = useWizardNav();
  const text = params.get('text') ?? '';
  const reading = text.trim() === '' ? undefined : readOnce(text, MODEL.event.id);
  const fileId = useId();

  function applyText(value: string) {
    const changes = changesFromReading(readOnce(value, MODEL.event.id), current, MODEL);
    update({ ...changes, text: value }, { typedIn: 'text' });
  }

  async function openFile(file: File | undefined) {
    if (file) applyText(await readTextFile(file, 1_000_000));
  }

  const localTime = reading?.localTime;
  return (
    <StepLayout
      title="What did ENTSSO log?"
      intro={
        <p>
          Paste event {MODEL.event.id} as you have it, or type what you know. The fields fill in
          while you paste; nothing leaves this page.
        </p>
      }
      primary={primaryFor('gather')}
    >
      <TextField
        name="text"
        label="Event text"
        multiline
        rows={9}
        value={text}
        onChange={applyText}
        hint="Event Viewer copy (with or without XML), event XML, wevtutil or Get-WinEvent output, or just the message."
      >
        <div
          aria-live="polite"
          className="mt-2 text-sm text-slate-800"
          data-testid="reader-summary"
        >
          {reading ? <ReaderSummary reading={reading} /> : null}
        </div>
        <p className="mt-2 text-sm">
          <label htmlFor={fileId} className="font-medium text-slate-900">
            Or open a saved event file (.txt or .xml, UTF-8 or UTF-16):
          </label>{' '}
          <input
            id={fileId}
            type="file"
            accept=".txt,.xml,.log,text/plain,text/xml"
            className="text-sm"
            onChange={(e) => void openFile(e.target.files?.[0])}
          />
        </p>
      </TextField>

      <FieldGrid
        hints={
          localTime
            ? { time: `The paste shows ${localTime} in local time: enter it here in UTC.` }
            : {}
        }
        extras={{
          code: (
            <CodeExplanation
              raw={params.get('code') ?? ''}
              onUse={(hex) => update({ code: hex }, { push: true })}
            />
          ),
          time:
            localTime && (params.get('time') ?? '') === '' ? (
              <LocalTimeConverter
                key={localTime}
                localTime={localTime}
                onUse={(iso) => update({ time: iso }, { push: true })}
              />
            ) : null,
        }}
      />
    </StepLayout>
  );
}
