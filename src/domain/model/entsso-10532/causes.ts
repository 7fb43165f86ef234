import { sources } from '../../sources/sources';
import type { CauseText } from '../event-model';
import { groupReadFix } from '../secret-operations/operation-causes';
import { change, cmd, ps, step } from '../fix-steps';
import { BRING_CLUSTERED_ONLINE, offCluster, restartEntsso } from '../family/service-steps';
import { secretRequestCauses } from '../family/secret-request-causes';

const EVENT = 'event:10532';
const MSS = 'learn:master-secret-server';
const CHANGE_MSS = 'learn:how-to-change-the-master-secret-server';
const MOVE = 'learn:how-to-move-the-master-secret-server';
const CLUSTER = 'learn:how-to-cluster-the-master-secret-server1';
const CLUSTER_WITH_HOST = 'learn:how-to-cluster-sso-and-a-biztalk-host-in-the-same-cluster-group1';
const RESTORE = 'learn:how-to-restore-the-master-secret';
const DISPLAY_DB = 'learn:how-to-display-the-sso-database-information';
const GROUPS = 'learn:sso-user-groups';
const PORTS = 'learn:ports-for-the-enterprise-single-sign-on-servers';
const MSDTC = 'learn:troubleshooting-problems-with-msdtc';
const TROUBLESHOOT = 'learn:troubleshooting-enterprise-single-sign-on';
const HA = 'learn:high-availability-for-enterprise-single-sign-on';
const SECURITY = 'learn:sso-security-recommendations';

/** What every fix ends with: the SSO servers get the secret again, and the warning stops. */
export const AFTER_FIX: readonly string[] = [
  'On this SSO server, look for event 10529 or 10533 (the current secret was fetched) after the fix, and no new 10532.',
  'If other BizTalk servers logged 10532 in the same minutes, look for the same on each of them.',
];

const DISPLAY_DB_STEP = (what: string) =>
  step(
    `Show the SSO database settings and read ${what}.`,
    [DISPLAY_DB],
    cmd('ssomanage -displaydb'),
  );

/** Said first in every fix: a restart here throws away the secret this server still holds. */
const DO_NOT_RESTART = step(
  'While the warning lasts, do not restart ENTSSO or the host instances on this BizTalk server, and do not generate a new secret: running work carries on with the secret it holds, but a restarted service cannot start again until the master secret server answers.',
  [HA, 'field'],
);

export const CAUSE_TEXT: Readonly<Record<string, CauseText>> = {
  ...secretRequestCauses(AFTER_FIX),
  'sso-service-unavailable': {
    title: 'ENTSSO is not running on the master secret server',
    explanation:
      'This SSO server reached for the secret and found no SSO service to answer on the master secret server: the service is stopped, the computer is down, or (clustered) the ENTSSO resource is offline.',
    fix: [
      DO_NOT_RESTART,
      DISPLAY_DB_STEP('the secret server name'),
      step(
        'Ask that server for the state of its ENTSSO service. On a cluster, read the state of the ENTSSO resource in Failover Cluster Manager instead: a node that does not own it shows the service stopped by design.',
        [EVENT, CLUSTER],
        ps('Invoke-Command -ComputerName {mss} -ScriptBlock { Get-Service -Name ENTSSO }'),
      ),
      offCluster(
        change(
          'Starts ENTSSO on the master secret server.',
          'Start ENTSSO there, then read its Application log for why it had stopped (10550, 10520, 10521, 10565, 10590).',
          [EVENT, HA],
          ps('Invoke-Command -ComputerName {mss} -ScriptBlock { Start-Service -Name ENTSSO }'),
        ),
      ),
      BRING_CLUSTERED_ONLINE,
    ],
    verify: AFTER_FIX,
    guides: ['secret-server-unreachable', 'master-secret-server'],
    sources: sources(EVENT, HA, CLUSTER),
  },
  'wrong-secret-server-name': {
    title: 'The SSO database names a master secret server that cannot answer',
    explanation:
      'The secret server name recorded in the SSO database points at a computer that does not hold the secret, no longer exists, or (clustered) a node or cluster name instead of the SSO network name of the role.',
    fix: [
      DO_NOT_RESTART,
      DISPLAY_DB_STEP(
        'the secret server name; compare it with the name in the event and with the computer that holds the secret',
      ),
      step(
        'Write an XML file, secret-server.xml, that holds only the new name (from a server that is not the master secret server nothing else may be in it): <sso><globalInfo><secretServer>NAME</secretServer></globalInfo></sso>. On a cluster NAME is the network name resource in the SSO role.',
        [CHANGE_MSS, CLUSTER],
      ),
      change(
        'Changes the master secret server that every SSO server of this SSO system uses.',
        'Update the SSO database from that file, from an elevated prompt. Where the old master secret server still runs, Microsoft does this on it.',
        [CHANGE_MSS, MOVE],
        cmd('ssomanage -updatedb secret-server.xml'),
      ),
      ...restartEntsso(
        'On the new master secret server, restart ENTSSO, then restore the secret there if it does not hold it yet.',
        [MOVE, CHANGE_MSS, RESTORE],
      ),
    ],
    verify: AFTER_FIX,
    guides: ['master-secret-server', 'restore-master-secret'],
    sources: sources(EVENT, CHANGE_MSS, MOVE, CLUSTER, 'event:10575'),
  },
  'cluster-node': {
    title: 'The clustered ENTSSO resource does not answer by the SSO network name',
    explanation:
      'On a clustered master secret server the SSO servers call the SSO network name of the role. Microsoft names two settings of the ENTSSO resource without which the callers get "no more endpoints" (0x800706D9): "Use Network Name for computer name" ticked, and a dependency on the Name resource of its role.',
    fix: [
      DO_NOT_RESTART,
      step(
        'In Failover Cluster Manager, open the ENTSSO resource: "Use Network Name for computer name" must be ticked, and it must depend on the Name resource of its role.',
        [CLUSTER, CLUSTER_WITH_HOST],
        ps(
          "Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'Generic Service' } | Get-ClusterParameter -Name UseNetworkName",
        ),
      ),
      change(
        'Changes the cluster resource and takes ENTSSO offline for a moment on the master secret server.',
        'Tick the box, add the dependency, then take the resource offline and online so it takes effect (the restart is field experience).',
        [CLUSTER, CLUSTER_WITH_HOST, 'field'],
      ),
    ],
    verify: AFTER_FIX,
    guides: ['secret-server-unreachable', 'master-secret-server'],
    sources: sources(CLUSTER, CLUSTER_WITH_HOST, 'field'),
  },
  'rpc-blocked': {
    title: 'RPC between this server and the master secret server is blocked',
    explanation:
      'The secret travels over RPC: port 135, then a dynamic port (49152-65535 unless fixed), in both directions. A firewall in between, or RPC security across domains, stops it.',
    fix: [
      DO_NOT_RESTART,
      step(
        'From this server, test port 135 on the master secret server.',
        [PORTS],
        ps('Test-NetConnection -ComputerName {mss} -Port 135'),
      ),
      change(
        'Opens firewall ports between the SSO servers and the master secret server.',
        'Open TCP 135 and the dynamic range (or the fixed ports you set for ENTSSO and MSDTC) both ways between every SSO server and the master secret server.',
        [PORTS],
      ),
      change(
        'Lowers RPC security on the servers involved: a security decision, last resort.',
        'Only on Windows Server 2008 or 2008 R2, across domains, and only if the ports are open: there Microsoft describes turning RPC security (a DTC feature on those versions) off on the master secret server, the SSO servers and the database server. It gives no such step for later versions.',
        [SECURITY, MSDTC],
      ),
    ],
    verify: AFTER_FIX,
    guides: ['secret-server-unreachable'],
    sources: sources(PORTS, SECURITY, MSDTC, 'event:10555', 'event:10613'),
  },
  'service-account-not-sso-admin': {
    title: "This server's ENTSSO account is not an SSO administrator",
    explanation:
      "Microsoft says only SSO administrators can reach the master secret, and that the ENTSSO service account must be a member of the SSO Administrators account (event 10550 when it is not, at service start). That the master secret server refuses the fetch in that account's name is field experience; since a running service passed that check when it started, look for a change to the account or the group since then.",
    fix: [
      step(
        'On this server, read the account ENTSSO runs as.',
        [GROUPS],
        ps('(Get-CimInstance Win32_Service -Filter "Name=\'ENTSSO\'").StartName'),
      ),
      DISPLAY_DB_STEP('the SSO Admin account (the group)'),
      change(
        'Adds the service account to the SSO Administrators group of the whole SSO system.',
        'Add that account to the group (directly or through a nested group).',
        [GROUPS, MSS],
      ),
    ],
    verify: AFTER_FIX,
    guides: ['sso-administrators'],
    sources: sources(GROUPS, MSS, TROUBLESHOOT, 'event:10550', 'field'),
  },
  'service-account-cannot-read-groups': {
    title: 'The master secret server may not read group membership',
    explanation:
      'The master secret server checks in Active Directory whether the caller is an SSO administrator. Event 11016 there says its ENTSSO service account lacks the permission to check group membership, so even a member is refused: a permission on that account, not the network.',
    fix: [DO_NOT_RESTART, ...groupReadFix('on the master secret server')],
    verify: AFTER_FIX,
    guides: ['sso-administrators'],
    sources: sources('event:11016', 'field'),
  },
  unknown: {
    title: 'Not settled yet: start with the master secret server',
    explanation:
      "The evidence so far names no cause. The event's own page points first at the master secret server: its name in the SSO database, and whether it and its ENTSSO service are up.",
    fix: [
      DO_NOT_RESTART,
      DISPLAY_DB_STEP('the secret server name'),
      step(
        'Check that the computer named there is up and its ENTSSO service (clustered: the resource) is running, then answer the secret-server checks.',
        [EVENT],
        ps('Invoke-Command -ComputerName {mss} -ScriptBlock { Get-Service -Name ENTSSO }'),
      ),
    ],
    verify: AFTER_FIX,
    guides: ['secret-server-unreachable', 'master-secret-server'],
    sources: sources(EVENT),
  },
};
