import { sources } from '../../sources/sources';
import type { CauseText } from '../event-model';
import { change, cmd, ps, step } from '../fix-steps';
import { BRING_CLUSTERED_ONLINE, offCluster, restartEntsso } from '../family/service-steps';

const GENERATE = 'learn:how-to-generate-the-master-secret';
const RESTORE_ON_NODE = 'To restore the master secret on the second cluster node';
const NODE_CYCLE = {
  page: 'how-to-cluster-the-master-secret-server1',
  procedure: RESTORE_ON_NODE,
  step: 3,
};
const NODE_RESTORE = { ...NODE_CYCLE, step: 6 };
const MANAGING = 'learn:managing-the-master-secret';
const BACKUP = 'learn:how-to-back-up-the-master-secret';
const RESTORE = 'learn:how-to-restore-the-master-secret';
const MSS = 'learn:master-secret-server';
const MOVE = 'learn:how-to-move-the-master-secret-server';
const CHANGE_MSS = 'learn:how-to-change-the-master-secret-server';
const CLUSTER = 'learn:how-to-cluster-the-master-secret-server1';
const ADMINS = 'learn:how-to-specify-sso-administrators-and-affiliate-administrators-accounts';
const GROUPS = 'learn:sso-user-groups';
const DISPLAY_DB = 'learn:how-to-display-the-sso-database-information';
const SECURITY = 'learn:sso-security-recommendations';
const EVENT_10526 = 'learn:single-sign-on-event-10526';
const PORTS = 'learn:ports-for-the-enterprise-single-sign-on-servers';
const MSDTC = 'learn:troubleshooting-problems-with-msdtc';
const TROUBLESHOOT = 'learn:troubleshooting-enterprise-single-sign-on';
const SET_SERVER = 'learn:how-to-set-the-sso-server';

/** What every fix ends with: the same two checks, whatever the cause was. */
export const AFTER_FIX: readonly string[] = [
  'Generate the secret again and look for event 10525 (the secret was generated) in the Application log of the master secret server.',
  'Back up the new secret at once (ssoconfig -backupSecret) and look for event 10559; keep the file and its password away from the server.',
];

const DISPLAY_DB_STEP = (what: string) =>
  step(
    `Show the SSO database settings and read ${what}.`,
    [DISPLAY_DB],
    cmd('ssomanage -displaydb'),
  );
const RERUN_ELEVATED = step(
  'On the master secret server, open a command prompt with "Run as administrator" and generate the secret from there.',
  [GENERATE],
  cmd('ssoconfig -generateSecret {backup}'),
);
const RESTART_SERVICE = restartEntsso('Restart ENTSSO on the master secret server.', ['field']);

export const CAUSE_TEXT: Readonly<Record<string, CauseText>> = {
  'not-master-secret-server': {
    title: 'The attempt ran on a computer that is not the master secret server',
    explanation:
      'Only the one server that holds the master secret can make a new one; every other SSO server refuses.',
    fix: [
      DISPLAY_DB_STEP('the secret server name'),
      step(
        'Sign in to that server (on a cluster: the node that owns the ENTSSO resource) and generate the secret there.',
        [MSS, GENERATE],
        cmd('ssoconfig -generateSecret {backup}'),
      ),
      step(
        'If that server is gone for good, promote another SSO server to master secret server and restore the secret there (see the guide), then generate on it.',
        [CHANGE_MSS],
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(MSS, MOVE, GENERATE, 'event:10766'),
    guides: ['master-secret-server', 'generate-master-secret'],
  },
  'cluster-node': {
    title: 'The master secret server is clustered, and the request ran on the wrong node or name',
    explanation:
      "On a clustered master secret server the SSO database names the SSO network name (the Network Name resource in the cluster role that holds ENTSSO), not a node and not the cluster's own name. The request must run on the node that owns that role, and the resource must present the network name.",
    fix: [
      step(
        'In Failover Cluster Manager, find the node that owns the ENTSSO generic service resource and sign in there.',
        [CLUSTER],
      ),
      step(
        'Check that the resource has "Use Network Name for computer name" ticked; without it SSO servers calling the master secret server get 0x800706D9.',
        [CLUSTER],
      ),
      step(
        'Generate the secret on that node, elevated.',
        [CLUSTER, GENERATE],
        cmd('ssoconfig -generateSecret {backup}'),
      ),
      {
        ...change(
          'Moves the SSO cluster role, then takes the clustered ENTSSO offline and online: a short pause for every SSO server.',
          'Give the new secret to each other node in turn: move the cluster role there, take the ENTSSO resource offline and online (the restore may fail otherwise), copy the backup file into the Enterprise Single Sign-On folder of that node.',
          [CLUSTER],
        ),
        follows: NODE_CYCLE,
      },
      {
        ...change(
          "Writes the master secret into that node's registry.",
          'Then, signed in to that node from an elevated prompt, restore the secret from that copy (not from the share it came from).',
          [CLUSTER, RESTORE],
          cmd(
            'cd /d "%CommonProgramFiles%\\Enterprise Single Sign-On" && ssoconfig -restoreSecret {backupfile}',
          ),
        ),
        follows: NODE_RESTORE,
      },
    ],
    verify: AFTER_FIX,
    sources: sources(CLUSTER, MSS, 'field'),
    guides: ['master-secret-server', 'generate-master-secret', 'restore-master-secret'],
  },
  'wrong-secret-server-name': {
    title: 'The SSO database names the wrong master secret server',
    explanation:
      'After a clone, a rename or a move, the secret server name recorded in the SSO database can point at a computer that no longer holds the secret.',
    fix: [
      DISPLAY_DB_STEP('the secret server name'),
      change(
        'Changes the secret server name in the SSO database: every SSO server will ask the new name for the secret.',
        'Write an XML file that sets the right name, and load it with ssomanage -updatedb. From a computer that is not the master secret server the file may hold only <secretServer>.',
        [CHANGE_MSS, 'event:10575'],
        cmd('ssomanage -updatedb secret-server.xml'),
      ),
      ...RESTART_SERVICE,
    ],
    verify: AFTER_FIX,
    sources: sources(CHANGE_MSS, 'event:10575', 'event:10532', 'field'),
    guides: ['master-secret-server'],
  },
  'sso-disabled': {
    title: 'The SSO system is disabled',
    explanation: 'While SSO is disabled, no new secret can be generated.',
    fix: [
      DISPLAY_DB_STEP('whether SSO is enabled'),
      change(
        'Turns SSO on for the whole SSO system: every SSO server starts serving credentials again.',
        'Enable it (as an SSO administrator), then generate again.',
        ['event:10537', 'event:10583', 'field'],
        cmd('ssomanage -enablesso'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(DISPLAY_DB, 'event:10537', 'event:10583', 'field'),
    guides: ['managing-master-secret', 'sso-administrators'],
  },
  'sso-service-unavailable': {
    title: 'The ENTSSO service on the master secret server is stopped or out of reach',
    explanation:
      'The request is served by ENTSSO on the master secret server. When the service is stopped, or its name is wrong, nothing can be generated.',
    fix: [
      step(
        'Read which computer the SSO database names as the master secret server ("Secret server name"). If that computer no longer holds the secret, the name is the problem, not the service: see the guide.',
        [DISPLAY_DB],
        cmd('ssomanage -displaydb'),
      ),
      step(
        'Check the service on that computer. (Get-Service -ComputerName exists only in Windows PowerShell 5.1; Invoke-Command works in both.)',
        [MSS, 'field'],
        ps('Invoke-Command -ComputerName {mss} -ScriptBlock { Get-Service -Name ENTSSO }'),
      ),
      offCluster(
        change(
          'Starts ENTSSO on the master secret server.',
          'Start it if it is stopped, and read the ENTSSO events there for why it stopped.',
          [MSS, 'event:10767'],
          ps('Invoke-Command -ComputerName {mss} -ScriptBlock { Start-Service -Name ENTSSO }'),
        ),
      ),
      BRING_CLUSTERED_ONLINE,
    ],
    verify: AFTER_FIX,
    sources: sources(MSS, DISPLAY_DB, 'event:10767', 'event:10532'),
    guides: ['master-secret-server'],
  },
  'rpc-blocked': {
    title: 'RPC between this computer and the master secret server is refused or blocked',
    explanation:
      'The SSO tools reach the master secret server over RPC: TCP 135, then a dynamic port (49152-65535 unless fixed ports are set). A firewall, RPC authentication between domains, the wrong SSO server set for the tools, or a stopped service ends the call.',
    fix: [
      step(
        'See which SSO server the SSO tools on this computer talk to: it must be the one you expect.',
        [TROUBLESHOOT, SET_SERVER],
        cmd('ssomanage -showserver'),
      ),
      step(
        'Read the master secret server\'s name in the SSO database ("Secret server name"): the computer the test below must reach.',
        [DISPLAY_DB],
        cmd('ssomanage -displaydb'),
      ),
      step(
        'Test the endpoint mapper port from the computer the request came from.',
        [PORTS],
        ps('Test-NetConnection -ComputerName {mss} -Port 135'),
      ),
      change(
        'Changes firewall rules between the two computers.',
        'Open TCP 135 and the dynamic RPC range (49152-65535, or your fixed range) between the two computers.',
        [PORTS],
      ),
      step(
        'Only on Windows Server 2008 or 2008 R2, where RPC security is a DTC feature: if the master secret server is in another domain than the other SSO servers and the SSO database, Microsoft says RPC security must be turned off on all of them. On later Windows versions Microsoft gives no such step; read the security recommendations before you change anything.',
        [SECURITY],
      ),
      step('Read events 10555, 10602, 10613 and 11015 for the exact refusal.', [
        'event:10555',
        'event:10602',
        'event:10613',
        'event:11015',
      ]),
      step(
        'Or generate on the master secret server itself, where no network call is needed.',
        [GENERATE],
        cmd('ssoconfig -generateSecret {backup}'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(
      PORTS,
      TROUBLESHOOT,
      'event:10555',
      'event:10602',
      'event:10613',
      'event:11015',
      SECURITY,
    ),
    guides: ['master-secret-server'],
  },
  'sso-db-unavailable': {
    title: 'The SSO database cannot be reached',
    explanation:
      'Generating re-encrypts what the SSO database holds, so SQL Server must answer. After about five minutes without it, SSO goes offline (events 10590 and 10768).',
    fix: [
      step(
        'See which SQL Server and database this server uses.',
        [DISPLAY_DB],
        cmd('ssomanage -showdb'),
      ),
      step(
        'Check that SQL Server is up and that its port (1433 by default) is open from the master secret server.',
        [PORTS],
        ps('Test-NetConnection -ComputerName {sqlserver} -Port 1433'),
      ),
      step(
        'Read event 10590 and the SQL Server log for why the database refused; one cause seen in practice is an SSO service account that may no longer log in. Then generate again.',
        ['event:10590', 'field'],
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(DISPLAY_DB, PORTS, 'event:10590', 'event:10768', 'field'),
    guides: ['managing-master-secret', 'master-secret-server'],
  },
  'dtc-unavailable': {
    title: 'MSDTC is missing or not set up for remote operation',
    explanation:
      'SSO works in distributed transactions. When the SSO service cannot get MSDTC, or MSDTC refuses remote transactions, the change cannot be written.',
    fix: [
      step(
        'See which SQL Server holds the SSO database: MSDTC must work between it and the master secret server.',
        [DISPLAY_DB],
        cmd('ssomanage -showdb'),
      ),
      change(
        'Changes the MSDTC security settings of both computers; MSDTC restarts.',
        'On the master secret server and the SQL Server, open Component Services, Local DTC properties, and allow network DTC access with inbound and outbound transactions.',
        [MSDTC, 'event:10788'],
      ),
      step(
        'Check that each computer resolves the other by its NetBIOS name, both ways, and that RPC (TCP 135 and the dynamic ports) passes any firewall between them.',
        [MSDTC],
        cmd('ping -a {sqlserver}'),
      ),
      step(
        'Check that the MSDTC service runs on both computers.',
        ['event:11049'],
        ps('Get-Service -Name MSDTC'),
      ),
      step('Generate again once events 11049, 10605, 10788 and 10789 stop.', [
        'event:10605',
        'event:10789',
      ]),
    ],
    verify: AFTER_FIX,
    sources: sources(MSDTC, 'event:11049', 'event:10605', 'event:10788', 'event:10789'),
    guides: ['managing-master-secret'],
  },
  'reencrypt-in-progress': {
    title: 'An earlier secret change is still re-encrypting the SSO database',
    explanation:
      'After a new secret, every credential is re-encrypted. Until that ends (event 10528), a further change is refused.',
    fix: [
      step(
        'Look for event 10528 after the last 10562 in the Application log of the master secret server.',
        ['event:10562', 'event:10528'],
      ),
      step(
        'Wait until it appears; if 10522 shows, re-encryption failed and will retry, so fix what it names first.',
        ['event:10522'],
      ),
      step('Generate again only after re-encryption is complete.', ['event:10814', GENERATE]),
    ],
    verify: AFTER_FIX,
    sources: sources(MSS, 'event:10562', 'event:10528', 'event:10522', 'event:10814'),
    guides: ['managing-master-secret'],
  },
  'secret-unreadable': {
    title: 'The stored secret cannot be read, most likely after a service account change',
    explanation:
      'The master secret in the registry is protected for the SSO service account. When that account changes, the secret can no longer be read.',
    fix: [
      step('Check whether the ENTSSO service account was changed recently.', [
        'event:10565',
        'event:10521',
      ]),
      change(
        "Replaces the master secret in this server's registry with the one in the backup file (or, for the account, changes what ENTSSO runs as).",
        "Put the original account back, or restore the master secret from its backup file. Microsoft's order for an account change: back up the secret, stop ENTSSO, change the account, start it, restore the secret.",
        [TROUBLESHOOT, RESTORE],
        cmd('ssoconfig -restoreSecret {backup}'),
      ),
      step(
        'Do not generate a new secret before the current one can be read: what it protects would be lost.',
        [MANAGING],
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(TROUBLESHOOT, RESTORE, MANAGING, 'event:10565', 'event:10521'),
    guides: ['restore-master-secret', 'managing-master-secret'],
  },
  'service-account-not-sso-admin': {
    title: 'The SSO service account is not in SSO Administrators',
    explanation:
      'The ENTSSO service itself must belong to the SSO Administrators account named in the SSO database.',
    fix: [
      DISPLAY_DB_STEP('the SSO Administrators account'),
      step(
        'Find the account the ENTSSO service runs as.',
        [GROUPS],
        ps('(Get-CimInstance Win32_Service -Filter "Name=\'ENTSSO\'").StartName'),
      ),
      change(
        'Gives the ENTSSO service account SSO administration rights on the whole SSO system.',
        'Add that account to the SSO Administrators group named in the SSO database.',
        [ADMINS, 'event:10550'],
      ),
      ...RESTART_SERVICE,
    ],
    verify: AFTER_FIX,
    sources: sources(ADMINS, GROUPS, 'event:10550'),
    guides: ['sso-administrators'],
  },
  'invalid-sso-admin-account': {
    title: 'The SSO Administrators account in the SSO database is not valid',
    explanation:
      'The account named as SSO Administrators in the SSO database does not exist or cannot be resolved, so nobody passes the membership check.',
    fix: [
      DISPLAY_DB_STEP('the SSO Administrators account'),
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
        'Disables SSO on every SSO server of the system: nothing gets credentials from SSO until it is enabled again. Run ssomanage -enablesso afterwards even if the update fails.',
        'Point the SSO database at a valid group: disable SSO, load an XML file with the new account through ssomanage -updatedb, then enable SSO again (the guide has each step).',
        [ADMINS],
        cmd('ssomanage -disablesso'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(ADMINS, 'event:10517', 'event:11051'),
    guides: ['sso-administrators'],
  },
  'not-elevated': {
    title: 'The tool ran without elevation',
    explanation:
      'With User Account Control on, even an administrator works with a filtered token until they choose "Run as administrator".',
    fix: [
      RERUN_ELEVATED,
      step('For the SSO Administration snap-in, start the MMC console elevated as well.', [
        'field',
      ]),
    ],
    verify: AFTER_FIX,
    sources: sources(GENERATE, SECURITY, 'field'),
    guides: ['generate-master-secret'],
  },
  'not-local-admin': {
    title: 'The client user is not a Windows administrator on the master secret server',
    explanation:
      'Generating the secret needs local administrator rights on the master secret server, besides membership of SSO Administrators.',
    fix: [
      step(
        'On the master secret server, list the local Administrators group: the client user, or a group that holds them, should be missing.',
        [GENERATE],
        ps('Get-LocalGroupMember -Group Administrators'),
      ),
      step(
        'Changing nothing: generate as an account that is already a local administrator there (and a member of SSO Administrators), from an elevated prompt.',
        [GENERATE],
      ),
      change(
        'Gives the client user full control of the master secret server, until removed. Run it on that server, elevated, as one of its administrators.',
        'Only if that account must be the one: add it to the local Administrators group of the master secret server.',
        [GENERATE],
        ps('Add-LocalGroupMember -Group Administrators -Member {user}'),
      ),
      step('Have them log off and on again so that the new membership is in their token.', [
        'field',
      ]),
      RERUN_ELEVATED,
    ],
    verify: AFTER_FIX,
    sources: sources(GENERATE, 'event:10771'),
    guides: ['sso-administrators', 'generate-master-secret'],
  },
  'not-sso-admin': {
    title: 'The client user is not a member of SSO Administrators',
    explanation:
      'Only members of the SSO Administrators group named in the SSO database may generate the secret. Being a Windows administrator does not replace it.',
    fix: [
      DISPLAY_DB_STEP('the SSO Administrators account'),
      step(
        'List the members of that group: the client user should be missing.',
        [GROUPS, 'field'],
        ps('Get-ADGroupMember -Identity {groupname} -Recursive | Select-Object SamAccountName'),
      ),
      step('Changing nothing: generate as someone who is already a member of that group.', [
        ADMINS,
        GROUPS,
      ]),
      change(
        'Gives the client user SSO administration rights on the whole SSO system: the master secret and every affiliate application. Run it as someone allowed to change that domain group.',
        'Only if that account must be the one, and the group is a domain group: add the user to it.',
        [ADMINS, GROUPS],
        ps('Add-ADGroupMember -Identity {groupname} -Members {username}'),
      ),
      change(
        'Gives the client user SSO administration rights on the whole SSO system. Run it, elevated, on the computer that holds the group.',
        'If the group is a local group of one server instead: add the user there.',
        [ADMINS, GROUPS],
        ps('Add-LocalGroupMember -Group {groupname} -Member {user}'),
      ),
      step(
        'Log off and on again, then check that the group is in the token before generating again.',
        ['field'],
        cmd('whoami /groups'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(ADMINS, GROUPS, GENERATE, SECURITY, 'event:10772'),
    guides: ['sso-administrators', 'generate-master-secret'],
  },
  'stale-token': {
    title: 'The user was added to the group, but their logon session predates it',
    explanation:
      'Windows reads group membership at logon. A session opened before the change still lacks the group, even though Active Directory shows it.',
    fix: [
      step(
        'Log off and on again (or open a new logon session, such as a new remote desktop sign-in).',
        ['field'],
      ),
      step(
        'Check that the SSO Administrators group is now in the token.',
        ['field'],
        cmd('whoami /groups'),
      ),
      step(
        'Generate the secret again from an elevated prompt.',
        [GENERATE],
        cmd('ssoconfig -generateSecret {backup}'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(GROUPS, 'field'),
    guides: ['sso-administrators'],
  },
  'service-account-cannot-read-groups': {
    title: 'The SSO service cannot read group membership, so a real member is refused',
    explanation:
      'The SSO service checks membership itself, in Active Directory. When its service account may not read the computed group attributes, event 11016 is logged and even a member of SSO Administrators is refused.',
    fix: [
      step('Look for event 11016 on the master secret server.', ['event:11016']),
      change(
        'Lets the SSO service account read the group membership of users in the domain.',
        'Add the SSO service account to the domain group "Windows Authorization Access Group", whose members may read those attributes.',
        ['field'],
      ),
      ...RESTART_SERVICE,
    ],
    verify: AFTER_FIX,
    sources: sources('event:11016', 'field'),
    guides: ['sso-administrators'],
  },
  'backup-media': {
    title: 'The backup file is not on NTFS or removable media',
    explanation:
      'Microsoft wants the backup file on an NTFS volume or on removable media, so a FAT volume is refused; network shares are refused too (field experience).',
    fix: [
      step(
        'Choose a folder on a local NTFS volume or on removable media (for example D:\\SSOBackup).',
        [BACKUP, 'event:10561'],
      ),
      step(
        'Generate again with that path; copy the file off the server afterwards.',
        [GENERATE, 'field'],
        cmd('ssoconfig -generateSecret {backup}'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(BACKUP, GENERATE, 'event:10561', 'event:10759', 'field'),
    guides: ['back-up-master-secret', 'generate-master-secret'],
  },
  'backup-path': {
    title: 'The backup folder does not exist, or the path or its network name is not found',
    explanation:
      'The folder is not created for you, names with invalid characters are refused, and a network path or share name that does not answer is not found.',
    fix: [
      step('Correct the path if it has a typing mistake; that changes nothing on the server.', [
        'field',
      ]),
      change(
        'Creates the folder on the master secret server.',
        'Or create the folder.',
        ['field'],
        ps('New-Item -ItemType Directory -Path {folder}'),
      ),
      step('Use a simple file name ending in .bak, without wildcard or reserved characters.', [
        BACKUP,
      ]),
      step(
        'Generate again with the corrected path.',
        [GENERATE],
        cmd('ssoconfig -generateSecret {backup}'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(BACKUP, GENERATE, 'event:10560', 'field'),
    guides: ['back-up-master-secret', 'generate-master-secret'],
  },
  'backup-access': {
    title: 'The account cannot create the backup file in that folder',
    explanation:
      'Event 10560 names wrong permissions among the reasons a backup fails; in practice the file is written with the rights of the person running the tool (field experience).',
    fix: [
      step('Changing nothing: choose a folder the client user can already write to.', [BACKUP]),
      change(
        'Gives the client user write access to that folder.',
        'Or give the client user write permission on the folder.',
        [BACKUP, 'event:10784'],
      ),
      RERUN_ELEVATED,
    ],
    verify: AFTER_FIX,
    sources: sources(BACKUP, GENERATE, 'event:10784', 'event:10560'),
    guides: ['back-up-master-secret', 'generate-master-secret'],
  },
  'backup-disk-full': {
    title: 'The backup volume is full',
    explanation: 'The backup file cannot be written without free space.',
    fix: [
      step('Free space on the volume or choose another NTFS volume.', [BACKUP]),
      step('Generate again.', [GENERATE], cmd('ssoconfig -generateSecret {backup}')),
    ],
    verify: AFTER_FIX,
    sources: sources(BACKUP),
    guides: ['back-up-master-secret'],
  },
  'backup-file-in-use': {
    title: 'The backup file already exists or is open elsewhere',
    explanation:
      'An existing file with that name, or another program holding it open, stops the backup.',
    fix: [
      step('Use a new file name, or close the program that holds the file.', ['field']),
      step(
        'Keep only one .bak file in the backup folder, so that a later restore cannot pick the wrong one.',
        ['event:10564'],
      ),
    ],
    verify: AFTER_FIX,
    sources: sources('event:10564', 'field'),
    guides: ['back-up-master-secret'],
  },
  'backup-password-too-short': {
    title: 'The backup password is too short',
    explanation:
      'The password that protects the backup file must have 7 to 256 characters, and its reminder at most 512 (events 10836, 10839, 10840).',
    fix: [
      step(
        'Generate again and give a password of 7 characters or more, and a reminder.',
        [GENERATE, 'event:10836'],
        cmd('ssoconfig -generateSecret {backup}'),
      ),
      step('Store the password apart from the backup file.', [BACKUP]),
    ],
    verify: AFTER_FIX,
    sources: sources(BACKUP, GENERATE, 'event:10836', 'event:10839', 'event:10840'),
    guides: ['generate-master-secret', 'back-up-master-secret'],
  },
  unknown: {
    title: 'The evidence so far does not decide the cause',
    explanation:
      'Event 10526 only says that generating failed. The related events around it and the answers to a few questions tell why.',
    fix: [
      step(
        'Look for related ENTSSO events near the time of the 10526 (the event log step lists them).',
        [EVENT_10526],
      ),
      step('Answer the admin-rights questions: most failures come from missing rights.', [
        GENERATE,
      ]),
      step('If a backup path was given, answer the backup-file questions too.', [BACKUP]),
    ],
    verify: [],
    sources: sources(EVENT_10526, GENERATE, MANAGING),
    guides: ['managing-master-secret', 'generate-master-secret'],
  },
};
