/** Words for the note rules of the 10524 model, by note id. */
export const NOTE_TEXT: Readonly<Record<string, string>> = {
  restored: 'Event 10523 was seen: a restore succeeded, perhaps a later attempt.',
  'restored-older-format':
    'Event 10598 was seen: a restore from an older-format backup file succeeded.',
  'reason-to-restore':
    'Events 10520, 10521 or 10565 say the secret is missing or unreadable: the reason a restore was needed, not why it failed. They are expected before a restore.',
  'secret-server-started':
    'Event 10534 was seen: ENTSSO here started as master secret server. A restore after it has its restart behind it.',
  'audit-after-restore':
    'Event 10536 was seen. If it shows 0x80090005 ("Bad Data") after a restore that worked, on SSO 5 (BizTalk 2013 R2, HIS 2013), field experience points to a product bug fixed by an update (KB 3000847, found only in an unofficial archive).',
};
