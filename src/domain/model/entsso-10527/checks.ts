import type { CheckText } from '../event-model';
import {
  CLUSTER_CHECK,
  NETWORK_NAME_CHECK,
  RESTARTED_CHECK,
  SECRET_KEY_CHECK,
  SECRET_MATCH_CHECK,
} from '../family/shared-checks';

/** Prints the account ENTSSO runs as on the Client Computer: the account that asked. */
export const READ_ASKING_ACCOUNT =
  'Invoke-Command -ComputerName {computer} -ScriptBlock { (Get-CimInstance Win32_Service -Filter "Name=\'ENTSSO\'").StartName }';

/** The questions of the 10527 model, asked on the master secret server that logged it. */
export const CHECK_TEXT: Readonly<Record<string, CheckText>> = {
  secretkey: SECRET_KEY_CHECK,
  secretmatch: SECRET_MATCH_CHECK,
  cluster: CLUSTER_CHECK,
  netname: NETWORK_NAME_CHECK,
  restarted: RESTARTED_CHECK,
  mssname: {
    guide: 'master-secret-server',
    question:
      'Does the secret server name in the SSO database name this server (clustered: the SSO network name of its role)?',
    passed: 'The SSO database names this server as master secret server.',
    why: 'Requests that reach a server the SSO database does not name, or a node instead of the role, are refused.',
    how: [
      {
        command: 'ssomanage -displaydb',
        shell: 'cmd',
        look: 'Compare "Secret server name" with the name hostname prints (clustered: the network name of the SSO role).',
      },
    ],
  },
  ssoadmin: {
    guide: 'sso-administrators',
    question: 'Is the Client User (the account that asked) a member of SSO Administrators?',
    passed: 'The Client User is a member of SSO Administrators.',
    why: 'The Client User is normally the ENTSSO service account of the Client Computer; only SSO administrators get the secret.',
    how: [
      {
        command:
          'Get-ADGroupMember -Identity {groupname} -Recursive | Select-Object SamAccountName',
        shell: 'powershell',
        look: 'Needs the Active Directory module: the Client User should be listed.',
      },
    ],
  },
  svcadmin: {
    guide: 'sso-administrators',
    question: "Is the Client Computer's ENTSSO service account in SSO Administrators?",
    passed: "The Client Computer's ENTSSO service account is in SSO Administrators.",
    why: 'The SSO server that asks does so as its ENTSSO service account.',
    how: [
      {
        command: READ_ASKING_ACCOUNT,
        shell: 'powershell',
        look: 'The account ENTSSO runs as on the Client Computer; look for it in the group.',
      },
    ],
  },
  rpc: {
    guide: 'secret-server-unreachable',
    question: 'Does RPC pass both ways between the Client Computer and this server?',
    passed: 'RPC passes between the Client Computer and this server.',
    why: 'The request arrives over RPC: port 135, then a dynamic port, in both directions.',
    how: [
      {
        command: 'Test-NetConnection -ComputerName {host} -Port 135',
        shell: 'powershell',
        look: 'Run on the Client Computer: TcpTestSucceeded should be True; the dynamic range must be open too.',
      },
    ],
  },
};
