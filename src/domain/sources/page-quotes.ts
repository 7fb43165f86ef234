/**
 * What each cited Microsoft page says, in one short quote: the reason the tool may cite
 * it. Found by the knowledge audit of December 2026 (shared/domain/knowledge-audit-2026-12.md).
 * Test data: the app never shows these quotes.
 */
export const PAGE_QUOTES: Readonly<Record<string, string>> = {
  'single-sign-on-event-10526':
    'you must be an SSO Administrator to generate the master secret … problems writing the master secret to the backup file',
  'how-to-generate-the-master-secret':
    'you must have administrator rights on the master secret server … perform this task from the master secret server',
  'managing-the-master-secret':
    'it is very important to back up the master secret as soon as you generate it',
  'how-to-back-up-the-master-secret':
    'Single Sign-On Administrator and a Windows administrator … NTFS file system or removable media',
  'how-to-restore-the-master-secret':
    'log on to the master secret server with an account that is both a Windows administrator and an SSO administrator',
  'master-secret-server':
    'The other Single Sign-On servers check every 30 seconds to see whether the master secret has changed',
  'how-to-move-the-master-secret-server':
    'follow these steps on the original master secret server … Restart the Enterprise Single Sign-On service on the new master secret server',
  'how-to-change-the-master-secret-server':
    'change the master secret server if the original master secret server fails and cannot be recovered',
  'how-to-cluster-the-master-secret-server1':
    'the SSO network name configured within the cluster … If this step is not completed the attempt to restore the master secret may not succeed',
  'how-to-cluster-sso-and-a-biztalk-host-in-the-same-cluster-group1':
    'If you do not add the dependency to the Name: resource, SSO client computers will generate an error',
  'how-to-specify-sso-administrators-and-affiliate-administrators-accounts':
    'You must disable the Single Sign-On system before you update the SSO database with the SSO Administrators group',
  'sso-user-groups':
    'The service account running the Enterprise Single Sign-On service must be a member of this account',
  'how-to-display-the-sso-database-information': 'ssomanage -displaydb … ssomanage -showdb',
  'how-to-audit-sso': 'audit levels',
  'sso-security-recommendations':
    'Windows administrator user rights do not supersede the user rights of the SSO administrator',
  'ports-for-the-enterprise-single-sign-on-servers':
    '135 … 49152-65535 … Secondary RPC ports used to retrieve the secret key from the master secret server; SQL Server 1433',
  'troubleshooting-problems-with-msdtc':
    'Ensure NetBIOS name resolution between the BizTalk Server and remote servers is successful',
  'troubleshooting-enterprise-single-sign-on':
    'Which SSO server is being used? … Change the service account ENTSSO is running under to the original service account',
  'how-to-set-the-sso-server': 'ssomanage -server … ssomanage -serverall',
  'how-to-disable-sso': 'You can disable the entire Single Sign-On system',
  'high-availability-for-enterprise-single-sign-on':
    'until: The host instances are restarted. The SSO service on the computer running the BizTalk host instances is restarted. The SSO master secret is changed.',
  'how-to-recover-enterprise-single-sign-on':
    'enter the password that was specified during SSO configuration',
  'technical-guides/clustering-the-master-secret-server':
    'If you move the master secret server to the cluster, you must restore the master secret on the first cluster node as well',
  'install-and-config-guides/configure-biztalk-server':
    'You must be an SSO administrator while performing this configuration task',
};

/**
 * Claims the audit found cited to the wrong page, by a pattern of their words, and the
 * source each must name. A sentence that matches must cite that page or event.
 */
export const CLAIM_SOURCES: ReadonlyArray<{ claim: RegExp; source: string }> = [
  {
    claim: /49152/,
    source: 'learn:ports-for-the-enterprise-single-sign-on-servers',
  },
  { claim: /\(1433 by default\)/, source: 'learn:ports-for-the-enterprise-single-sign-on-servers' },
  { claim: /network DTC access/i, source: 'learn:troubleshooting-problems-with-msdtc' },
  { claim: /only one \.bak/i, source: 'event:10564' },
  { claim: /every 30 seconds/, source: 'learn:master-secret-server' },
  {
    claim: /gone for good|is lost for good/,
    source: 'learn:how-to-change-the-master-secret-server',
  },
  {
    claim: /-disablesso/,
    source: 'learn:how-to-specify-sso-administrators-and-affiliate-administrators-accounts',
  },
  { claim: /ssomanage -showserver/, source: 'learn:troubleshooting-enterprise-single-sign-on' },
];
