/** Words for the note rules of the 10526 model, by note id. */
export const NOTE_TEXT: Readonly<Record<string, string>> = {
  'later-success':
    'Event 10525 was seen: a later attempt succeeded, so the incident may already be over. Back up the new secret now.',
  'backup-required':
    'Event 10589 says the current secret has no backup: make one as soon as the cause is fixed.',
  'no-secret':
    'Event 10520 says the master secret server holds no secret. Restore the backed-up secret; generate a new one only for a new SSO system that holds no encrypted data yet.',
  'backup-done': 'Event 10559 was seen: a backup of the secret succeeded.',
  'configuration-wizard':
    'The request came from the BizTalk Server Configuration program (Configuration.exe), not from ssoconfig: creating a new SSO system there generates the secret and writes its backup. The account running the configuration must be an SSO administrator, and with several servers the SSO groups must be domain groups (Microsoft: Configure BizTalk Server; How to cluster the master secret server). Fix what is named below, then apply the configuration again.',
  'admin-account-individuals':
    'Event 11051 says an SSO administrator account holds single accounts rather than a group: use groups.',
};
