import { useId, useMemo } from 'react';
import { RELATED_EVENT_IDS } from '../../domain/codes/related-events';
import { parseCode } from '../../domain/codes/decode-code';
import {
  readEvent,
  type EventField,
  type ReadEventResult,
} from '../../domain/event-reader/read-event';
import { decodeEventFile } from '../../domain/event-reader/text-source';
import { idListParam } from '../../domain/id-list';
import { checkEventId, checkText, checkTime, checkTrackingId } from '../../domain/link-codec';
import { StepLayout } from '../../components/step-layout';
import { TextField } from '../../components/text-field';
import { useTriage, type ParamUpdate } from '../../components/use-triage';
import { CodeExplanation } from './code-explanation';
import { LocalTimeConverter } from './local-time-converter';

const FIELD_PARAM: Readonly<Record<EventField, string>> = {
  eventId: 'event',
  code: 'code',
  user: 'user',
  computer: 'computer',
  trackingId: 'tid',
  time: 'time',
  host: 'host',
};

const FIELD_LABEL: Readonly<Record<EventField, string>> = {
  eventId: 'event ID',
  code: 'error code',
  user: 'client user',
  computer: 'client computer',
  trackingId: 'tracking ID',
  time: 'time',
  host: 'host',
};

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

type Checked = { ok: true } | { ok: false; reason: string };

/** One case field of the start step; its raw text lives in the link parameter of the same name. */
interface CaseFieldSpec {
  name: string;
  label: string;
  placeholder: string;
  hint?: string;
  check: (value: string) => Checked;
  extra?: React.ReactNode;
}

function errorOf(value: string | null, check: (v: string) => Checked): string | undefined {
  if (value === null || value.trim() === '') return undefined;
  const r = check(value);
  return r.ok ? undefined : r.reason;
}

export function GatherStep() {
  const { params, state, update, primaryFor } = useTriage();
  const text = params.get('text') ?? '';
  const reading = useMemo(() => (text.trim() === '' ? undefined : readEvent(text)), [text]);
  const fileId = useId();

  function applyText(value: string) {
    const changes: ParamUpdate = { text: value };
    const r = readEvent(value);
    for (const [field, found] of Object.entries(r.fields) as Array<[EventField, string]>) {
      changes[FIELD_PARAM[field]] = found;
    }
    const extra = r.otherEventIds.filter((id) => RELATED_EVENT_IDS.has(id));
    if (extra.length > 0) changes.seen = idListParam([...state.seen, ...extra]);
    update(changes, { typedIn: 'text' });
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    applyText(decodeEventFile(bytes).slice(0, 1_000_000));
  }

  const field = (name: string) => params.get(name) ?? '';
  const fields: CaseFieldSpec[] = [
    {
      name: 'code',
      label: 'Error code',
      placeholder: '0xC0002A14',
      hint: 'From the line Error Code: hex, or decimal, as written.',
      check: parseCode,
      extra: (
        <CodeExplanation
          raw={field('code')}
          onUse={(hex) => update({ code: hex }, { push: true })}
        />
      ),
    },
    {
      name: 'user',
      label: 'Client user',
      placeholder: 'CONTOSO\\jdoe',
      check: (v) => checkText('user', v),
    },
    {
      name: 'computer',
      label: 'Client computer',
      placeholder: 'SSO01',
      hint: 'Where the generate request came from.',
      check: (v) => checkText('computer', v),
    },
    {
      name: 'tid',
      label: 'Tracking ID',
      placeholder: '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}',
      check: checkTrackingId,
    },
    {
      name: 'time',
      label: 'Time logged (UTC)',
      placeholder: '2024-03-05T14:07:12Z',
      hint: reading?.localTime
        ? `The paste shows ${reading.localTime} in local time: enter it here in UTC.`
        : 'ISO 8601 with a zone, used for the event log search window.',
      check: checkTime,
      extra:
        reading?.localTime && field('time') === '' ? (
          <LocalTimeConverter
            key={reading.localTime}
            localTime={reading.localTime}
            onUse={(iso) => update({ time: iso }, { push: true })}
          />
        ) : null,
    },
    {
      name: 'host',
      label: 'Logged on computer',
      placeholder: 'SSO01.contoso.com',
      hint: 'The computer whose Application log holds the event.',
      check: (v) => checkText('host', v),
    },
    { name: 'event', label: 'Event ID', placeholder: '10526', check: checkEventId },
  ];

  return (
    <StepLayout
      title="What did ENTSSO log?"
      intro={
        <p>
          Paste event 10526 as you have it, or type what you know. The fields fill in while you
          paste; nothing leaves this page.
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

      <div className="grid gap-x-6 md:grid-cols-2">
        {fields.map(({ name, extra, check, ...spec }) => (
          <TextField
            key={name}
            name={name}
            value={field(name)}
            onChange={(value) => update({ [name]: value }, { typedIn: name })}
            error={errorOf(params.get(name), check)}
            {...spec}
          >
            {extra}
          </TextField>
        ))}
      </div>
    </StepLayout>
  );
}

function ReaderSummary({ reading }: { reading: ReadEventResult }) {
  const found = (Object.keys(reading.fields) as EventField[]).map((f) => FIELD_LABEL[f]);
  return (
    <div className="rounded border border-slate-300 bg-white p-3">
      <p>
        Read as {SHAPE_LABEL[reading.shape]}.{' '}
        {found.length > 0 ? `Found: ${found.join(', ')}.` : 'No fields found.'}{' '}
        {reading.missing.length > 0
          ? `Not in the text: ${reading.missing.map((f) => FIELD_LABEL[f]).join(', ')}.`
          : ''}
      </p>
      {reading.otherEventIds.length > 0 ? (
        <p className="mt-1">
          Other events in the paste: {reading.otherEventIds.join(', ')} (marked as seen).
        </p>
      ) : null}
      {reading.notes.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {reading.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
