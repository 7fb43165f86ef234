import type { CheckText } from '../event-model';

const EVENTS = (ids: string) =>
  `Get-WinEvent -FilterHashtable @{LogName='Application';ProviderName='ENTSSO';Id=${ids}} -MaxEvents 20 | Format-Table TimeCreated,Id -AutoSize`;

/** The questions of the 10532 model, all about the master secret server seen from here. */
export const CHECK_TEXT: Readonly<Record<string, CheckText>> = {
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
  cluster: {
    guide: 'master-secret-server',
    question: 'Is the master secret server clustered?',
    passed: 'The master secret server is a cluster role.',
    why: 'A clustered master secret server answers by the SSO network name of its role, which needs settings of its own.',
    how: [
      {
        command: 'Get-ClusterResource | Format-Table Name,ResourceType,OwnerGroup',
        shell: 'powershell',
        look: 'Run on the master secret server: a Generic Service resource for ENTSSO means yes; an error that no cluster exists means no.',
      },
    ],
  },
  netname: {
    guide: 'master-secret-server',
    question:
      "Does the clustered ENTSSO resource use the network name and depend on its role's Name resource?",
    passed: 'The clustered ENTSSO resource uses the network name and depends on the Name resource.',
    why: 'Microsoft ties 0x800706D9 on the SSO servers to each of the two: the box (How to cluster the master secret server) and the dependency (How to cluster SSO and a BizTalk host in the same cluster group).',
    how: [
      {
        command:
          "Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'Generic Service' } | Get-ClusterParameter -Name UseNetworkName",
        shell: 'powershell',
        look: 'Value 1 means the box is ticked.',
      },
      {
        command:
          "Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'Generic Service' } | Get-ClusterResourceDependency",
        shell: 'powershell',
        look: 'The dependency should name the Name resource of the role.',
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
  secretkey: {
    guide: 'restore-master-secret',
    question: 'Does the master secret server hold a secret (GUID-named keys under SSOSS)?',
    passed: 'The master secret server holds at least one secret.',
    why: 'A server made master secret server, or a cluster node the role moved to, holds none until the secret is restored there.',
    how: [
      {
        command:
          "Get-ChildItem -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\ENTSSO\\SSOSS' | Select-Object -ExpandProperty PSChildName",
        shell: 'powershell',
        look: 'Run elevated on the master secret server (clustered: the owning node). GUIDs listed mean yes; none means no; access refused means leave it unanswered.',
      },
    ],
  },
  secretmatch: {
    guide: 'restore-master-secret',
    question: 'Is the secret in use one of the secrets the master secret server holds?',
    passed: 'The master secret server holds the secret in use.',
    why: 'Holding a secret is not enough: it must be the one the SSO database was encrypted with.',
    how: [
      {
        command: EVENTS('10528,10529,10533'),
        shell: 'powershell',
        look: 'Read the MSID of the latest event (Format-List Message shows it) and look for it among the GUIDs under SSOSS.',
      },
    ],
  },
};
