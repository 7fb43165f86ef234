import type { Source } from '../domain/model/event-model';

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
            Field experience{source.note ? `: ${source.note}` : ''} (no Microsoft page states this)
          </li>
        ),
      )}
    </ul>
  );
}
