/** Words for the note rules of the 10532 model, by note id. */
export const NOTE_TEXT: Readonly<Record<string, string>> = {
  'secret-retrieved':
    'Event 10529 or 10533 was seen: this server got the current secret afterwards, so the warning may be over.',
  'request-failed-on-secret-server':
    'Event 10527 was seen: a request for the secret failed on the computer that logged it, most likely the master secret server (Microsoft does not say where 10527 is logged; only that server hands out the secret). The events around it there say why.',
  'secret-server-started':
    'Event 10534 was seen: ENTSSO started acting as master secret server on the computer that logged it (a restart or a failover of the master secret server around this time).',
  'service-started-here':
    "Event 10501 or 10611 was seen: ENTSSO was starting on the computer that logged it. Every SSO server logs these for its own service. In this server's log they mean its ENTSSO restarted, and a restarted SSO server has no secret until the master secret server answers it: the situation this warning is about. Only 10534 speaks of a master secret server.",
};
