/** The yes / no questions of the wizard. Their ids are link parameters (contract v1). */
export const CHECK_IDS = [
  'mss',
  'ssoadmin',
  'localadmin',
  'elevated',
  'relogon',
  'svc',
  'db',
  'ntfs',
  'folder',
  'writable',
  'space',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];
export type Answer = 'yes' | 'no';
export type CheckStep = 'admin-rights' | 'backup-file';

/** The wizard step that asks each question. */
export const CHECK_STEP: Readonly<Record<CheckId, CheckStep>> = {
  mss: 'admin-rights',
  ssoadmin: 'admin-rights',
  localadmin: 'admin-rights',
  elevated: 'admin-rights',
  relogon: 'admin-rights',
  svc: 'admin-rights',
  db: 'admin-rights',
  ntfs: 'backup-file',
  folder: 'backup-file',
  writable: 'backup-file',
  space: 'backup-file',
};
