/** Words for the note rules of the 10527 model, by note id. */
export const NOTE_TEXT: Readonly<Record<string, string>> = {
  'later-request-served':
    'Event 10531 was seen: a later request for the secret succeeded (despite its symbolic name, a success).',
  'secret-server-started':
    'Event 10534 was seen: ENTSSO here started as master secret server, after a restart or a failover.',
};
