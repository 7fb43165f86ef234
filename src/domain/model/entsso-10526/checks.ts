import type { CheckText } from '../event-model';
import { BACKUP_FOLDER_CHECKS } from '../secret-operations/backup-folder-checks';

/** The questions of the 10526 model and the commands that answer them. */
export const CHECK_TEXT: Readonly<Record<string, CheckText>> = {
  mss: {
    guide: 'master-secret-server',
    question: 'Did the attempt run on the master secret server?',
    passed: 'The attempt ran on the master secret server.',
    why: 'Only the master secret server can create a new secret. On a clustered one, the SSO database holds the SSO network name of the cluster role, not a node name: answer the cluster question too.',
    how: [
      {
        command: 'ssomanage -displaydb',
        shell: 'cmd',
        look: 'Compare "Secret server name" with the computer the attempt ran on (on a cluster: the SSO network name of the role this node owns).',
      },
      {
        command: "Test-Path -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\ENTSSO\\SSOSS'",
        shell: 'powershell',
        look: 'True only on the computer that holds the secret.',
      },
    ],
  },
  ssoadmin: {
    guide: 'sso-administrators',
    question: 'Is the client user a member of the SSO Administrators group?',
    passed: 'The client user is a member of the SSO Administrators group.',
    why: 'Being a Windows administrator is not enough: the SSO Administrators group named in the SSO database decides.',
    how: [
      {
        command: 'ssomanage -displaydb',
        shell: 'cmd',
        look: 'Note the group under "SSO Admin account".',
      },
      {
        command: 'whoami /groups',
        shell: 'cmd',
        look: 'Run as the client user: that group must be in the list.',
      },
      {
        command:
          'Get-ADGroupMember -Identity {groupname} -Recursive | Select-Object SamAccountName',
        shell: 'powershell',
        look: 'Needs the Active Directory module, and the group name without its DOMAIN\\ part. The user should be listed.',
      },
    ],
  },
  relogon: {
    guide: 'sso-administrators',
    question: 'Has the user logged off and on again since being added to a group?',
    passed: 'The user has logged off and on since the group change.',
    why: 'Windows reads group membership at logon; a session opened before the change does not carry the new group.',
    how: [
      {
        command: 'whoami /groups',
        shell: 'cmd',
        look: 'If the group is missing here but present in Active Directory, the session is older than the change.',
      },
    ],
  },
  localadmin: {
    guide: 'sso-administrators',
    question: 'Is the client user a Windows administrator on the master secret server?',
    passed: 'The client user is a Windows administrator on the master secret server.',
    why: 'Generating the secret needs local administrator rights on that server as well.',
    how: [
      {
        command: 'net localgroup Administrators',
        shell: 'cmd',
        look: 'The user, or a group holding them, is listed.',
      },
      {
        command: 'Get-LocalGroupMember -Group Administrators',
        shell: 'powershell',
        look: 'The same list, from PowerShell.',
      },
    ],
  },
  elevated: {
    guide: 'generate-master-secret',
    question: 'Did the tool run elevated ("Run as administrator")?',
    passed: 'The tool ran elevated.',
    why: "With UAC on, an administrator's normal window has a filtered token without admin rights.",
    how: [
      {
        command: 'whoami /groups | findstr /i "Mandatory"',
        shell: 'cmd',
        look: 'An elevated window shows "Mandatory Label\\High Mandatory Level".',
      },
    ],
  },
  svc: {
    guide: 'master-secret-server',
    question: 'Is the ENTSSO service running on the master secret server?',
    passed: 'The ENTSSO service runs on the master secret server.',
    why: 'The request is served by that service; stopped or unreachable, nothing can be generated.',
    how: [
      {
        command: 'ssomanage -displaydb',
        shell: 'cmd',
        look: 'Read "Secret server name": the computer the next command asks.',
      },
      {
        command: 'Invoke-Command -ComputerName {mss} -ScriptBlock { Get-Service -Name ENTSSO }',
        shell: 'powershell',
        look: 'Status should be Running. (Get-Service -ComputerName works in Windows PowerShell 5.1 only.)',
      },
    ],
  },
  db: {
    guide: 'managing-master-secret',
    question: 'Can the master secret server reach the SSO database?',
    passed: 'The master secret server reaches the SSO database.',
    why: 'Every credential is re-encrypted in the SSO database, so SQL Server must answer.',
    how: [
      {
        command: 'ssomanage -showdb',
        shell: 'cmd',
        look: 'Shows the SQL Server and database this server uses.',
      },
      {
        command: 'Test-NetConnection -ComputerName {sqlserver} -Port 1433',
        shell: 'powershell',
        look: 'Run it on the master secret server. TcpTestSucceeded should be True (use your SQL port if it is not 1433).',
      },
    ],
  },
  cluster: {
    guide: 'master-secret-server',
    question: 'Is the master secret server clustered (ENTSSO a cluster resource)?',
    passed: 'The master secret server is clustered.',
    why: "A clustered master secret server is known by the SSO network name of its cluster role (not the cluster's own name); the request must run on the node that owns that role.",
    how: [
      {
        command: 'Get-ClusterResource | Where-Object ResourceType -eq "Generic Service"',
        shell: 'powershell',
        look: 'On a cluster node, with the FailoverClusters module: an ENTSSO resource means yes; the command missing means no cluster here.',
      },
    ],
  },
  owner: {
    guide: 'master-secret-server',
    question:
      'Does the node where the tool ran own the cluster role that holds the ENTSSO resource right now?',
    passed: 'The tool ran on the node that owns the clustered ENTSSO resource.',
    why: 'On a cluster only the owning node runs ENTSSO as the master secret server; on any other node the service is stopped on purpose and the request goes nowhere.',
    how: [
      {
        command:
          'Get-ClusterResource | Where-Object ResourceType -eq "Generic Service" | Select-Object Name, OwnerGroup, OwnerNode, State',
        shell: 'powershell',
        look: 'On a cluster node: compare OwnerNode of the ENTSSO resource with the name printed by hostname.',
      },
    ],
  },
  mssname: {
    guide: 'master-secret-server',
    question:
      'Does the secret server name in the SSO database name the computer that holds the secret today (on a cluster: the SSO network name of the role holding ENTSSO, not the cluster name)?',
    passed: 'The secret server name in the SSO database names the computer that holds the secret.',
    why: 'A clone, a rename or a move can leave the SSO database pointing at a computer that no longer holds the secret.',
    how: [
      {
        command: 'ssomanage -displaydb',
        shell: 'cmd',
        look: 'Read "Secret server name"; the registry test below must be True on that computer.',
      },
      {
        command:
          "Invoke-Command -ComputerName {mss} -ScriptBlock { Test-Path -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\ENTSSO\\SSOSS' }",
        shell: 'powershell',
        look: 'True means the named computer holds the secret.',
      },
    ],
  },
  rpc: {
    guide: 'master-secret-server',
    question: 'Does this computer reach the master secret server over RPC?',
    passed: 'This computer reaches the master secret server over RPC.',
    why: 'The SSO tools call the master secret server over TCP 135 and a dynamic port; a firewall or RPC authentication between domains stops them.',
    how: [
      {
        command: 'ssomanage -displaydb',
        shell: 'cmd',
        look: 'Read "Secret server name": the computer the next command asks.',
      },
      {
        command: 'Test-NetConnection -ComputerName {mss} -Port 135',
        shell: 'powershell',
        look: 'Run it where the request came from. TcpTestSucceeded should be True; the dynamic range must be open as well.',
      },
    ],
  },
  ntfs: {
    guide: 'back-up-master-secret',
    question: 'Is the backup path on an NTFS volume or on removable media?',
    passed: 'The backup path is on NTFS or removable media.',
    why: 'Microsoft wants NTFS or removable media for the backup file, so FAT volumes are refused; network shares are too (field experience).',
    how: [
      {
        command: '(Get-Volume -DriveLetter {drive}).FileSystemType',
        shell: 'powershell',
        look: 'Should print NTFS.',
      },
      {
        command: 'fsutil fsinfo volumeinfo {drive}:',
        shell: 'cmd',
        look: 'Look at "File System Name".',
      },
    ],
  },
  // The backup folder is asked the same way wherever a backup file is written.
  ...BACKUP_FOLDER_CHECKS,
};
