import { sources } from '../../sources/sources';
import { secretRequestCauses } from '../family/secret-request-causes';
import type { CauseText } from '../event-model';
import { READ_ASKING_ACCOUNT } from './checks';
import { change, cmd, ps, step } from '../fix-steps';
import { restartEntsso } from '../family/service-steps';
import {
  CHANGE_MSS,
  CLUSTER,
  MOVE,
  MSS,
  displayDbStep,
  groupReadFix,
} from '../secret-operations/operation-causes';

const EVENT = 'event:10527';
const GROUPS = 'learn:sso-user-groups';
const PORTS = 'learn:ports-for-the-enterprise-single-sign-on-servers';
const SECURITY = 'learn:sso-security-recommendations';
const TROUBLESHOOT = 'learn:troubleshooting-enterprise-single-sign-on';

/** What every fix ends with: the master secret server hands out the secret again. */
export const AFTER_FIX: readonly string[] = [
  'On the master secret server, look for event 10531 (a request for the secret succeeded) and no new 10527.',
  'On the Client Computer, look for 10529 or 10533 (it got the secret) and no new 10532.',
];

export const CAUSE_TEXT: Readonly<Record<string, CauseText>> = {
  // The secret server's side reads the same as for a 10532; only what to look for after differs.
  ...secretRequestCauses(AFTER_FIX),
  'mss-restart-pending': {
    title: 'This server was named master secret server, but ENTSSO here was not restarted since',
    explanation:
      'A newly named master secret server serves the secret only after its ENTSSO restarts (clustered: the resource goes offline and online). Until then it refuses requests as if it were not the one (field experience: no page says so outright).',
    fix: [
      step(
        'Compare the last 10575 (name changed) with the last 10534, 10501 or 10611 (service started) in this log. 10575 is logged where ssomanage -updatedb ran, often the old master secret server: if this log has none, take its time from there.',
        ['event:10575', 'event:10534'],
        ps(
          "Get-WinEvent -FilterHashtable @{LogName='Application';ProviderName='ENTSSO';Id=10575,10534,10501,10611} -MaxEvents 20 | Format-Table TimeCreated,Id",
        ),
      ),
      ...restartEntsso(
        'Restart ENTSSO here (every SSO server waits for the secret meanwhile), then restore the secret here if it does not hold it yet.',
        [MOVE, CHANGE_MSS],
      ),
    ],
    verify: [
      'After the restart, look for event 10534 (this computer is the master secret server).',
      ...AFTER_FIX,
    ],
    sources: sources(MOVE, CHANGE_MSS, CLUSTER, 'event:10534', 'event:10575', 'field'),
    guides: ['master-secret-server', 'restore-master-secret'],
  },
  'cluster-node': {
    title: 'The clustered ENTSSO resource does not answer by the SSO network name',
    explanation:
      'On a clustered master secret server the SSO servers ask for the SSO network name of the role. The ENTSSO resource must use that name ("Use Network Name for computer name") and depend on the Name resource of its role: Microsoft says that without either, the SSO servers that ask get 0x800706D9 (no more endpoints).',
    fix: [
      step(
        'Read the setting of the clustered ENTSSO resource (1 means ticked) and its dependencies.',
        [CLUSTER],
        ps(
          "Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'Generic Service' } | Get-ClusterParameter -Name UseNetworkName",
        ),
      ),
      change(
        'Changes the cluster resource and takes ENTSSO offline for a moment: every SSO server waits meanwhile.',
        'Tick the box, add the dependency on the Name resource, then take the resource offline and online (the restart is field experience).',
        [
          CLUSTER,
          'learn:how-to-cluster-sso-and-a-biztalk-host-in-the-same-cluster-group1',
          'field',
        ],
      ),
      step(
        'If event 10520 shows on this node, the secret was never restored here: restore it in the cluster order of the restore guide.',
        ['event:10520', CLUSTER],
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(
      CLUSTER,
      'learn:how-to-cluster-sso-and-a-biztalk-host-in-the-same-cluster-group1',
      'field',
    ),
    guides: ['secret-server-unreachable', 'master-secret-server', 'restore-master-secret'],
  },
  'wrong-secret-server-name': {
    title: 'The SSO database names another computer as master secret server',
    explanation:
      'The request came here, but the secret server name in the SSO database names another computer (or, clustered, a node or cluster name instead of the SSO network name of the role).',
    fix: [
      displayDbStep('the secret server name, and compare it with this computer'),
      change(
        'Changes the master secret server that every SSO server of this SSO system uses.',
        'If this computer should be the master secret server, load an XML file with its name (clustered: the network name resource of the SSO role) with ssomanage -updatedb, elevated; then restart ENTSSO here.',
        [CHANGE_MSS, MOVE, CLUSTER],
        cmd('ssomanage -updatedb secret-server.xml'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(CHANGE_MSS, MOVE, CLUSTER, 'event:10575'),
    guides: ['master-secret-server'],
  },
  'rpc-blocked': {
    title: 'RPC from the requesting server is refused or cut off',
    explanation:
      'The SSO server in Client Computer calls this server over RPC: TCP 135 and a dynamic port, both ways. A firewall, or RPC security across domains, can accept the call and still fail it.',
    fix: [
      step(
        'From the Client Computer, test port 135 of this server.',
        [PORTS],
        ps('Test-NetConnection -ComputerName {host} -Port 135'),
      ),
      change(
        'Opens firewall ports between the SSO servers and the master secret server.',
        'Open TCP 135 and the dynamic range (or your fixed ports) both ways between the two.',
        [PORTS],
      ),
      change(
        'Lowers RPC security on the servers involved: a security decision, last resort.',
        'Only on Windows Server 2008 or 2008 R2, across domains, with the ports open: there Microsoft describes turning RPC security (a DTC feature on those versions) off on the master secret server, the SSO servers and the database server. It gives no such step for later versions.',
        [SECURITY],
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(PORTS, SECURITY, 'event:10555', 'event:10613'),
    guides: ['secret-server-unreachable'],
  },
  'service-account-not-sso-admin': {
    title: "The requesting server's ENTSSO account is not an SSO administrator",
    explanation:
      'Only SSO administrators may fetch the master secret, and the SSO server in Client Computer asks as its ENTSSO service account.',
    fix: [
      step(
        'On the Client Computer, read the account its ENTSSO runs as.',
        [GROUPS],
        ps(READ_ASKING_ACCOUNT),
      ),
      displayDbStep('the SSO Admin account (the group)'),
      change(
        'Adds the service account to the SSO Administrators group of the whole SSO system.',
        'Add that account to the group (directly or through a nested group).',
        [GROUPS, MSS],
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(GROUPS, MSS, TROUBLESHOOT, 'event:10550', 'field'),
    guides: ['sso-administrators'],
  },
  'not-sso-admin': {
    title: 'The Client User is not a member of SSO Administrators',
    explanation:
      'The account that asked (normally the ENTSSO service account of the Client Computer, not a person) is not in the SSO Administrators group, so the master secret server refuses it. The master secret server checks the groups of the asking account itself; no page says whether a new member is seen at once. In the field, a service that asks may carry its old groups until its ENTSSO service restarts, so restart ENTSSO on the Client Computer if the error outlasts the change.',
    fix: [
      displayDbStep('the SSO Admin account (the group)'),
      step(
        'List the members of that group: the Client User should be missing.',
        [GROUPS, 'field'],
        ps('Get-ADGroupMember -Identity {groupname} -Recursive | Select-Object SamAccountName'),
      ),
      change(
        'Gives the Client User SSO administration rights on the whole SSO system.',
        'Add the Client User to that group.',
        [GROUPS, MSS],
        ps('Add-ADGroupMember -Identity {groupname} -Members {username}'),
      ),
    ],
    verify: AFTER_FIX,
    // That the Client User is a service account follows from Microsoft's pages; none says it.
    sources: sources(GROUPS, MSS, 'event:10772', 'event:11016', 'field'),
    guides: ['sso-administrators'],
  },
  'service-account-cannot-read-groups': {
    title: 'The master secret server cannot read group membership, so a member is refused',
    explanation:
      'This server checks in Active Directory whether the caller is an SSO administrator. When its own service account may not read the group attributes (11016), even a member is refused.',
    fix: groupReadFix('in this log'),
    verify: AFTER_FIX,
    sources: sources('event:11016', 'field'),
    guides: ['sso-administrators'],
  },
  'group-check-failed': {
    title: 'This server could not check group membership at all',
    explanation:
      'Event 11008 says the membership check failed: most often the network, an account from another domain, or domain controllers at mixed levels. It may belong to another request, so it is only listed.',
    fix: [
      step('Read event 11008 and check what it names with the network administrator.', [
        'event:11008',
      ]),
    ],
    verify: AFTER_FIX,
    sources: sources('event:11008'),
    guides: ['sso-administrators'],
  },
  'reencrypt-in-progress': {
    title: 'A new secret is still being applied to the SSO database',
    explanation:
      'After a new secret is generated every credential is re-encrypted. Error 10814 (0xC0002A3E) says an action cannot be performed while that runs; until 10528 says it is done, wait. Which requests it holds back beyond that Microsoft does not say.',
    fix: [
      step('Look for event 10528 after the last 10562 in this log; wait for it.', [
        'event:10562',
        'event:10528',
        'event:10814',
      ]),
    ],
    verify: AFTER_FIX,
    sources: sources('event:10814', 'event:10562', 'event:10528'),
    guides: ['managing-master-secret'],
  },
  unknown: {
    title: "Not settled yet: read this server's log around the request",
    explanation:
      "Microsoft's page for 10527 says only that a request failed, and that related events explain it. The events on this server in the same minutes (10520, 10521, 10565, 11016, 10550) and the answers about the secret usually tell why.",
    fix: [
      step(
        'Look for related ENTSSO events near the time of the 10527 (the event log step lists them).',
        [EVENT],
      ),
      step(
        'List the secret keys under SSOSS on this server, elevated, and answer the secret questions.',
        ['event:10520'],
        ps(
          "Get-ChildItem -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\ENTSSO\\SSOSS' | Select-Object -ExpandProperty PSChildName",
        ),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(EVENT, 'event:10520'),
    guides: ['secret-server-unreachable', 'restore-master-secret'],
  },
};
