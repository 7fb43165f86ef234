import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { COLLECTOR_FILE, collectorScriptQuery } from '../lib/collector-script';
import { ContentProvider } from './content-provider';
import { CommandBlock } from './command-block';

function Script() {
  const query = useQuery(collectorScriptQuery);
  if (query.isPending) return <p role="status">Loading the script…</p>;
  if (query.isError)
    return (
      <p role="alert" className="text-red-800">
        The script could not be loaded: {query.error.message}
      </p>
    );
  const lines = query.data.split('\n').length;
  return (
    <details className="mt-2" data-testid="collector-script">
      <summary className="cursor-pointer font-medium text-blue-900">
        View the script ({lines} lines): read it before you run it
      </summary>
      <CommandBlock
        title="entsso-triage.ps1"
        shell="the whole script, read-only"
        command={query.data}
        long
      />
    </details>
  );
}

/**
 * The download link. A hosted page links the file; the offline file, which has no file
 * beside it, hands out the script it carries as a blob.
 */
function Download() {
  const offline = import.meta.env.VITE_OFFLINE === 'true';
  const query = useQuery({ ...collectorScriptQuery, enabled: offline });
  const blobHref = useMemo(
    () =>
      offline && query.data !== undefined
        ? URL.createObjectURL(new Blob([query.data], { type: 'text/plain' }))
        : undefined,
    [offline, query.data],
  );
  useEffect(
    () => () => {
      if (blobHref) URL.revokeObjectURL(blobHref);
    },
    [blobHref],
  );
  const href = offline ? blobHref : COLLECTOR_FILE;
  return (
    <p className="mt-2">
      {href ? (
        <a
          className="font-semibold text-blue-800 underline"
          href={href}
          download="entsso-triage.ps1"
        >
          Download entsso-triage.ps1
        </a>
      ) : (
        <span role="status">Preparing the download…</span>
      )}
    </p>
  );
}

/** The collector script's download and full text, with the query library they need. */
export default function CollectorScript({ children }: { children?: React.ReactNode }) {
  return (
    <ContentProvider>
      <Download />
      {children}
      <Script />
    </ContentProvider>
  );
}
