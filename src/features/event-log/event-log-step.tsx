import { type ComponentType, useState } from 'react';
import { Link } from 'react-router';
import { toggled } from '../../domain/case/id-list';
import { eventLogQueries, eventLogsByComputer } from '../../domain/commands/event-log-queries';
import { findEventIds } from '../../domain/event-reader/read-event';
import { CommandBlock } from '../../components/command-block';
import { GuideLink } from '../../components/guide-link';
import { FileOpener } from '../../components/file-opener';
import { EventGroups } from './event-groups';
import { useCollected } from '../../hooks/use-collected';
import { StepLayout } from '../../components/step-layout';
import { TextField } from '../../components/text-field';
import { useCaseLink } from '../../hooks/use-case-link';
import { useEventModel } from '../../hooks/use-event-model';
import { usePaste } from '../../hooks/use-paste';
import { useWizardNav } from '../../hooks/use-wizard-nav';
import { routeTo } from '../../lib/route-to';

export interface EventLogStepProps {
  /** What reads a whole opened log: a feature of its own, which the app hands in. */
  LogImport: ComponentType<{ file: File | undefined }>;
}

export function EventLogStep({ LogImport }: EventLogStepProps) {
  const { params, case: state, update } = useCaseLink();
  const model = useEventModel();
  const related = model.text.relatedEvents;
  const { primaryFor } = useWizardNav();
  const [first, ...elsewhere] = eventLogsByComputer(state);
  const queries = first?.queries ?? eventLogQueries(state);
  const seen = new Set(state.seen);

  const [logFile, setLogFile] = useState<File>();
  const log = usePaste('log');
  const output = log.text;
  const found = output.trim() === '' ? [] : findEventIds(output);
  // A collector block that read the log looked for every event: what it did not list is not there.
  const collected = useCollected();
  const collectorLooked =
    collected && collected.events.length > 0
      ? new Set(collected.events.map((e) => e.id))
      : undefined;

  function readOutput(value: string) {
    // Pasting output only ever ticks boxes; unticking stays a deliberate click.
    const listed = findEventIds(value).filter((id) => related.some((e) => e.id === id));
    log.set(value, { found: listed }, { typedIn: 'log' });
  }

  function toggle(id: number, on: boolean) {
    update({ seen: toggled(seen, id, on) });
  }

  return (
    <StepLayout
      title="Check the event log"
      intro={
        <p>
          ENTSSO usually logs the real reason as a separate event next to the {model.event.id}
          {model.event.layout.includes('tid')
            ? ', with the same Tracking ID or within a few minutes'
            : ' (it has no Tracking ID: look within a few minutes of it)'}
          . Run one of the commands, paste what it prints, and the events it lists are ticked for
          you. Background: <GuideLink id="managing-master-secret" />.
        </p>
      }
      primary={primaryFor('event-log')}
    >
      <TextField
        name="log"
        label="Command output"
        multiline
        rows={4}
        value={output}
        onChange={readOutput}
        hint="Paste what one of the commands below printed: the related events it lists are ticked."
      >
        <p aria-live="polite" className="mt-1 text-sm text-slate-800" data-testid="output-summary">
          {output.trim() === ''
            ? ''
            : found.length === 0
              ? 'No event IDs found in this text.'
              : `Events found: ${found.join(', ')}. Related ones are ticked below.`}
        </p>
      </TextField>

      <FileOpener
        kinds="the Application log as .evtx, or Event Viewer's XML, CSV or tab-separated export"
        accept=".evtx,.xml,.csv,.tsv,.txt,.log"
        onFile={(file) => {
          setLogFile(file);
          return Promise.resolve(`${file.name} is read below.`);
        }}
      />
      <LogImport file={logFile} />
      <details
        className="mb-2 rounded border border-slate-300 bg-white p-3"
        open={output.trim() === ''}
      >
        <summary className="cursor-pointer font-semibold">Commands that list the events</summary>
        {queries.window ? (
          <p data-testid="time-window" className="mt-2 text-sm">
            From <time dateTime={queries.window.start}>{queries.window.start}</time> to{' '}
            <time dateTime={queries.window.end}>{queries.window.end}</time> (UTC, ten minutes either
            side)
            {state.host ? ` in the Application log of ${state.host}` : ''}
            {state.tid ? `; the Tracking ID is ${state.tid}` : ''}.
          </p>
        ) : (
          <p className="mt-2 text-sm">
            No event time yet, so the commands list the latest 50 ENTSSO events.{' '}
            <Link className="text-blue-800 underline" to={routeTo('/', params.toString())}>
              Add the time on the first step
            </Link>{' '}
            to narrow the search.
          </p>
        )}
        {queries.refused.length > 0 ? (
          <ul className="mt-2 list-disc pl-5 text-red-800">
            {queries.refused.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : null}
        <CommandBlock title="PowerShell query" shell="PowerShell" command={queries.powershell} />
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-blue-900">
            Other ways: Event Viewer or wevtutil
          </summary>
          <CommandBlock
            title="Event Viewer custom view"
            shell="XML tab of Create Custom View"
            command={queries.eventViewerXml}
          />
          <CommandBlock
            title="wevtutil query"
            shell="cmd or PowerShell"
            command={queries.wevtutil}
          />
        </details>
        {elsewhere.map((log) => (
          <section key={log.computer} className="mt-3" data-testid="other-computer-log">
            <h3 className="font-semibold">
              Also on {log.computer}, {log.why}
            </h3>
            <CommandBlock
              title={`PowerShell query on ${log.computer ?? 'that computer'}`}
              shell="PowerShell"
              command={log.queries.powershell}
            />
          </section>
        ))}
      </details>

      <EventGroups
        events={related}
        seen={seen}
        looked={output.trim() === '' ? collectorLooked : new Set(found)}
        {...(output.trim() === '' && collected && collectorLooked
          ? {
              lookedIn: `the collector's read of the log of ${collected.host ?? 'its computer'} (${collected.events.length} ENTSSO events)`,
            }
          : {})}
        onToggle={toggle}
      />
    </StepLayout>
  );
}
