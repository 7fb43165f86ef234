import { decodeCode } from '../../domain/codes/decode-code';
import { parseCode } from '../../domain/codes/parse-code';

interface CodeExplanationProps {
  raw: string;
  onUse: (hex: string) => void;
}

/** What the typed error code means, shown as soon as it can be read. */
export function CodeExplanation({ raw, onUse }: CodeExplanationProps) {
  const parsed = parseCode(raw);
  if (!parsed.ok) return null;
  const d = decodeCode(parsed.value);
  const suggestion = d.suggestion;
  return (
    <div
      className="mt-2 rounded border border-slate-300 bg-white p-3 text-sm"
      data-testid="code-explanation"
    >
      <p>
        <span className="font-mono font-semibold">{d.hex}</span>{' '}
        {d.names.length > 0 ? (
          <span className="font-mono font-semibold text-blue-900">{d.names.join(' / ')}</span>
        ) : (
          <span className="text-slate-700">(not a code this tool knows by name)</span>
        )}
      </p>
      <p className="mt-1 text-slate-800">{d.meaning}</p>
      <p className="mt-1 text-slate-700">
        {d.failure ? 'Failure' : 'Not a failure (the S bit is clear)'} · facility {d.facility}
        {d.facilityName ? ` (${d.facilityName})` : ''} · code {d.code}
        {d.win32 !== undefined ? ` (Windows error ${d.win32})` : ''}
      </p>
      {suggestion ? (
        <p className="mt-2">
          {suggestion.why}{' '}
          <button
            type="button"
            className="rounded border border-blue-800 px-2 py-0.5 font-medium text-blue-900 hover:bg-blue-50"
            onClick={() => onUse(suggestion.hex)}
          >
            Use {suggestion.hex}
          </button>
        </p>
      ) : null}
    </div>
  );
}
