import type { Case } from '../case/case';
import type { CaseFieldName } from '../case/case-fields';
import type { OtherHalf } from '../case/other-half';
import { shortComputer } from '../case/origins';
import { decodeCode } from '../codes/decode-code';

const short = (name: string | undefined) => (name ? shortComputer(name) : undefined);

const MINUTES_APART = 10;

export interface HalvesStory {
  /** The two are one fetch: the refusal's Client Computer is the server that could not fetch. */
  oneFetch: boolean;
  client?: string;
  mss?: string;
  /** When the master secret server refused it. */
  refusedAt?: string;
  /** Why they are not one fetch, or what could not be compared. */
  reasons: string[];
  /** What differs without ruling it out (a cluster node logs for its network name). */
  notes: string[];
}

/** The two events of one fetch by side: the case's own and its other half. */
export interface Sides {
  /** The case's side: the server that could not fetch, or the server that refused. */
  side: 'fetch' | 'refusal';
  caseEvent: number;
}

/**
 * Whether the two events are the two halves of one fetch: the refusal's Client Computer is
 * the server that logged the failed fetch, the fetch tried the computer that logged the
 * refusal, and they were logged within minutes. What cannot be compared is said, not
 * assumed.
 */
export function halvesStory(
  c: Pick<Case, CaseFieldName>,
  { side, caseEvent }: Sides,
  half: OtherHalf,
): HalvesStory {
  const fetch = side === 'fetch' ? c : half.values;
  const refusal = side === 'fetch' ? half.values : c;
  const [fetchEvent, refusalEvent] =
    side === 'fetch' ? [caseEvent, half.event] : [half.event, caseEvent];
  const client = fetch.host;
  const mss = refusal.host;
  const reasons: string[] = [];
  if (!client || !refusal.computer)
    reasons.push(
      `the Client Computer of the ${refusalEvent} or the computer of the ${fetchEvent} is not known`,
    );
  else if (short(client) !== short(refusal.computer))
    reasons.push(`the ${refusalEvent}'s Client Computer is ${refusal.computer}, not ${client}`);
  const notes: string[] = [];
  if (fetch.triedserver && mss && short(fetch.triedserver) !== short(mss))
    notes.push(
      `The ${fetchEvent} tried ${fetch.triedserver} and the ${refusalEvent} was logged on ${mss}: on a cluster, the node that owns the role logs it for the network name.`,
    );
  if (fetch.time && refusal.time) {
    const apart = Math.abs(Date.parse(fetch.time) - Date.parse(refusal.time)) / 60_000;
    if (!(apart <= MINUTES_APART))
      reasons.push(`they were logged ${Math.round(apart)} minutes apart`);
  }
  const story: HalvesStory = { oneFetch: reasons.length === 0, reasons, notes };
  if (client) story.client = client;
  if (mss) story.mss = mss;
  if (refusal.time) story.refusedAt = refusal.time;
  return story;
}

/** "0xC0002A1F (SSO_E_…): what it means", for the other half's code. */
function codeInWords(code: string | undefined): string {
  if (!code) return 'no error code given';
  const d = decodeCode(Number(code));
  return `${d.hex}${d.names.length > 0 ? ` (${d.names.join(' / ')})` : ''}: ${d.meaning}`;
}

export interface HalfWords {
  heading: string;
  oneFetch: boolean;
  /** What the two halves say together, or why they are not one fetch. */
  sentence: string;
  notes: string[];
  /** The computer that logged the other half. */
  loggedOn: string;
}

/** The other half of a fetch in words, the same on the page and in the ticket. */
export function halfWords(current: Case, sides: Sides, half: OtherHalf): HalfWords {
  const story = halvesStory(current, sides, half);
  const loggedOn = half.values.host ?? 'another computer';
  const sentence = !story.oneFetch
    ? `It is in the case, but it is not this request's other half: ${story.reasons.join('; ')}.`
    : sides.side === 'fetch'
      ? `The master secret server ${story.mss ?? loggedOn} refused ${story.client ?? 'this server'}'s request${story.refusedAt ? ` at ${story.refusedAt}` : ''}, and said why: ${codeInWords(half.values.code)}`
      : `${story.client ?? loggedOn} could not get the secret from this server${half.values.time ? ` (event ${half.event} at ${half.values.time})` : ''}: this refusal is why. On its side: ${codeInWords(half.values.code)}`;
  return {
    heading: `The other half of this fetch: event ${half.event} on ${loggedOn}`,
    oneFetch: story.oneFetch,
    sentence,
    notes: story.notes,
    loggedOn,
  };
}
