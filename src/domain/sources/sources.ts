/** Where a claim comes from: a Microsoft page, or practice that no Microsoft page states. */
export type Source =
  { kind: 'microsoft'; title: string; url: string } | { kind: 'field'; note?: string };

const LEARN = 'https://learn.microsoft.com/en-us/biztalk/';

/** The BizTalk pages on Microsoft Learn this tool cites, by page name. */
export const LEARN_PAGES: Readonly<Record<string, string>> = {
  'single-sign-on-event-10526': 'Event 10526: failed to generate a new master secret',
  'how-to-generate-the-master-secret': 'How to generate the master secret',
  'managing-the-master-secret': 'Managing the master secret',
  'how-to-back-up-the-master-secret': 'How to back up the master secret',
  'how-to-restore-the-master-secret': 'How to restore the master secret',
  'master-secret-server': 'Master secret server',
  'how-to-move-the-master-secret-server': 'How to move the master secret server',
  'how-to-change-the-master-secret-server': 'How to change the master secret server',
  'how-to-cluster-the-master-secret-server1': 'How to cluster the master secret server',
  'how-to-cluster-sso-and-a-biztalk-host-in-the-same-cluster-group1':
    'How to cluster SSO and a BizTalk host in the same cluster group',
  'how-to-specify-sso-administrators-and-affiliate-administrators-accounts':
    'How to specify the SSO Administrators accounts',
  'sso-user-groups': 'SSO user groups',
  'how-to-display-the-sso-database-information': 'How to display the SSO database information',
  'how-to-audit-sso': 'How to audit SSO',
  'sso-security-recommendations': 'SSO security recommendations',
  'ports-for-the-enterprise-single-sign-on-servers': 'Ports for the Enterprise SSO servers',
  'troubleshooting-problems-with-msdtc': 'Troubleshooting problems with MSDTC',
  'troubleshooting-enterprise-single-sign-on': 'Troubleshooting Enterprise Single Sign-On',
  'how-to-set-the-sso-server': 'How to set the SSO server',
  'how-to-disable-sso': 'How to disable SSO',
  'high-availability-for-enterprise-single-sign-on': 'High availability for Enterprise SSO',
  'how-to-recover-enterprise-single-sign-on': 'How to recover Enterprise Single Sign-On',
  'install-and-config-guides/configure-biztalk-server': 'Configure BizTalk Server',
  'technical-guides/clustering-the-master-secret-server': 'Clustering the master secret server',
};

/** A page name as a path under BizTalk's docs: core pages by name, others with their folder. */
const pagePath = (page: string) => (page.includes('/') ? page : `core/${page}`);

/**
 * A source written as a short reference, as guide files and the model write them:
 * `learn:<page>` (a page of LEARN_PAGES), `event:<id>` (that event's page on Microsoft
 * Learn), or `field` (field experience). Only Microsoft's own addresses can come out.
 */
export function sourceFromRef(ref: string): Source | undefined {
  if (ref === 'field') return { kind: 'field' };
  const learn = /^learn:([a-z0-9-]+(?:\/[a-z0-9-]+)?)$/.exec(ref)?.[1];
  if (learn) {
    const title = LEARN_PAGES[learn];
    return title ? { kind: 'microsoft', title, url: LEARN + pagePath(learn) } : undefined;
  }
  const event = /^event:(\d{5})$/.exec(ref)?.[1];
  if (event) {
    return {
      kind: 'microsoft',
      title: `Event ${event}`,
      url: `${LEARN}core/single-sign-on-event-${event}`,
    };
  }
  return undefined;
}

/** The sources of a list of references; throws on one that is not known (data is checked by tests). */
export function sources(...refs: string[]): Source[] {
  return refs.map((ref) => {
    const s = sourceFromRef(ref);
    if (!s) throw new Error(`Unknown source ${ref}`);
    return s;
  });
}

/** Sources are links to Microsoft's sites only. */
export const MICROSOFT_URL = /^https:\/\/(?:learn|support)\.microsoft\.com\/[\w\-./#?=&%]+$/;
