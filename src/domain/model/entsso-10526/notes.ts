/** Words for the note rules of the 10526 model, by note id. */
export const NOTE_TEXT: Readonly<Record<string, string>> = {
  'later-success':
    'Event 10525 was seen: a later attempt succeeded, so the incident may already be over. Back up the new secret now.',
  'backup-required':
    'Event 10589 says the current secret has no backup: make one as soon as the cause is fixed.',
  'no-secret':
    'Event 10520 says the master secret server holds no secret: restore it from its backup, or generate one.',
  'bad-sso-admin-account':
    'Event 10517 says the SSO Administrators account itself is not valid: check it with ssomanage -displaydb.',
};
