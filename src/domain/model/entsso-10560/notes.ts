/** Words for the note rules of the 10560 model, by note id. */
export const NOTE_TEXT: Readonly<Record<string, string>> = {
  'backup-done':
    'Event 10559 was seen: a backup of the secret succeeded, perhaps a later attempt. Check its File Name and time.',
  'backup-required':
    'Event 10589 says the current secret has no backup yet: make one as soon as the cause is fixed.',
  'admin-account-individuals':
    'Event 11051 says an SSO administrator account holds single accounts rather than a group: use groups.',
};
