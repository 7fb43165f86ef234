import type { CheckText } from '../event-model';
import type { SecretOperation } from './operation-causes';

const DISPLAY_DB = {
  command: 'ssomanage -displaydb',
  shell: 'cmd',
  look: 'Read "Secret server name": the computer the next command asks.',
} as const;

/** The questions a backup and a restore share, and the read-only commands that answer them. */
export function sharedCheckText(op: SecretOperation): Record<string, CheckText> {
  return {
    mss: {
      guide: 'master-secret-server',
      question: `Did the ${op.verb} run on the master secret server?`,
      passed: `The ${op.verb} ran on the master secret server.`,
      why: 'The SSO database names the master secret server. Do not go by the SSOSS registry key: a new master secret server has none until its restore, and every cluster node that was restored has one.',
      how: [
        {
          command: 'ssomanage -displaydb',
          shell: 'cmd',
          look: 'Compare "Secret server name" with the name hostname prints (on a cluster: with the SSO network name of the role this node owns).',
        },
        { command: 'hostname', shell: 'cmd', look: 'The computer the tool ran on.' },
      ],
    },
    ssoadmin: {
      guide: 'sso-administrators',
      question: 'Is the client user a member of the SSO Administrators group?',
      passed: 'The client user is a member of the SSO Administrators group.',
      why: 'The SSO Administrators group named in the SSO database decides; Windows administrator rights do not replace it.',
      how: [
        {
          command: 'ssomanage -displaydb',
          shell: 'cmd',
          look: 'Note the group under "SSO Admin account".',
        },
        {
          command: 'whoami /groups',
          shell: 'cmd',
          look: 'Run as the client user: that group must be listed.',
        },
      ],
    },
    relogon: {
      guide: 'sso-administrators',
      question: 'Has the user logged off and on again since being added to a group?',
      passed: 'The user has logged off and on since the group change.',
      why: 'Group membership is read at logon; an older session lacks a new group.',
      how: [
        {
          command: 'whoami /groups',
          shell: 'cmd',
          look: 'The group missing here but present in Active Directory means the session is older than the change.',
        },
      ],
    },
    localadmin: {
      guide: 'sso-administrators',
      question: 'Is the client user a Windows administrator on the master secret server?',
      passed: 'The client user is a Windows administrator on the master secret server.',
      why: `To ${op.verb} the secret the account must be a Windows administrator as well as an SSO administrator.`,
      how: [
        {
          command: 'Get-LocalGroupMember -Group Administrators',
          shell: 'powershell',
          look: 'On the master secret server: the user, or a group holding them, is listed.',
        },
      ],
    },
    elevated: {
      guide: op.guide,
      question: 'Did the tool run elevated ("Run as administrator")?',
      passed: 'The tool ran elevated.',
      why: "With UAC on, an administrator's normal window has a filtered token without admin rights.",
      how: [
        {
          command: 'whoami /groups | findstr /i "Mandatory"',
          shell: 'cmd',
          look: 'An elevated window shows "High Mandatory Level".',
        },
      ],
    },
    svc: {
      guide: 'master-secret-server',
      question:
        'Is ENTSSO running on the master secret server (clustered: is its resource online)?',
      passed: 'ENTSSO runs on the master secret server.',
      why: 'The request is served by that service. On a cluster, read the resource state: a node that does not own the role shows the service stopped by design.',
      how: [
        DISPLAY_DB,
        {
          command: 'Invoke-Command -ComputerName {mss} -ScriptBlock { Get-Service -Name ENTSSO }',
          shell: 'powershell',
          look: 'Status should be Running (clustered: use the next command on a node).',
        },
        {
          command:
            "Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'Generic Service' } | Format-Table Name,State,OwnerNode",
          shell: 'powershell',
          look: 'The ENTSSO resource should be Online.',
        },
      ],
    },
    db: {
      guide: 'managing-master-secret',
      question: 'Can the master secret server reach the SSO database?',
      passed: 'The master secret server reaches the SSO database.',
      why: 'The SSO service reads the SSO database on SQL Server as it works.',
      how: [
        {
          command: 'ssomanage -showdb',
          shell: 'cmd',
          look: 'The SQL Server and database this server uses.',
        },
        {
          command: 'Test-NetConnection -ComputerName {sqlserver} -Port 1433',
          shell: 'powershell',
          look: 'On the master secret server: TcpTestSucceeded should be True (your SQL port if not 1433).',
        },
      ],
    },
    cluster: {
      guide: 'master-secret-server',
      question: 'Is the master secret server clustered (ENTSSO a cluster resource)?',
      passed: 'The master secret server is clustered.',
      why: `A clustered master secret server answers only on the node that owns its role, so the ${op.verb} must run there.`,
      how: [
        {
          command:
            "Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'Generic Service' }",
          shell: 'powershell',
          look: 'On a cluster node: an ENTSSO resource means yes; the command missing means no cluster here.',
        },
      ],
    },
    owner: {
      guide: 'master-secret-server',
      question:
        'Does the node where the tool ran own the cluster role that holds the ENTSSO resource?',
      passed: 'The tool ran on the node that owns the clustered ENTSSO resource.',
      why: 'Only the owning node runs ENTSSO as the master secret server; on the other nodes the service is stopped on purpose.',
      how: [
        {
          command:
            "Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'Generic Service' } | Format-Table Name,State,OwnerNode,OwnerGroup",
          shell: 'powershell',
          look: 'Compare OwnerNode of the ENTSSO resource with the name hostname prints.',
        },
      ],
    },
    mssname: {
      guide: 'master-secret-server',
      question:
        'Does the secret server name in the SSO database name the computer that holds the secret (clustered: the SSO network name of the role)?',
      passed:
        'The secret server name in the SSO database names the computer that holds the secret.',
      why: 'A clone, a rename or a move can leave the SSO database naming a computer that is not the master secret server any more.',
      how: [
        DISPLAY_DB,
        {
          command: 'Resolve-DnsName -Name {mss}',
          shell: 'powershell',
          look: 'The name should resolve to the computer (clustered: the role) that holds the secret.',
        },
      ],
    },
    rpc: {
      guide: 'master-secret-server',
      question: 'Does this computer reach the master secret server over RPC?',
      passed: 'This computer reaches the master secret server over RPC.',
      why: 'Run away from the master secret server, the tools call it over TCP 135 and a dynamic port.',
      how: [
        DISPLAY_DB,
        {
          command: 'Test-NetConnection -ComputerName {mss} -Port 135',
          shell: 'powershell',
          look: 'TcpTestSucceeded should be True; the dynamic range must be open as well.',
        },
      ],
    },
    ntfs: {
      guide: op.guide,
      question: 'Is the backup file on an NTFS volume or on removable media?',
      passed: 'The backup file is on NTFS or removable media.',
      why: 'Microsoft wants NTFS or removable media for backup and restore files, so FAT volumes are refused; network shares are too (field experience).',
      how: [
        {
          command: '(Get-Volume -DriveLetter {drive}).FileSystemType',
          shell: 'powershell',
          look: 'NTFS, or a removable drive.',
        },
      ],
    },
  };
}
