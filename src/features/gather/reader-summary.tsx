import { caseField } from '../../domain/case/case-fields';
import type { EventField, ReadEventResult } from '../../domain/event-reader/read-event';

const SHAPE_LABEL: Readonly<Record<ReadEventResult['shape'], string>> = {
  'event-viewer-copy-with-xml': 'an Event Viewer copy with its XML',
  'event-viewer-copy': 'an Event Viewer copy',
  'event-xml': 'event XML',
  'wevtutil-text': 'wevtutil text output',
  'powershell-format-list': 'Get-WinEvent | Format-List output',
  'legacy-event-viewer': 'an older Event Viewer copy',
  'message-fields': 'the event message',
  unrecognized: 'nothing this tool recognizes',
};

const label = (f: EventField) => caseField(f).label.toLowerCase();

/** What the reader made of the paste: its shape, what it found, what it did not. */
interface ReaderSummaryProps {
  reading: ReadEventResult;
  /** The fields taken into the case, after the case-field checks. */
  found: EventField[];
  /** What those checks cleaned or left out. */
  notes: string[];
}

export function ReaderSummary({ reading, found: taken, notes }: ReaderSummaryProps) {
  const found = taken.map(label);
  return (
    <div className="rounded border border-slate-300 bg-white p-3">
      <p>
        Read as {SHAPE_LABEL[reading.shape]}.{' '}
        {found.length > 0 ? `Found: ${found.join(', ')}.` : 'No fields found.'}{' '}
        {reading.missing.length > 0
          ? `Not in the text: ${reading.missing.map(label).join(', ')}.`
          : ''}
      </p>
      {reading.otherEventIds.length > 0 ? (
        <p className="mt-1">
          Other events in the paste: {reading.otherEventIds.join(', ')} (marked as seen).
        </p>
      ) : null}
      {reading.notes.length + notes.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {[...reading.notes, ...notes].map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
