import type { CheckText } from '../event-model';
import {
  CLUSTER_CHECK,
  NETWORK_NAME_CHECK,
  SECRET_KEY_CHECK,
  SECRET_MATCH_CHECK,
} from '../family/shared-checks';

/** The questions of the 10532 model, all about the master secret server seen from here. */
export const CHECK_TEXT: Readonly<Record<string, CheckText>> = {
  cluster: CLUSTER_CHECK,
  netname: NETWORK_NAME_CHECK,
  secretkey: SECRET_KEY_CHECK,
  secretmatch: SECRET_MATCH_CHECK,
  mssname: {
    guide: 'master-secret-server',
    question:
      'Does the secret server name in the SSO database reach the computer that holds the secret?',
    passed: 'The recorded secret server name reaches the computer that holds the secret.',
    why: 'The event names the server it tried. A name that no longer resolves, names a node or the cluster instead of the SSO network name, or differs from the one in the SSO database all mean no.',
    how: [
      {
        command: 'ssomanage -displaydb',
        shell: 'cmd',
        look: 'Compare "Secret server name" with the name in the event, and with the computer (or cluster role) that holds the secret.',
      },
      {
        command: 'Resolve-DnsName -Name {mss}',
        shell: 'powershell',
        look: 'It should resolve, and to that computer or to the SSO network name of the role.',
      },
    ],
  },
  svc: {
    guide: 'master-secret-server',
    question: 'Is ENTSSO running on the master secret server?',
    passed: 'ENTSSO is running on the master secret server.',
    why: "Microsoft's page for this event asks this first after the name. On a cluster, read the ENTSSO resource, never the service of one node: a node that does not own it shows it stopped by design.",
    how: [
      {
        command: 'Invoke-Command -ComputerName {mss} -ScriptBlock { Get-Service -Name ENTSSO }',
        shell: 'powershell',
        look: 'Status should be Running.',
      },
      {
        command:
          "Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'Generic Service' } | Format-Table Name,State,OwnerNode",
        shell: 'powershell',
        look: 'On a cluster node: the ENTSSO resource should be Online.',
      },
    ],
  },
  rpc: {
    guide: 'master-secret-server',
    question: 'Can this server reach the master secret server over RPC?',
    passed: 'RPC to the master secret server is open.',
    why: 'The secret is fetched over RPC: port 135, then a dynamic port, both ways.',
    how: [
      {
        command: 'Test-NetConnection -ComputerName {mss} -Port 135',
        shell: 'powershell',
        look: 'TcpTestSucceeded should be True; the dynamic ports (49152-65535 unless fixed) must be open too.',
      },
    ],
  },
  svcadmin: {
    guide: 'sso-administrators',
    question: "Is this server's ENTSSO service account in SSO Administrators?",
    passed: "This server's ENTSSO service account is in SSO Administrators.",
    why: 'The SSO service fetches the secret as its own account, and only SSO administrators may.',
    how: [
      {
        command: '(Get-CimInstance Win32_Service -Filter "Name=\'ENTSSO\'").StartName',
        shell: 'powershell',
        look: 'The account ENTSSO runs as on this server.',
      },
      {
        command:
          'Get-ADGroupMember -Identity {groupname} -Recursive | Select-Object SamAccountName',
        shell: 'powershell',
        look: 'Needs the Active Directory module: the service account should be listed.',
      },
    ],
  },
};
