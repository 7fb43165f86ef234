// The questions about the master secret server that several events ask alike: a 10532 asks
// them from the SSO server, a 10527 on the master secret server itself, a 10524 after a restore.
import type { CheckText } from '../event-model';

const EVENTS = (ids: string) =>
  `Get-WinEvent -FilterHashtable @{LogName='Application';ProviderName='ENTSSO';Id=${ids}} -MaxEvents 20 | Format-Table TimeCreated,Id -AutoSize`;

/** Is the master secret server clustered? */
export const CLUSTER_CHECK: CheckText = {
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
};

/** Does the clustered role reach the secret server by its network name? */
export const NETWORK_NAME_CHECK: CheckText = {
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
};

/** Does the master secret server still hold the secret? */
export const SECRET_KEY_CHECK: CheckText = {
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
};

/** Does its secret match the one in the SSO database? */
export const SECRET_MATCH_CHECK: CheckText = {
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
};

/** Was ENTSSO restarted once this computer was named master secret server? */
export const RESTARTED_CHECK: CheckText = {
  guide: 'restore-master-secret',
  question:
    'Since the secret server name was changed to this computer, has ENTSSO here been restarted?',
  passed: 'ENTSSO here was restarted after it was named master secret server.',
  why: 'A new master secret server acts as one only after its service restarts (clustered: the resource goes offline and online).',
  how: [
    {
      command:
        "Get-WinEvent -FilterHashtable @{LogName='Application';ProviderName='ENTSSO';Id=10575,10534,10501,10611} -MaxEvents 20 | Format-Table TimeCreated,Id",
      shell: 'powershell',
      look: 'A 10534, 10501 or 10611 newer than the last 10575 means yes. 10575 is logged where ssomanage -updatedb ran: Microsoft runs it on the original master secret server, so this log may have none. Then compare with the time of the 10575 there, or with when the name was changed.',
    },
    {
      command: '(Get-CimInstance Win32_Process -Filter "Name=\'ENTSSO.exe\'").CreationDate',
      shell: 'powershell',
      look: 'When ENTSSO here last started: after the name change means yes.',
    },
  ],
};
