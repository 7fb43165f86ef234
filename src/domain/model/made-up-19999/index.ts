import type { EventModel } from '../event-model';

const SOURCE = { kind: 'field' } as const;
const text = (title: string) => ({
  title,
  explanation: `${title}, explained.`,
  fix: [{ text: `Fix ${title}.`, sources: [SOURCE] }],
  verify: ['Try again.'],
  guides: ['generate-master-secret'] as const,
  sources: [SOURCE],
});

/**
 * A made-up event that exists only for tests: the generic code must diagnose, step and
 * show it with no change but this folder and one line in the test registry.
 */
export const MADE_UP_19999: EventModel = {
  event: {
    id: 19999,
    name: 'MADE_UP_RESTORE_FAILED',
    summary: 'a made-up restore failure',
    // A layout unlike 10526's: a value the case does not keep, then the code, then the user.
    layout: [null, 'code', 'user'],
  },
  causes: [
    { id: 'wrong-password', step: 'backup-file', ruledOutBy: 'pwd' },
    { id: 'service-down', step: 'admin-rights', ruledOutBy: 'up' },
    { id: 'account-locked', step: 'service-account', ruledOutBy: 'unlocked' },
    { id: 'no-idea' },
  ],
  fallbackCause: 'no-idea',
  // Its checks are its own: it says which computer each one is about.
  checkRoles: { up: 'mss', pwd: 'backup', unlocked: 'client' },
  checks: [
    { id: 'up', step: 'admin-rights' },
    { id: 'pwd', step: 'backup-file' },
    { id: 'unlocked', step: 'service-account' },
  ],
  rules: [
    {
      id: 'wrong-password',
      cause: 'wrong-password',
      anyOf: [
        { kind: 'code', code: '0xC0002A1B' },
        { kind: 'event', event: 10779 },
      ],
      strength: 'decisive',
    },
    {
      id: 'service-down',
      cause: 'service-down',
      anyOf: [{ kind: 'answer', check: 'up', is: 'no' }],
      strength: 'decisive',
    },
    {
      id: 'account-locked',
      cause: 'account-locked',
      anyOf: [{ kind: 'answer', check: 'unlocked', is: 'no' }],
      strength: 'decisive',
    },
    {
      id: 'share',
      cause: 'wrong-password',
      anyOf: [{ kind: 'unc-path', field: 'backup' }],
      strength: 'candidate',
    },
  ],
  notes: [{ id: 'restored', anyOf: [{ kind: 'event', event: 10523 }] }],
  questionSteps: ['admin-rights', 'backup-file', 'service-account'],
  optionalSteps: [
    { step: 'backup-file', codes: ['0x80070013'], fields: ['backup'] },
    // Walked only once its cause is listed or its question answered.
    { step: 'service-account', codes: [], fields: [] },
  ],
  text: {
    loggedOn: 'the made-up server',
    steps: {
      'admin-rights': { intro: 'The made-up restore needs its service up.' },
      'backup-file': { intro: 'The made-up restore reads a file.', notes: ['Mind the password.'] },
      'service-account': { intro: 'The made-up restore runs as a service account.' },
    },
    causes: {
      'wrong-password': text('Wrong password'),
      'service-down': text('Service down'),
      'account-locked': text('Account locked'),
      'no-idea': { ...text('No idea'), verify: [] },
    },
    checks: {
      up: {
        question: 'Is it up?',
        passed: 'It is up.',
        why: 'Because.',
        how: [],
        guide: 'master-secret-server',
      },
      pwd: {
        question: 'Password right?',
        passed: 'The password is right.',
        why: 'Because.',
        how: [],
        guide: 'restore-master-secret',
      },
      unlocked: {
        question: 'Is the service account unlocked?',
        passed: 'The service account is unlocked.',
        why: 'A locked account cannot run the service.',
        how: [],
        guide: 'sso-administrators',
      },
    },
    notes: { restored: 'A later restore worked.' },
    relatedEvents: [
      { id: 10779, name: 'MADE_UP_WRONG_PASSWORD', tells: 'Wrong.', group: 'secret' },
    ],
    picture: [
      {
        id: 'file',
        on: 'backup',
        label: 'The backup file',
        causes: ['wrong-password'],
        checks: ['pwd'],
      },
      {
        id: 'service',
        on: 'mss',
        label: 'The service',
        labelOnYes: { check: 'up', label: 'The running service' },
        causes: ['service-down'],
        checks: ['up'],
      },
      {
        id: 'account',
        on: 'client',
        label: 'The service account',
        causes: ['account-locked'],
        checks: ['unlocked'],
      },
    ],
  },
};
