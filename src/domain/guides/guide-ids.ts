/** Guide ids are part of the link contract (#/guides/<id>): add, never rename. */
export const GUIDE_IDS = [
  'generate-master-secret',
  'back-up-master-secret',
  'restore-master-secret',
  'managing-master-secret',
  'master-secret-server',
  'sso-administrators',
  'secret-server-unreachable',
] as const;

export type GuideId = (typeof GUIDE_IDS)[number];

/** Short names for links to a guide, so a link can be drawn before its content loads. */
export const GUIDE_LINK_TEXT: Readonly<Record<GuideId, string>> = {
  'generate-master-secret': 'Generate a new master secret',
  'back-up-master-secret': 'Back up the master secret',
  'restore-master-secret': 'Restore the master secret',
  'managing-master-secret': 'Managing the master secret',
  'master-secret-server': 'Find or move the master secret server',
  'sso-administrators': 'SSO Administrators membership',
  'secret-server-unreachable': 'The master secret server cannot be reached',
};

export function isGuideId(value: string): value is GuideId {
  return (GUIDE_IDS as readonly string[]).includes(value);
}

/** Where a guide's content lives in the deployed site, relative to the page. */
export function guideFile(id: GuideId): string {
  return `guides/${id}.json`;
}
