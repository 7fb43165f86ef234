import { RESTORE, type SecretOperation } from '../secret-operations/operation-causes';

export const EVENT = 'event:10524';

/** What every fix ends with: the restore reported, then the SSO servers served again. */
export const AFTER_FIX: readonly string[] = [
  'Restore again and look for event 10523 (the secret was restored) on the computer where it ran; "The operation completed successfully" at the prompt says the same.',
  'Then look for 10529 or 10533 on the BizTalk servers (they got the secret), and no new 10532.',
];

export const RESTORING: SecretOperation = {
  verb: 'restore',
  command: 'ssoconfig -restoreSecret {backup}',
  page: RESTORE,
  verify: AFTER_FIX,
  guide: 'restore-master-secret',
};
