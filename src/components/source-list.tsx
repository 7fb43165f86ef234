import type { Source } from '../domain/sources/sources';

/** What a claim rests on: Microsoft pages as links, or the words "field experience". */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="list-disc pl-5 text-sm" data-sources>
      {sources.map((source) =>
        source.kind === 'microsoft' ? (
          <li key={source.url}>
            <a
              className="text-blue-800 underline"
              href={source.url}
              target="_blank"
              rel="noreferrer noopener"
            >
              {source.title}
            </a>{' '}
            (
            {new URL(source.url).hostname === 'support.microsoft.com'
              ? 'Microsoft support'
              : 'Microsoft Learn'}
            )
          </li>
        ) : (
          <li key={`field-${source.note ?? ''}`}>
            field experience{source.note ? `: ${source.note}` : ''} (no Microsoft page states this)
          </li>
        ),
      )}
    </ul>
  );
}

/** A short "(source: …)" after a step: links to the pages, or the words field experience. */
export function SourceNote({ sources }: { sources: readonly Source[] }) {
  return (
    <span className="text-xs text-slate-700" data-sources>
      (source:{' '}
      {sources.map((source, i) => (
        <span key={source.kind === 'microsoft' ? source.url : `field-${i}`}>
          {i > 0 ? '; ' : ''}
          {source.kind === 'microsoft' ? (
            <a
              className="text-blue-800 underline"
              href={source.url}
              target="_blank"
              rel="noreferrer noopener"
            >
              {source.title}
            </a>
          ) : (
            'field experience'
          )}
        </span>
      ))}
      )
    </span>
  );
}
