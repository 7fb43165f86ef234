import { quotePowerShell } from '../domain/shell-quote';
import CollectorScript from './collector-script';
import { CommandBlock } from './command-block';

/** What the collector reads, how to run it, a download, and the script in full. */
export default function CollectorPanelBody({ backup }: { backup?: string | undefined }) {
  const quoted = backup ? quotePowerShell(backup) : undefined;
  const run = `powershell -ExecutionPolicy Bypass -File .\\entsso-triage.ps1${
    quoted?.ok ? ` -BackupPath ${quoted.text}` : ''
  } -Hours 24`;
  return (
    <>
      <p className="mt-2">
        A read-only PowerShell script (Windows PowerShell 5.1 or PowerShell 7, nothing to install).
        It reads your logon token, <code>ssomanage -displaydb</code>, the ENTSSO registry keys and
        service, the Application log and the backup folder, tests the TCP ports of SQL Server and of
        the master secret server, and prints one block. It writes and changes nothing. Run it on the
        server where you will generate the secret, as that person, in the window you will use; then
        paste its block into Event text. The block stays in this tab.
      </p>
      <CollectorScript>
        <CommandBlock title="Run it" shell="PowerShell, in the script's folder" command={run} />
      </CollectorScript>
    </>
  );
}
