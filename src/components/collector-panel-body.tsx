import { quotePowerShell } from '../domain/shell-quote';
import CollectorScript from './collector-script';
import { CommandBlock } from './command-block';

/** What the collector reads, how to run it, a download, and the script in full. */
export default function CollectorPanelBody({ backup }: { backup?: string | undefined }) {
  const quoted = backup ? quotePowerShell(backup) : undefined;
  const run = `powershell -ExecutionPolicy Bypass -File .\\entsso-triage.ps1${
    quoted?.ok ? ` -BackupPath ${quoted.text}` : ''
  } -Hours 24`;
  const sha256 = import.meta.env.VITE_COLLECTOR_SHA256;
  const hashCheck = `(Get-FileHash -Algorithm SHA256 -LiteralPath .\\entsso-triage.ps1).Hash -eq '${sha256 ?? ''}'`;
  return (
    <>
      <p className="mt-2">
        A read-only PowerShell script (Windows PowerShell 5.1 or PowerShell 7, nothing to install).
        It reads your logon token, <code>ssomanage -displaydb</code>, the ENTSSO registry keys and
        service, the cluster resources, the Application log and the backup folder, and prints one
        block. It writes and changes nothing. Its network use: <code>ssomanage</code> asks the SSO
        server (which reads the SSO database), the group check may ask Active Directory, a cluster
        node asks its cluster service, and short TCP tests reach SQL Server and port 135 of the
        master secret server. Run it on the server that logged the event, as the person who ran the
        failing command, in the window they used; then paste its block into Event text. The block
        stays in this tab.
      </p>
      {sha256 ? (
        <p className="mt-2" data-testid="collector-hash">
          Before you run it, check that the copy on the server is this one: its SHA-256 is{' '}
          <code className="break-all">{sha256}</code>. Where only signed scripts may run,{' '}
          <code>-ExecutionPolicy Bypass</code> can be refused by policy: follow your
          organisation&apos;s rule for unsigned scripts, or run the probes by hand.
        </p>
      ) : null}
      <CollectorScript>
        {sha256 ? (
          <CommandBlock
            title="Check the copy"
            shell="PowerShell, in the script's folder"
            command={hashCheck}
          />
        ) : null}
        <CommandBlock title="Run it" shell="PowerShell, in the script's folder" command={run} />
      </CollectorScript>
    </>
  );
}
