/** Words for the note rules of the 10532 model, by note id. */
export const NOTE_TEXT: Readonly<Record<string, string>> = {
  'secret-retrieved':
    'Event 10529 or 10533 was seen: this server got the current secret afterwards, so the warning may be over.',
  'request-failed-on-secret-server':
    'Event 10527 was seen: the request reached the master secret server and failed there. Its log on that server says why.',
  'secret-server-started':
    'ENTSSO on the master secret server started (10534, 10501 or 10611): a restart or a failover happened around this time.',
};
