import { type ComponentType, Fragment, lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { splitBlock } from '../../domain/collector/markers';
import type * as EventReaderModule from '../../domain/event-reader/read-event';
import type { CaseFieldName } from '../../domain/case/case-fields';
import { eventOfLink } from '../../domain/case/link-codec';
import type * as PasteReaderModule from '../../domain/paste/read-paste';
import { CaseFieldGrid } from '../../components/case-field-grid';
import { CollectorPanel } from '../../components/collector-panel';
import { FileOpener } from '../../components/file-opener';
import { StepLayout } from '../../components/step-layout';
import { TextField } from '../../components/text-field';
import { STEP_PATHS } from '../../domain/steps';
import { useCaseLink } from '../../hooks/use-case-link';
import type { PasteReaders, PasteReading } from '../../domain/paste/read-paste';
import { useAppServices, usePart } from '../../hooks/use-app-services';
import { usePaste } from '../../hooks/use-paste';
import { part } from '../../lib/app-loader';
import { BLOCK_READER, EVENT_READER, PASTE_READER } from '../../lib/readers';
import type * as BlockReaderModule from '../../domain/collector/read-block';
import { useWizardNav } from '../../hooks/use-wizard-nav';
import { MAX_PASTE_CHARS } from '../../lib/paste-store';
import { readOnce } from './read-once';
import type { AddedEvidence } from './added-notice';
import { FAMILY_EVENTS } from '../../domain/model/registry';

/** The paste's readers as the domain takes them; the event reader reads each text once. */
function pasteReaders(
  event: typeof EventReaderModule | undefined,
  block: typeof BlockReaderModule | undefined,
): PasteReaders {
  return {
    ...(event ? { readEvent: (text, target) => readOnce(event.readEvent, text, target) } : {}),
    ...(block ? { block } : {}),
  };
}

// Parts that only some pastes need load with the first paste that needs them.
const LocalTimeConverter = lazy(async () => ({
  default: (await import('./local-time-converter')).LocalTimeConverter,
}));
const PasteLimit = lazy(async () => ({
  default: (await import('./paste-limit')).PasteLimit,
}));
const WrongEvent = lazy(async () => ({
  default: (await import('./wrong-event')).WrongEvent,
}));
const ReaderSummary = lazy(async () => ({
  default: (await import('./reader-summary')).ReaderSummary,
}));
// Said after a paste from another computer of the incident; it loads with that paste.
const AddedNotice = lazy(async () => ({
  default: (await import('./added-notice')).AddedNotice,
}));

const KeptValues = lazy(async () => ({
  default: (await import('../../components/kept-values')).KeptValues,
}));
const CollectorSummary = lazy(async () => ({
  default: (await import('./collector-summary')).CollectorSummary,
}));

// The code tables load with the first code entered, not with the page. Focus on Error code
// fetches them already: an explanation that arrives after typing would move the Next
// button under a pointer on its way to it.
const CODE_TABLES = part('code-tables', () => import('./code-explanation'));

export interface GatherStepProps {
  /** What reads a whole opened log: a feature of its own, which the app hands in. */
  LogImport: ComponentType<{ file: File | undefined }>;
}

export function GatherStep({ LogImport }: GatherStepProps) {
  const { params, case: current, model, update } = useCaseLink();
  const { loader, session } = useAppServices();
  const { primaryFor } = useWizardNav();
  const paste = usePaste('text');
  const text = paste.text;
  const eventReader = usePart(EVENT_READER, text.trim() !== '');
  const blockReader = usePart(BLOCK_READER, splitBlock(text).block !== undefined);
  const pasteReader = usePart(PASTE_READER, text.trim() !== '');
  const readers = pasteReaders(eventReader.value, blockReader.value);
  const pasting = pasteReader.value;
  const [codeFocused, setCodeFocused] = useState(false);
  const codeTables = usePart(CODE_TABLES, codeFocused || params.get('code') !== null);
  const CodeExplanation = codeTables.value?.CodeExplanation;
  const readerFailed = [eventReader, blockReader, pasteReader].filter((p) => p.error);
  const read: PasteReading = pasting ? pasting.readPaste(text, readers, model) : { patch: {} };
  const [logFile, setLogFile] = useState<File>();
  const [keptValues, setKeptValues] = useState<{ event: number; fields: CaseFieldName[] }>();
  const [added, setAdded] = useState<AddedEvidence>();

  async function applyText(value: string, typedIn?: string) {
    // The newest paste wins: one that ends after a newer one started does not land.
    const action = session.begin('paste');
    const started = session.begin('reading');
    const before = session.shown().params;
    const kept = value.slice(0, MAX_PASTE_CHARS);
    // The readers arrive with the first text that needs them, so that one paste fills everything.
    const { block, rest } = splitBlock(kept);
    let read: Awaited<ReturnType<typeof PasteReaderModule.pasteReading>> | undefined;
    let reader: typeof PasteReaderModule | undefined;
    try {
      const [event, blockModule, pasting] = await Promise.all([
        rest.trim() !== '' ? loader.part(EVENT_READER) : undefined,
        block !== undefined ? loader.part(BLOCK_READER) : undefined,
        loader.part(PASTE_READER),
      ]);
      reader = pasting;
      read = await pasting.pasteReading(kept, pasteReaders(event, blockModule), model, (id) => {
        const sibling = loader.entryFor(String(id));
        return sibling.event === id ? loader.decision(sibling) : Promise.resolve(undefined);
      });
    } catch {
      // A reader that could not be loaded: the text is kept unread, and the notice above
      // the fields offers to load the reader again and read it then.
    }
    if (!session.isNewest('paste', action)) return;
    const options = typedIn ? { typedIn } : undefined;
    if (!read || !reader) {
      paste.set(value, {}, options);
      return;
    }
    const shown = session.shown().params;
    // A reading that started after this paste (a failure picked meanwhile) stays.
    const older = !session.isNewest('reading', started);
    const landing = reader.landPaste(
      read,
      { before, shown, caseEvent: loader.entryFor(eventOfLink(shown)).event },
      model,
      older ? undefined : session.lastReading(),
    );
    if (!older) session.setLastReading(landing.contribution);
    setKeptValues(
      landing.kept.length > 0 ? { event: read.event.id, fields: landing.kept } : undefined,
    );
    setAdded(landing.added);
    paste.set(value, landing.patch, options);
  }

  async function openFile(file: File): Promise<string> {
    const { openFile: give } = await import('./open-file');
    // Not typed in the field, so the field is redrawn with the file's text.
    return give(file, {
      log: setLogFile,
      text: (text) => {
        // A file read as a paste is the newest action: a log still being read stops.
        setLogFile(undefined);
        return applyText(text);
      },
    });
  }

  const localTime = read.event?.reading.localTime;
  const wrongEvent = read.otherEvent;
  return (
    <StepLayout
      title="What did ENTSSO log?"
      intro={
        <>
          <p>
            Paste the ENTSSO event as you have it, or type what you know. The fields fill in while
            you paste, and the wizard follows the event you paste; nothing leaves this page.
          </p>
          <p className="mt-1" data-testid="family">
            The master secret family:{' '}
            {FAMILY_EVENTS.map((id) => (
              <Fragment key={id}>
                {' '}
                {id === model.event.id ? (
                  <strong aria-current="true">{id}</strong>
                ) : (
                  <Link to={`/?v=1&event=${id}`} className="text-blue-800 underline">
                    {id}
                  </Link>
                )}
              </Fragment>
            ))}
          </p>
        </>
      }
      primary={primaryFor('gather')}
    >
      <CollectorPanel backup={current.backup} />
      <FileOpener onFile={(file) => session.trackWrite(openFile(file))} />
      <LogImport file={logFile} />
      <TextField
        name="text"
        label="Event text"
        multiline
        rows={9}
        maxChars={MAX_PASTE_CHARS}
        value={text}
        onChange={(value) => void session.trackWrite(applyText(value, 'text'))}
        hint="Event Viewer copy (with or without XML), event XML, wevtutil or Get-WinEvent output, just the message, or the evidence collector's block."
      >
        <div
          aria-live="polite"
          className="mt-2 text-sm text-slate-800"
          data-testid="reader-summary"
        >
          {readerFailed.length > 0 ? (
            <p role="alert" className="text-red-800">
              The reader of this text could not be loaded (the connection may have dropped), so the
              fields are not filled in from it yet. Your text is kept.{' '}
              <button
                type="button"
                className="font-semibold text-blue-800 underline"
                onClick={() => void session.trackWrite(applyText(text))}
              >
                Load the reader again
              </button>
            </p>
          ) : null}
          {paste.last ? (
            <Suspense fallback={null}>
              <PasteLimit saved={paste.last} />
            </Suspense>
          ) : null}
          {added ? (
            <Suspense fallback={null}>
              <AddedNotice {...added} />
            </Suspense>
          ) : null}
          {keptValues ? (
            <Suspense fallback={null}>
              <KeptValues event={keptValues.event} fields={keptValues.fields} />
            </Suspense>
          ) : null}
          {read.block ? (
            <Suspense fallback={null}>
              <CollectorSummary {...read.block} />
            </Suspense>
          ) : null}
          {read.event && !(read.block && read.event.reading.shape === 'unrecognized') ? (
            <Suspense fallback={null}>
              <ReaderSummary
                reading={
                  wrongEvent === undefined
                    ? read.event.reading
                    : {
                        // Said once, by the panel below, with what to do about it.
                        ...read.event.reading,
                        notes: read.event.reading.notes.filter(
                          (n) => !n.startsWith(`This is event ${wrongEvent},`),
                        ),
                      }
                }
                found={read.event.found}
                notes={read.event.notes}
              />
            </Suspense>
          ) : null}
          {wrongEvent !== undefined ? (
            <Suspense fallback={null}>
              <WrongEvent
                id={wrongEvent}
                onGo={(patch) => update(patch, { pathname: STEP_PATHS['event-log'] })}
              />
            </Suspense>
          ) : null}
        </div>
      </TextField>

      <div
        onFocus={(event) => {
          if (event.target.getAttribute('name') === 'code') setCodeFocused(true);
        }}
      >
        <CaseFieldGrid
          step="gather"
          filledBy={
            read.event && read.event.reading.shape !== 'unrecognized'
              ? { source: 'the pasted event', fields: new Set(read.event.found) }
              : undefined
          }
          hints={
            localTime
              ? { time: `The paste shows ${localTime} in local time: enter it here in UTC.` }
              : {}
          }
          extras={{
            code:
              params.get('code') && CodeExplanation ? (
                <CodeExplanation
                  raw={params.get('code') ?? ''}
                  onUse={(hex) => update({ values: { code: hex } })}
                />
              ) : null,
            time:
              localTime && (params.get('time') ?? '') === '' ? (
                <Suspense fallback={null}>
                  <LocalTimeConverter
                    key={localTime}
                    localTime={localTime}
                    onUse={(iso) => update({ values: { time: iso } })}
                  />
                </Suspense>
              ) : null,
          }}
        />
      </div>
    </StepLayout>
  );
}
