import type { Explanation, Trigger } from '../event-model';
import { codes, events, no } from '../rule-helpers';

// Evidence and explanations every model of the master-secret family reads the same way.

/**
 * A passive node of a clustered master secret server, once an answer confirms it, accounts
 * for "no SSO server here" (0xC0002A0F, event 10767), a computer with no ENTSSO endpoint
 * (0x800706D9) and a stopped local service: all are what such a node shows.
 */
export const PASSIVE_NODE_EXPLAINS: Explanation = {
  cause: 'cluster-node',
  triggers: [...codes('0xC0002A0F', '0x800706D9'), ...events(10767), no('svc')],
};

/**
 * A clustered ENTSSO whose resource does not present the role's network name, once
 * confirmed, accounts for 0x800706D9 on the computers that ask it for the secret.
 */
export const NETWORK_NAME_EXPLAINS: Explanation = {
  cause: 'cluster-node',
  triggers: codes('0x800706D9'),
};

/** "The master secret server did not hand out the secret" in ENTSSO's own words (10783, 10843). */
export const NO_SECRET_HANDED_OUT: Trigger[] = [
  ...codes('0xC0002A1F', '0xC0002A5B'),
  ...events(10783, 10843),
];

/**
 * The same, plus NTE_BAD_DATA (0x80090005), which no ENTSSO page ties to the secret: it
 * fits the same causes, so it lists them, but it never decides one.
 */
export const NO_SECRET_FITS: Trigger[] = [...NO_SECRET_HANDED_OUT, ...codes('0x80090005')];

/**
 * Codes an unreadable secret fits, though Microsoft does not tie them to it ("decryption
 * failed", an internal error; NTE_BAD_KEY): they list that cause, never decide it.
 */
export const DECRYPTION_FAILED: Trigger[] = codes('0xC0002A1A', '0x8009000B');
