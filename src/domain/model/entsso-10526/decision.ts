import type { Answer, DecisionModel, EvidenceRule, Trigger } from '../event-model';
import { RELATED_EVENTS } from './related-events';

const codes = (...list: string[]): Trigger[] => list.map((code) => ({ kind: 'code', code }));
const events = (...list: number[]): Trigger[] => list.map((event) => ({ kind: 'event', event }));
const no = (check: string): Trigger => ({ kind: 'answer', check, is: 'no' as Answer });

const NOT_SSO_ADMIN_SIGNS = [...codes('0xC0002A14', '0xC0002A52'), ...events(11009, 10772, 10834)];
const ACCESS_DENIED = codes('0x80070005', '0xC0002A5A');
const BACKUP_WRITE_FAILED = [...codes('0xC0002A20'), ...events(10784, 10560)];

/** The evidence table of the triage contract, row by row. */
const RULES: readonly EvidenceRule[] = [
  {
    id: 'not-sso-admin',
    cause: 'not-sso-admin',
    anyOf: [...NOT_SSO_ADMIN_SIGNS, no('ssoadmin')],
    strength: 'decisive',
  },
  {
    id: 'stale-token',
    cause: 'stale-token',
    anyOf: NOT_SSO_ADMIN_SIGNS,
    requires: [
      { check: 'ssoadmin', is: 'yes' },
      { check: 'relogon', is: 'not-yes' },
    ],
    strength: 'decisive',
  },
  {
    id: 'stale-token-no-relogon',
    cause: 'stale-token',
    anyOf: [no('relogon')],
    strength: 'candidate',
  },
  {
    id: 'not-local-admin',
    cause: 'not-local-admin',
    anyOf: [...codes('0xC0002A13'), ...events(10771), no('localadmin')],
    strength: 'decisive',
  },
  {
    id: 'not-elevated',
    cause: 'not-elevated',
    anyOf: [...codes('0x800702E4'), no('elevated')],
    strength: 'decisive',
  },
  { id: 'not-elevated-10771', cause: 'not-elevated', anyOf: events(10771), strength: 'candidate' },
  // Access denied: the first `no` among these answers names the cause.
  {
    id: 'access-denied-elevated',
    cause: 'not-elevated',
    anyOf: ACCESS_DENIED,
    requires: [{ check: 'elevated', is: 'no' }],
    strength: 'decisive',
  },
  {
    id: 'access-denied-localadmin',
    cause: 'not-local-admin',
    anyOf: ACCESS_DENIED,
    requires: [{ check: 'localadmin', is: 'no' }],
    strength: 'decisive',
  },
  {
    id: 'access-denied-ssoadmin',
    cause: 'not-sso-admin',
    anyOf: ACCESS_DENIED,
    requires: [{ check: 'ssoadmin', is: 'no' }],
    strength: 'decisive',
  },
  {
    id: 'access-denied-writable',
    cause: 'backup-access',
    anyOf: ACCESS_DENIED,
    requires: [{ check: 'writable', is: 'no' }],
    strength: 'decisive',
  },
  {
    id: 'access-denied-elevated-candidate',
    cause: 'not-elevated',
    anyOf: ACCESS_DENIED,
    strength: 'candidate',
  },
  {
    id: 'access-denied-localadmin-candidate',
    cause: 'not-local-admin',
    anyOf: ACCESS_DENIED,
    strength: 'candidate',
  },
  {
    id: 'access-denied-ssoadmin-candidate',
    cause: 'not-sso-admin',
    anyOf: ACCESS_DENIED,
    strength: 'candidate',
  },
  {
    id: 'access-denied-writable-candidate',
    cause: 'backup-access',
    anyOf: ACCESS_DENIED,
    strength: 'candidate',
  },
  {
    id: 'not-master-secret-server',
    cause: 'not-master-secret-server',
    anyOf: [...codes('0xC0002A0E'), ...events(10766), no('mss')],
    strength: 'decisive',
  },
  {
    id: 'backup-media',
    cause: 'backup-media',
    anyOf: [
      ...codes('0xC0002A07', '0x80070035', '0x80070043'),
      ...events(10561, 10759),
      no('ntfs'),
    ],
    strength: 'decisive',
  },
  {
    id: 'backup-media-unc',
    cause: 'backup-media',
    anyOf: [{ kind: 'unc-path', field: 'backup' }],
    strength: 'candidate',
  },
  {
    id: 'backup-path',
    cause: 'backup-path',
    anyOf: [...codes('0x80070002', '0x80070003', '0x8007007B', '0x800700A1'), no('folder')],
    strength: 'decisive',
  },
  { id: 'backup-access', cause: 'backup-access', anyOf: [no('writable')], strength: 'decisive' },
  {
    id: 'backup-write-failed-writable',
    cause: 'backup-access',
    anyOf: BACKUP_WRITE_FAILED,
    requires: [{ check: 'writable', is: 'no' }],
    strength: 'decisive',
  },
  {
    id: 'backup-write-failed-path',
    cause: 'backup-path',
    anyOf: BACKUP_WRITE_FAILED,
    strength: 'candidate',
  },
  {
    id: 'backup-write-failed-access',
    cause: 'backup-access',
    anyOf: BACKUP_WRITE_FAILED,
    strength: 'candidate',
  },
  {
    id: 'backup-disk-full',
    cause: 'backup-disk-full',
    anyOf: [...codes('0x80070070', '0x80070027'), no('space')],
    strength: 'decisive',
  },
  {
    id: 'backup-file-in-use',
    cause: 'backup-file-in-use',
    anyOf: codes('0x80070020', '0x80070050', '0x800700B7'),
    strength: 'decisive',
  },
  {
    id: 'backup-password-too-short',
    cause: 'backup-password-too-short',
    anyOf: [...codes('0xC0002A54'), ...events(10836)],
    strength: 'decisive',
  },
  {
    id: 'reencrypt-in-progress',
    cause: 'reencrypt-in-progress',
    anyOf: [
      ...codes('0xC0002A3E'),
      ...events(10814),
      { kind: 'event-without', event: 10562, without: 10528 },
    ],
    strength: 'decisive',
  },
  {
    id: 'reencrypt-retrying',
    cause: 'reencrypt-in-progress',
    anyOf: events(10522),
    strength: 'candidate',
  },
  {
    id: 'sso-service-unavailable',
    cause: 'sso-service-unavailable',
    anyOf: [
      ...codes('0xC0002A0F', '0xC0002A10', '0x800706BA', '0x800706BE', '0x80070426'),
      ...events(10767, 10532, 10768),
      no('svc'),
    ],
    strength: 'decisive',
  },
  {
    id: 'sso-db-unavailable',
    cause: 'sso-db-unavailable',
    anyOf: [...codes('0xC0002A21', '0xC0002A5D'), ...events(10513, 10514, 10515, 10785), no('db')],
    strength: 'decisive',
  },
  {
    id: 'sso-disabled',
    cause: 'sso-disabled',
    anyOf: [...codes('0xC0002A02'), ...events(10754)],
    strength: 'decisive',
  },
  {
    id: 'secret-unreadable',
    cause: 'secret-unreadable',
    anyOf: [...codes('0xC0002A1A', '0x8009000B'), ...events(10565, 10521)],
    strength: 'decisive',
  },
  {
    id: 'service-account-not-sso-admin',
    cause: 'service-account-not-sso-admin',
    anyOf: events(10550),
    strength: 'decisive',
  },
];

/** Event 10526 as a decision: which causes, which questions, which evidence. No prose here. */
export const ENTSSO_10526_DECISION: DecisionModel = {
  event: {
    id: 10526,
    name: 'SSO_ERROR_GENERATE_SECRET_FAILED',
    summary: 'failed to generate a new master secret',
  },
  // Tie-break order of the ranking, most fundamental first.
  causes: [
    { id: 'not-master-secret-server', step: 'admin-rights', ruledOutBy: 'mss' },
    { id: 'sso-disabled' },
    { id: 'sso-service-unavailable', step: 'admin-rights', ruledOutBy: 'svc' },
    { id: 'sso-db-unavailable', step: 'admin-rights', ruledOutBy: 'db' },
    { id: 'reencrypt-in-progress' },
    { id: 'secret-unreadable' },
    { id: 'service-account-not-sso-admin' },
    { id: 'not-elevated', step: 'admin-rights', ruledOutBy: 'elevated' },
    { id: 'not-local-admin', step: 'admin-rights', ruledOutBy: 'localadmin' },
    { id: 'not-sso-admin', step: 'admin-rights', ruledOutBy: 'ssoadmin' },
    { id: 'stale-token', step: 'admin-rights', ruledOutBy: 'relogon' },
    { id: 'backup-media', step: 'backup-file', ruledOutBy: 'ntfs' },
    { id: 'backup-path', step: 'backup-file', ruledOutBy: 'folder' },
    { id: 'backup-access', step: 'backup-file', ruledOutBy: 'writable' },
    { id: 'backup-disk-full', step: 'backup-file', ruledOutBy: 'space' },
    { id: 'backup-file-in-use', step: 'backup-file' },
    { id: 'backup-password-too-short', step: 'backup-file' },
    { id: 'unknown' },
  ],
  fallbackCause: 'unknown',
  // The order in which each step asks them, and the order of answers in a link.
  checks: [
    { id: 'mss', step: 'admin-rights' },
    { id: 'ssoadmin', step: 'admin-rights' },
    { id: 'localadmin', step: 'admin-rights' },
    { id: 'elevated', step: 'admin-rights' },
    { id: 'relogon', step: 'admin-rights' },
    { id: 'svc', step: 'admin-rights' },
    { id: 'db', step: 'admin-rights' },
    { id: 'ntfs', step: 'backup-file' },
    { id: 'folder', step: 'backup-file' },
    { id: 'writable', step: 'backup-file' },
    { id: 'space', step: 'backup-file' },
  ],
  rules: RULES,
  notes: [
    { id: 'later-success', anyOf: events(10525) },
    { id: 'backup-required', anyOf: events(10589) },
    { id: 'no-secret', anyOf: events(10520) },
    { id: 'bad-sso-admin-account', anyOf: events(10517) },
  ],
  optionalSteps: [
    {
      step: 'backup-file',
      // Write-protected or not-ready removable media name no cause but point at the backup file.
      codes: ['0x80070013', '0x80070015'],
      fields: ['backup'],
    },
  ],
  relatedEvents: RELATED_EVENTS,
};
