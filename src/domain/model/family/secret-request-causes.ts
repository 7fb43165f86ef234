import { sources } from '../../sources/sources';
import type { CauseText } from '../event-model';
import { change, cmd, ps, step } from '../fix-steps';

const RESTORE = 'learn:how-to-restore-the-master-secret';
const CLUSTER = 'learn:how-to-cluster-the-master-secret-server1';
const DISPLAY_DB = 'learn:how-to-display-the-sso-database-information';
const PORTS = 'learn:ports-for-the-enterprise-single-sign-on-servers';
const MSDTC = 'learn:troubleshooting-problems-with-msdtc';
const TROUBLESHOOT = 'learn:troubleshooting-enterprise-single-sign-on';

const DISPLAY_DB_STEP = (what: string) =>
  step(
    `Show the SSO database settings and read ${what}.`,
    [DISPLAY_DB],
    cmd('ssomanage -displaydb'),
  );

/**
 * The causes on the master secret server's side of a request for the secret: the same
 * whether the SSO server logged 10532 or the master secret server logged 10527. Only what
 * to look for once fixed differs, and each event hands in its own.
 */
export function secretRequestCauses(afterFix: readonly string[]) {
  return {
    'secret-missing': {
      title: 'The master secret server holds no master secret',
      explanation:
        'The server answered but has no secret in its registry to hand out: typically a cluster node the role moved to where the secret was never restored, or a server made master secret server without a restore.',
      fix: [
        DISPLAY_DB_STEP('the secret server name'),
        step(
          'On that server (clustered: on the node that owns ENTSSO), elevated, list the GUID-named keys under SSOSS.',
          ['event:10520'],
          ps(
            "Get-ChildItem -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\ENTSSO\\SSOSS' | Select-Object -ExpandProperty PSChildName",
          ),
        ),
        change(
          'Writes the master secret into the registry of the master secret server.',
          'If none are there, restore the backed-up secret on it from an elevated prompt, as a Windows administrator who is an SSO administrator. Generate a new secret only for a new SSO system that holds no encrypted data.',
          [RESTORE, 'event:10520'],
          cmd('ssoconfig -restoreSecret {backup}'),
        ),
      ],
      verify: [
        'On the master secret server, look for event 10523 (the secret was restored).',
        ...afterFix,
      ],
      guides: ['restore-master-secret', 'master-secret-server'],
      sources: sources('event:10520', RESTORE, CLUSTER),
    },
    'secret-mismatch': {
      title: 'The master secret server holds another secret than the one in use',
      explanation:
        'There are secrets in its registry, but not the one the SSO database was encrypted with: the wrong backup was restored there, or the database came back from an older backup.',
      fix: [
        step(
          'Find the ID of the secret in use: the Current MSID of the latest 10528 on the master secret server, or the MSID in 10529/10533 on an SSO server.',
          ['event:10520', 'event:10528', 'event:10529'],
          ps(
            "Get-WinEvent -FilterHashtable @{LogName='Application';ProviderName='ENTSSO';Id=10528,10529,10533} -MaxEvents 5 | Format-List TimeCreated,Id,Message",
          ),
        ),
        change(
          'Writes a master secret into the registry of the master secret server.',
          'Restore the backup whose 10559 shows that MSID as its Current MSID. If the SSO database itself was restored from an older backup, that is what to settle: Microsoft names it but gives no procedure.',
          [RESTORE, 'event:10559', 'event:10520'],
          cmd('ssoconfig -restoreSecret {backup}'),
        ),
      ],
      verify: [
        'On the master secret server, look for event 10523 (the secret was restored).',
        ...afterFix,
      ],
      guides: ['restore-master-secret'],
      sources: sources('event:10520', 'event:10559', 'event:10528'),
    },
    'secret-unreadable': {
      title: 'The master secret server cannot read its own secret',
      explanation:
        'The secret in the registry is encrypted with a key tied to the ENTSSO service account; after that account changed, the service can no longer decrypt it.',
      fix: [
        change(
          'Changes the account ENTSSO runs as on the master secret server.',
          'Put back the service account ENTSSO ran as before on the master secret server, or keep the new one and restore the secret from its backup.',
          [TROUBLESHOOT, 'event:10565'],
        ),
        change(
          'Writes the master secret into the registry of the master secret server.',
          'Restore from the backup file (an unreadable secret cannot be backed up now).',
          [RESTORE, 'event:10565'],
          cmd('ssoconfig -restoreSecret {backup}'),
        ),
      ],
      verify: [
        'On the master secret server, look for event 10523 (the secret was restored).',
        ...afterFix,
      ],
      guides: ['restore-master-secret'],
      sources: sources(TROUBLESHOOT, 'event:10521', 'event:10565'),
    },
    'sso-db-unavailable': {
      title: 'The SSO database is out of reach',
      explanation:
        'The master secret server and the SSO servers read the SSO database on SQL Server; when it is down or unreachable, fetching the secret fails too (field experience: the page of this event does not name the database; its own codes and events do).',
      fix: [
        DISPLAY_DB_STEP('the SQL Server name and database'),
        step(
          'From the master secret server, test the SQL Server port.',
          [PORTS],
          ps('Test-NetConnection -ComputerName {sqlserver} -Port 1433'),
        ),
      ],
      verify: afterFix,
      guides: ['managing-master-secret'],
      sources: sources(PORTS, 'event:10590', 'field'),
    },
    'sso-disabled': {
      title: 'The SSO system is disabled',
      explanation:
        'While SSO is disabled, the SSO servers refuse their work, fetching the secret included (field experience: Microsoft says only that the whole SSO system is disabled).',
      fix: [
        change(
          'Enables SSO for the whole SSO system.',
          'Enable SSO again once whoever disabled it agrees.',
          ['learn:how-to-disable-sso'],
          cmd('ssomanage -enablesso'),
        ),
      ],
      verify: afterFix,
      guides: ['managing-master-secret'],
      sources: sources('learn:how-to-disable-sso', 'field'),
    },
    'dtc-unavailable': {
      title: 'MSDTC between the servers and SQL Server fails',
      explanation:
        'ENTSSO works inside distributed transactions; when MSDTC cannot reach the other side, the SSO calls fail. Microsoft shows an SSO server failing this way on its MSDTC page; that a fetch of the secret fails so is field experience (the page of this event does not name MSDTC).',
      fix: [
        step(
          'Check MSDTC on this server, the master secret server and SQL Server: network access allowed, name resolution both ways.',
          [MSDTC],
        ),
      ],
      verify: afterFix,
      guides: ['master-secret-server'],
      sources: sources(MSDTC, 'event:11049', 'field'),
    },
  } satisfies Readonly<Record<string, CauseText>>;
}
