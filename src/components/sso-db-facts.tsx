import { CaseFieldGrid } from './case-field-grid';
import { CommandBlock } from './command-block';
import { withSsoFolder } from '../domain/commands/sso-tools';

/** The SSO database's own record (secret server, admin group, SQL Server), copied into the case. */
export function SsoDbFacts({ lead }: { lead: string }) {
  return (
    <section
      className="mb-6 rounded border border-slate-300 bg-white p-4"
      aria-labelledby="sso-db-facts"
    >
      <h2 id="sso-db-facts" className="font-semibold text-slate-900">
        What the SSO database records
      </h2>
      <p className="text-sm text-slate-700">{lead}</p>
      <CommandBlock
        title="ssomanage"
        shell="cmd"
        command={withSsoFolder('ssomanage -displaydb', 'cmd')}
      />
      <CaseFieldGrid step="admin-rights" />
    </section>
  );
}
