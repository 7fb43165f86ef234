import { sources } from '../../sources/sources';
import type { CauseText, FixStep } from '../event-model';
import { change, cmd, ps, step } from '../fix-steps';
import { BRING_CLUSTERED_ONLINE, offCluster, restartEntsso } from '../family/service-steps';

/**
 * A backup (10560) and a restore (10524) of the master secret fail for many of the same
 * reasons, with the same rights, on the same server. Their words are written once here,
 * for the operation each event is about; what only one of them has lives in its folder.
 */
export interface SecretOperation {
  /** What the person tried, as a verb: "back up", "restore". */
  verb: string;
  /** The ssoconfig command that does it, with the file filled from the case. */
  command: string;
  /** The Microsoft page of the operation. */
  page: string;
  /** What to look for once it works again. */
  verify: readonly string[];
  /** The guide of the operation. */
  guide: 'back-up-master-secret' | 'restore-master-secret';
}

export const MSS = 'learn:master-secret-server';
export const CLUSTER = 'learn:how-to-cluster-the-master-secret-server1';
export const CHANGE_MSS = 'learn:how-to-change-the-master-secret-server';
export const MOVE = 'learn:how-to-move-the-master-secret-server';
export const RESTORE = 'learn:how-to-restore-the-master-secret';
export const BACKUP = 'learn:how-to-back-up-the-master-secret';
const ADMINS = 'learn:how-to-specify-sso-administrators-and-affiliate-administrators-accounts';
const GROUPS = 'learn:sso-user-groups';
export const DISPLAY_DB = 'learn:how-to-display-the-sso-database-information';
const SECURITY = 'learn:sso-security-recommendations';
const PORTS = 'learn:ports-for-the-enterprise-single-sign-on-servers';
const MSDTC = 'learn:troubleshooting-problems-with-msdtc';
const TROUBLESHOOT = 'learn:troubleshooting-enterprise-single-sign-on';
const SET_SERVER = 'learn:how-to-set-the-sso-server';

/**
 * Event 11016's fix, wherever it was logged: the account ENTSSO runs as there may not
 * check group membership in Active Directory (the event's own words), so it is given that
 * permission and its service restarted.
 */
export const groupReadFix = (where: string): FixStep[] => [
  step(
    `Look for event 11016 ${where}: it says the account ENTSSO runs as there may not check group membership in Active Directory.`,
    ['event:11016'],
  ),
  step(
    'Read the account ENTSSO runs as on that server.',
    [GROUPS],
    ps('(Get-CimInstance Win32_Service -Filter "Name=\'ENTSSO\'").StartName'),
  ),
  change(
    'Lets that account read group membership in the domain.',
    'Add it to the domain group "Windows Authorization Access Group", whose members may read the group attributes (field experience: the event names the missing permission, not the group).',
    ['event:11016', 'field'],
  ),
  ...restartEntsso(
    'Restart ENTSSO on that server, so that its account logs on again with the new group (field experience).',
    ['field'],
  ),
];

export const displayDbStep = (what: string): FixStep =>
  step(
    `Show the SSO database settings and read ${what}.`,
    [DISPLAY_DB],
    cmd('ssomanage -displaydb'),
  );

/** Run the operation again, elevated, on the master secret server. */
export const rerun = (op: SecretOperation, text?: string): FixStep =>
  step(
    text ??
      `On the master secret server, open a command prompt with "Run as administrator" and ${op.verb} the secret from there.`,
    [op.page],
    cmd(op.command),
  );

/** The causes whose words are the same for a backup and a restore, bar the operation. */
export function sharedCauseText(op: SecretOperation): Record<string, CauseText> {
  const again = rerun(op);
  return {
    'not-master-secret-server': {
      title: `The ${op.verb} ran on a computer that is not the master secret server`,
      explanation: `Only the master secret server holds the secret, so only there can it be ${op.verb === 'back up' ? 'backed up' : 'restored'}. The server is the one the SSO database names; whether the SSOSS registry key exists says nothing here (a new master secret server has none until its restore, and every restored cluster node has one).`,
      fix: [
        displayDbStep('the secret server name'),
        step(
          `Sign in to that server (on a cluster: the node that owns the ENTSSO resource) and ${op.verb} the secret there.`,
          [MSS, op.page],
          cmd(op.command),
        ),
        step(
          'If that server is gone for good, promote another SSO server (see the guide): change the name, restart ENTSSO there, then restore the secret on it.',
          [CHANGE_MSS],
        ),
      ],
      verify: op.verify,
      sources: sources(MSS, op.page, CHANGE_MSS, 'event:10766'),
      guides: ['master-secret-server', op.guide],
    },
    'wrong-secret-server-name': {
      title: 'The SSO database names the wrong master secret server',
      explanation:
        'After a clone, a rename or a move, the secret server name in the SSO database can point at a computer that is not the one holding the secret (on a cluster it must be the SSO network name of the role).',
      fix: [
        displayDbStep('the secret server name'),
        change(
          'Changes the secret server name in the SSO database: every SSO server will ask the new name for the secret.',
          'Write an XML file with the right name and load it with ssomanage -updatedb, elevated. From a computer that is not the master secret server the file may hold only <secretServer>; where the old master secret server still runs, Microsoft runs this on it.',
          [CHANGE_MSS, MOVE, 'event:10575'],
          cmd('ssomanage -updatedb secret-server.xml'),
        ),
        ...restartEntsso(
          'On the server now named, restart ENTSSO, and restore the secret there if it does not hold it yet.',
          [MOVE, CHANGE_MSS],
        ),
        again,
      ],
      verify: op.verify,
      sources: sources(CHANGE_MSS, MOVE, CLUSTER, 'event:10575'),
      guides: ['master-secret-server'],
    },
    'sso-disabled': {
      title: 'The SSO system is disabled',
      explanation: `While SSO is disabled the SSO service refuses the ${op.verb} as it refuses other requests (field experience: Microsoft's pages say only that the whole SSO system is disabled).`,
      fix: [
        displayDbStep('whether SSO is enabled'),
        change(
          'Turns SSO on for the whole SSO system: every SSO server starts serving credentials again.',
          `Enable it once whoever disabled it agrees, then ${op.verb} again.`,
          ['learn:how-to-disable-sso', 'event:10754'],
          cmd('ssomanage -enablesso'),
        ),
      ],
      verify: op.verify,
      sources: sources('learn:how-to-disable-sso', 'event:10754', 'event:10537', 'field'),
      guides: ['managing-master-secret'],
    },
    'sso-service-unavailable': {
      title: 'ENTSSO on the master secret server is stopped or out of reach',
      explanation: `ssoconfig hands the ${op.verb} to the ENTSSO service of the master secret server; when it is stopped, or (clustered) its resource is offline, nothing answers.`,
      fix: [
        displayDbStep('the secret server name'),
        step(
          'Ask that server for its ENTSSO service. On a cluster read the state of the ENTSSO resource in Failover Cluster Manager instead: on a node that does not own it the service is stopped by design.',
          [MSS, CLUSTER, 'event:10767'],
          ps('Invoke-Command -ComputerName {mss} -ScriptBlock { Get-Service -Name ENTSSO }'),
        ),
        offCluster(
          change(
            'Starts ENTSSO on the master secret server.',
            'Start it, and read its Application log for why it had stopped.',
            [MSS, 'event:10767'],
            ps('Invoke-Command -ComputerName {mss} -ScriptBlock { Start-Service -Name ENTSSO }'),
          ),
        ),
        BRING_CLUSTERED_ONLINE,
        again,
      ],
      verify: op.verify,
      sources: sources(MSS, CLUSTER, 'event:10767'),
      guides: ['master-secret-server'],
    },
    'rpc-blocked': {
      title: 'RPC to the master secret server is refused or blocked',
      explanation:
        'Run anywhere but on the master secret server itself, the SSO tools reach it over RPC: TCP 135, then a dynamic port (49152-65535 unless fixed). A firewall, RPC security across domains, or tools pointed at another SSO server stop the call.',
      fix: [
        step(
          'See which SSO server the SSO tools on this computer talk to.',
          [TROUBLESHOOT, SET_SERVER],
          cmd('ssomanage -showserver'),
        ),
        step(
          'Test the endpoint mapper port of the master secret server from this computer.',
          [PORTS],
          ps('Test-NetConnection -ComputerName {mss} -Port 135'),
        ),
        change(
          'Changes firewall rules between the two computers.',
          'Open TCP 135 and the dynamic range (49152-65535, or your fixed ports) both ways.',
          [PORTS],
        ),
        step(
          `Or ${op.verb} on the master secret server itself, where no network call is needed.`,
          [op.page],
          cmd(op.command),
        ),
      ],
      verify: op.verify,
      sources: sources(PORTS, TROUBLESHOOT, SECURITY, 'event:10555', 'event:10613'),
      guides: ['master-secret-server'],
    },
    'sso-db-unavailable': {
      title: 'The SSO database cannot be reached',
      explanation: `The ENTSSO service reads the SSO database as it works; with SQL Server out of reach the ${op.verb} fails with it. No Microsoft page says this operation needs the database, so only a code that names the database decides it.`,
      fix: [
        step(
          'See which SQL Server and database this server uses.',
          [DISPLAY_DB],
          cmd('ssomanage -showdb'),
        ),
        step(
          'From the master secret server, test the SQL Server port (1433 by default).',
          [PORTS],
          ps('Test-NetConnection -ComputerName {sqlserver} -Port 1433'),
        ),
        step('Read event 10590 or 10768 for why SSO went offline, then try again.', [
          'event:10590',
          'event:10768',
        ]),
      ],
      verify: op.verify,
      sources: sources(DISPLAY_DB, PORTS, 'event:10590', 'event:10768', 'field'),
      guides: ['managing-master-secret'],
    },
    'dtc-unavailable': {
      title: 'MSDTC between the master secret server and SQL Server fails',
      explanation:
        'The SSO service works inside distributed transactions; when MSDTC is missing or refuses network transactions, its calls fail.',
      fix: [
        change(
          'Changes the MSDTC security settings of both computers; MSDTC restarts.',
          'On the master secret server and the SQL Server, allow network DTC access with inbound and outbound transactions (Component Services, Local DTC).',
          [MSDTC, 'event:10788'],
        ),
        step(
          'Check that the two computers resolve each other by NetBIOS name, both ways, and that MSDTC runs on both.',
          [MSDTC, 'event:11049'],
          ps('Get-Service -Name MSDTC'),
        ),
      ],
      verify: op.verify,
      sources: sources(MSDTC, 'event:11049', 'event:10605', 'event:10788', 'event:10789'),
      guides: ['managing-master-secret'],
    },
    'reencrypt-in-progress': {
      title: 'A new secret is still being applied to the SSO database',
      explanation:
        'After a new secret is generated every credential is re-encrypted; until event 10528 says it is done, the SSO service refuses to touch the secret again.',
      fix: [
        step('Look for event 10528 after the last 10562 on the master secret server.', [
          'event:10562',
          'event:10528',
        ]),
        step(
          `Wait for it (10522 means it failed and will retry: fix what it names), then ${op.verb} again.`,
          ['event:10522', 'event:10814'],
        ),
      ],
      verify: op.verify,
      sources: sources('event:10814', 'event:10562', 'event:10528', 'event:10522'),
      guides: ['managing-master-secret'],
    },
    'service-account-not-sso-admin': {
      title: 'The ENTSSO service account is not in SSO Administrators',
      explanation:
        'The SSO service itself must belong to the SSO Administrators account named in the SSO database; without it the service cannot even start.',
      fix: [
        displayDbStep('the SSO Admin account (the group)'),
        step(
          'Read the account ENTSSO runs as on the master secret server.',
          [GROUPS],
          ps('(Get-CimInstance Win32_Service -Filter "Name=\'ENTSSO\'").StartName'),
        ),
        change(
          'Gives the ENTSSO service account SSO administration rights on the whole SSO system.',
          'Add that account to the group, then start ENTSSO.',
          [GROUPS, ADMINS, 'event:10550'],
        ),
      ],
      verify: op.verify,
      sources: sources(GROUPS, TROUBLESHOOT, 'event:10550'),
      guides: ['sso-administrators'],
    },
    'invalid-sso-admin-account': {
      title: 'The SSO Administrators account in the SSO database is not valid',
      explanation:
        'The account the SSO database names as SSO Administrators cannot be resolved, so nobody passes the membership check.',
      fix: [
        displayDbStep('the SSO Admin account'),
        step(
          'Check that the group exists in Active Directory under that name.',
          ['event:10517'],
          ps('Get-ADGroup -Identity {groupname}'),
        ),
        step(
          'Before changing it: the SSO service account and you must both be members of the new group, or the update is refused (events 10571, 10597). Where the current account is one person rather than a group, it can only be replaced by a group that has that person as a member.',
          ['event:10571', 'event:10597', GROUPS],
        ),
        change(
          'Disables SSO on every SSO server until it is enabled again; run ssomanage -enablesso afterwards even if the update fails.',
          'Point the SSO database at a valid group: disable SSO, load the new account with ssomanage -updatedb, enable SSO (the guide has each step).',
          [ADMINS],
          cmd('ssomanage -disablesso'),
        ),
      ],
      verify: op.verify,
      sources: sources(ADMINS, GROUPS, 'event:10517', 'event:10571', 'event:10597'),
      guides: ['sso-administrators'],
    },
    'not-elevated': {
      title: 'The tool ran without elevation',
      explanation:
        'With User Account Control on, an administrator works with a filtered token until the tool is started with "Run as administrator"; Microsoft notes the tool may need it.',
      fix: [
        again,
        step('For the SSO Administration snap-in, start the console elevated too.', ['field']),
      ],
      verify: op.verify,
      sources: sources(op.page, 'field'),
      guides: [op.guide],
    },
    'not-local-admin': {
      title: 'The client user is not a Windows administrator on the master secret server',
      explanation: `To ${op.verb} the secret an account must be a Windows administrator and an SSO administrator at once; either alone is refused.`,
      fix: [
        step(
          'On the master secret server, list the local Administrators group.',
          [op.page],
          ps('Get-LocalGroupMember -Group Administrators'),
        ),
        step(`Changing nothing: ${op.verb} as an account that is already both.`, [op.page]),
        change(
          'Gives the client user full control of the master secret server until removed. Run it there, elevated, as one of its administrators.',
          'Only if that account must be the one: add it to the local Administrators group, then log off and on.',
          [op.page],
          ps('Add-LocalGroupMember -Group Administrators -Member {user}'),
        ),
        again,
      ],
      verify: op.verify,
      sources: sources(op.page, 'event:10771'),
      guides: ['sso-administrators', op.guide],
    },
    'not-sso-admin': {
      title: 'The client user is not a member of SSO Administrators',
      explanation: `Only members of the SSO Administrators group named in the SSO database may ${op.verb} the secret; Windows administrator rights do not replace it.`,
      fix: [
        displayDbStep('the SSO Admin account (the group)'),
        step(
          'List the members of that group: the client user should be missing.',
          [GROUPS, 'field'],
          ps('Get-ADGroupMember -Identity {groupname} -Recursive | Select-Object SamAccountName'),
        ),
        step(`Changing nothing: ${op.verb} as someone already in that group.`, [op.page]),
        change(
          'Gives the client user SSO administration rights on the whole SSO system. Run it as someone allowed to change that group.',
          'Only if that account must be the one: add it to the group, then log off and on.',
          [ADMINS, GROUPS],
          ps('Add-ADGroupMember -Identity {groupname} -Members {username}'),
        ),
      ],
      verify: op.verify,
      sources: sources(op.page, GROUPS, SECURITY, 'event:10772'),
      guides: ['sso-administrators', op.guide],
    },
    'stale-token': {
      title: 'The user was added to the group, but their logon session predates it',
      explanation:
        'Windows reads group membership at logon: a session opened before the change lacks the group though Active Directory shows it.',
      fix: [
        step(
          'Log off and on again, then check that the group is in the token.',
          ['field'],
          cmd('whoami /groups'),
        ),
        again,
      ],
      verify: op.verify,
      sources: sources(GROUPS, 'field'),
      guides: ['sso-administrators'],
    },
    'service-account-cannot-read-groups': {
      title: 'The SSO service cannot read group membership, so a member is refused',
      explanation:
        'The SSO service checks membership itself in Active Directory. When its account may not read the group attributes (event 11016), even a member of SSO Administrators is refused.',
      fix: [...groupReadFix('on the master secret server'), again],
      verify: op.verify,
      sources: sources('event:11016', 'field'),
      guides: ['sso-administrators'],
    },
    'group-check-failed': {
      title: 'The SSO service could not check group membership at all',
      explanation:
        'Event 11008 says the membership check itself failed: most often the network, a user from another domain, or domain controllers at mixed levels. It may come from another request, so it is only listed.',
      fix: [
        step(
          'Read event 11008 and its time, and check the points it names with the network administrator.',
          ['event:11008'],
        ),
        again,
      ],
      verify: op.verify,
      sources: sources('event:11008'),
      guides: ['sso-administrators'],
    },
    'backup-media': {
      title: 'The backup file is not on NTFS or removable media',
      explanation: `Microsoft wants the file given to a ${op.verb} on an NTFS volume or on removable media, so a FAT volume is refused; network shares are refused too (field experience).`,
      fix: [
        step('Put the file in a folder on a local NTFS volume or on removable media.', [
          op.page,
          'event:10759',
        ]),
        step(`Then ${op.verb} again with that path.`, [op.page], cmd(op.command)),
      ],
      verify: op.verify,
      sources: sources(op.page, 'event:10759', 'field'),
      guides: [op.guide],
    },
    'backup-file-in-use': {
      title: 'The backup file is open in another program',
      explanation: `Another program holding the file stops the ${op.verb}.`,
      fix: [
        step('Close the program that holds the file, or work on a copy.', ['field']),
        step(`Then ${op.verb} again.`, [op.page], cmd(op.command)),
      ],
      verify: op.verify,
      sources: sources('field'),
      guides: [op.guide],
    },
  };
}
