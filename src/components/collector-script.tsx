import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { collectorScriptQuery } from '../lib/collector-script';
import { queryClient } from '../lib/query-client';
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
  return (
    <CommandBlock
      title="entsso-triage.ps1"
      shell="the whole script, read-only"
      command={query.data}
    />
  );
}

/** The collector script in full, loaded when the panel is opened (with the query library). */
export default function CollectorScript() {
  return (
    <QueryClientProvider client={queryClient}>
      <Script />
    </QueryClientProvider>
  );
}
