import { lazy, Suspense, useId } from 'react';
import { fieldsFromReading } from '../../domain/case/from-reading';
import { MAX_EVENT_TEXT } from '../../domain/event-reader/read-event';
import { CaseFieldGrid } from '../../components/case-field-grid';
import { StepLayout } from '../../components/step-layout';
import { TextField } from '../../components/text-field';
import { MODEL, useCaseLink } from '../../hooks/use-case-link';
import { usePaste } from '../../hooks/use-paste';
import { useWizardNav } from '../../hooks/use-wizard-nav';
import { MAX_PASTE_CHARS, type SavedPaste } from '../../lib/paste-store';
import { readTextFile } from '../../lib/read-file';
import { LocalTimeConverter } from './local-time-converter';
import { readOnce } from './read-once';
import { ReaderSummary } from './reader-summary';

// The code tables load with the first code entered, not with the page.
const CodeExplanation = lazy(async () => ({
  default: (await import('./code-explanation')).CodeExplanation,
}));

export function GatherStep() {
  const { params, case: current, update } = useCaseLink();
  const { primaryFor } = useWizardNav();
  const paste = usePaste('text');
  const text = paste.text;
  const reading = text.trim() === '' ? undefined : readOnce(text, MODEL.event.id);
  const fromReading = reading ? fieldsFromReading(reading, current, MODEL) : undefined;
  const fileId = useId();

  function applyText(value: string, typedIn?: string) {
    const kept = value.slice(0, MAX_PASTE_CHARS);
    const { changes } = fieldsFromReading(readOnce(kept, MODEL.event.id), current, MODEL);
    paste.set(value, changes, typedIn ? { typedIn } : undefined);
  }

  async function openFile(file: File | undefined) {
    // Not typed in the field, so the field is redrawn with the file's text.
    if (file) applyText(await readTextFile(file, MAX_PASTE_CHARS));
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
        onChange={(value) => applyText(value, 'text')}
        hint="Event Viewer copy (with or without XML), event XML, wevtutil or Get-WinEvent output, or just the message."
      >
        <div
          aria-live="polite"
          className="mt-2 text-sm text-slate-800"
          data-testid="reader-summary"
        >
          {paste.last ? <PasteLimit saved={paste.last} /> : null}
          {reading && fromReading ? (
            <ReaderSummary reading={reading} found={fromReading.found} notes={fromReading.notes} />
          ) : null}
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

      <CaseFieldGrid
        step="gather"
        hints={
          localTime
            ? { time: `The paste shows ${localTime} in local time: enter it here in UTC.` }
            : {}
        }
        extras={{
          code: params.get('code') ? (
            <Suspense fallback={null}>
              <CodeExplanation
                raw={params.get('code') ?? ''}
                onUse={(hex) => update({ code: hex })}
              />
            </Suspense>
          ) : null,
          time:
            localTime && (params.get('time') ?? '') === '' ? (
              <LocalTimeConverter
                key={localTime}
                localTime={localTime}
                onUse={(iso) => update({ time: iso })}
              />
            ) : null,
        }}
      />
    </StepLayout>
  );
}

const count = (n: number) => n.toLocaleString('en-US');

/** What happened to a paste over the limits, said where the paste went. */
function PasteLimit({ saved }: { saved: SavedPaste }) {
  return (
    <p
      className="mb-2 rounded border border-amber-700 bg-amber-50 p-2 text-slate-900"
      role="status"
    >
      {saved.cutFrom !== undefined
        ? `The paste has ${count(saved.cutFrom)} characters. This tab keeps the first ${count(MAX_PASTE_CHARS)}, and the reader looks at the first ${count(MAX_EVENT_TEXT)}: paste the event itself rather than a whole log.`
        : ''}
      {!saved.stored
        ? ' The browser would not store the paste, so it lasts only until the page is reloaded.'
        : ''}
    </p>
  );
}
