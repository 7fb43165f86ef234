import { MAX_EVENT_TEXT } from '../../domain/event-reader/limits';
import { MAX_PASTE_CHARS, type SavedPaste } from '../../lib/paste-store';

const count = (n: number) => n.toLocaleString('en-US');

/** What happened to a paste over the limits, said where the paste went. */
export function PasteLimit({ saved }: { saved: SavedPaste }) {
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
