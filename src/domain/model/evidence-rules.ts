import type { CauseId } from './causes';
import type { Answer, CheckId } from './checks';

/** One piece of evidence that can point at a cause. */
export type Trigger =
  | { kind: 'code'; code: string }
  | { kind: 'event'; event: number }
  | { kind: 'answer'; check: CheckId; is: Answer }
  /** An event seen without the event that would close it (10562 without 10528). */
  | { kind: 'event-without'; event: number; without: number }
  /** The backup path given is a network (UNC) path. */
  | { kind: 'unc-backup-path' };

export interface AnswerCondition {
  check: CheckId;
  is: Answer | 'not-yes';
}

export interface EvidenceRule {
  id: string;
  cause: CauseId;
  /** Any one of these is enough for the rule to fire. */
  anyOf: readonly Trigger[];
  /** Answers that must all hold as well. */
  requires?: readonly AnswerCondition[];
  /** Decisive rules make their cause the top one on their own; candidates only list it. */
  strength: 'decisive' | 'candidate';
}

const codes = (...list: string[]): Trigger[] => list.map((code) => ({ kind: 'code', code }));
const events = (...list: number[]): Trigger[] => list.map((event) => ({ kind: 'event', event }));
const no = (check: CheckId): Trigger => ({ kind: 'answer', check, is: 'no' });

const NOT_SSO_ADMIN_SIGNS = [...codes('0xC0002A14', '0xC0002A52'), ...events(11009, 10772, 10834)];
const ACCESS_DENIED = codes('0x80070005', '0xC0002A5A');
const BACKUP_WRITE_FAILED = [...codes('0xC0002A20'), ...events(10784, 10560)];

/** The evidence table of the triage contract, row by row, as data. */
export const EVIDENCE_RULES: readonly EvidenceRule[] = [
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
    anyOf: [{ kind: 'unc-backup-path' }],
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
