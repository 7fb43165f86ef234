import { useId, useState } from 'react';

interface FileOpenerProps {
  /** Called with the file chosen or dropped; says what was done with it. */
  onFile: (file: File) => Promise<string>;
  /** What the files may be, after "or drop it here:". */
  kinds?: string;
  accept?: string;
}

/**
 * A step's one way in for a file, chosen or dropped: on the start step a saved event,
 * the collector's output or a whole log. The caller decides which reader gets it and
 * says so; what it says is shown here.
 */
export function FileOpener({
  onFile,
  kinds = "a saved event, the collector's output, or a whole log (.evtx, or Event Viewer's XML, CSV or tab-separated export)",
  accept = '.evtx,.xml,.csv,.tsv,.txt,.log,text/plain,text/xml',
}: FileOpenerProps) {
  const id = useId();
  const [said, setSaid] = useState('');
  const [over, setOver] = useState(false);
  async function take(file: File | undefined) {
    if (file) setSaid(await onFile(file));
  }
  return (
    <div
      className={`mb-4 rounded border-2 border-dashed p-3 text-sm ${
        over ? 'border-blue-800 bg-blue-50' : 'border-slate-400 bg-white'
      }`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void take(e.dataTransfer.files[0]);
      }}
      data-testid="file-drop"
    >
      <label htmlFor={id} className="font-semibold text-slate-900">
        Open a file
      </label>{' '}
      <span className="text-slate-800">
        or drop it here: {kinds}. It is read in this browser only.
      </span>
      <input
        id={id}
        type="file"
        accept={accept}
        className="mt-1 block text-sm"
        onChange={(e) => void take(e.target.files?.[0])}
      />
      {said ? (
        <p role="status" className="mt-1 text-slate-900" data-testid="file-opened">
          {said}
        </p>
      ) : null}
    </div>
  );
}
