import { roleOf } from '../model/check-role';
import type { Answer, DecisionModel } from '../model/event-model';
import { FACT_ROLES, READ_FROM_ANY_NODE } from '../model/family/check-roles';
import { CASE_FIELDS, type CaseFieldName, type TextFieldName } from './case-fields';
import type { CasePatch } from './case-patch';
import { dataOrigin } from './origin-words';
import { disagreeParam, readOrigin, readSaid, shortComputer, type Origin } from './origins';
import { halfOf } from './other-half';

/** One side of a disagreement: who said it (`data-origin` form) and what. */
export interface Said {
  origin: string;
  value: string;
}

/** What two computers (or a computer and the person) said differently about one name. */
export interface Disagreement {
  name: string;
  said: Said[];
}

/** The values of an event itself: they belong to the computer that logged the case's event. */
const EVENT_VALUES: ReadonlySet<string> = new Set(
  CASE_FIELDS.filter((f) => f.step === 'gather' || f.inLayout !== undefined).map((f) => f.name),
);

/** The computer an origin names, by its short name. */
const computerOf = (origin: string) => shortComputer(origin.slice(origin.indexOf(':') + 1));

/** The computers the case's evidence came from, as its link's origins name them. */
export function computersOf(params: URLSearchParams): Set<string> {
  const computers = new Set<string>();
  for (const [key, raw] of params)
    if (key.startsWith('o.')) {
      const origin = readOrigin(raw);
      if (origin.ok) computers.add(computerOf(origin.value));
    }
  return computers;
}

const readingComputers = (origins: Readonly<Record<string, Origin>> | undefined) =>
  new Set(Object.values(origins ?? {}).map(computerOf));

/**
 * Whether a reading adds to the case rather than replacing the last one: the case holds
 * evidence from a computer this reading does not come from. (A reading from the only
 * computer the case knows replaces that computer's last reading, as any newest action does.)
 */
export function addsToCase(
  params: URLSearchParams,
  origins: Readonly<Record<string, Origin>> | undefined,
): boolean {
  const now = readingComputers(origins);
  return now.size > 0 && [...computersOf(params)].some((c) => !now.has(c));
}

/** What a reading said about a computer it does not come from: left out, and why. */
export interface NotAbout {
  name: string;
  /** The computer the value is about, as the case names it. */
  about: string;
  /** The computer the reading came from. */
  from: string;
}

/**
 * The values and answers of a reading that are about a computer the case names, other than
 * the one the reading came from (a 10527's Client Computer is BTS01, and this block ran on
 * BTS02): they describe BTS02 and are left out.
 */
export function aboutAnotherComputer(
  reading: CasePatch,
  shown: URLSearchParams,
  model: Pick<DecisionModel, 'checkRoles' | 'roleComputers'>,
): NotAbout[] {
  const notAbout: NotAbout[] = [];
  const names = [...Object.keys(reading.values ?? {}), ...Object.keys(reading.answers ?? {})];
  for (const name of names) {
    const role = FACT_ROLES[name as TextFieldName] ?? roleOf(model, name);
    // The request's computer is where the event was logged, unless the model says otherwise;
    // what the cluster service tells is the same from any node of the master secret server.
    const field =
      role === 'client'
        ? (model.roleComputers?.client ?? 'host')
        : role === 'mss' && !READ_FROM_ANY_NODE.has(name)
          ? model.roleComputers?.mss
          : undefined;
    const about = field ? shown.get(field) : null;
    const origin = reading.origins?.[name];
    const from = origin ? origin.slice(origin.indexOf(':') + 1) : undefined;
    if (about && from && shortComputer(about) !== shortComputer(from))
      notAbout.push({ name, about, from });
  }
  return notAbout;
}

export interface AddedReading {
  /** The reading is the other half of the case's fetch (a 10527 for a 10532): kept as such. */
  half?: number;
  /** What to write: new values and answers with their origins, answers two sides dispute taken out. */
  patch: CasePatch;
  /** What two computers said differently; none of it is taken, both are shown. */
  disagree: Disagreement[];
  /** Values of the reading's own event left out: the case's event came from elsewhere. */
  leftOut: string[];
  /** Values and answers about another computer of the case than the reading's: left out. */
  notAbout: NotAbout[];
}

/**
 * A reading from another computer, added to the case on screen: values and answers the
 * case lacks come in with their origin; the same value from a second computer counts once;
 * a different one is kept beside the first, and the answer is taken out until someone
 * settles it. The case's event stays the one it is: the values of the reading's own event
 * are not mixed into it, and that event is kept as seen.
 */
export function addReading(
  shown: URLSearchParams,
  raw: CasePatch,
  events: { read: number | undefined; pairsWith?: number | undefined },
  model: Pick<DecisionModel, 'checks' | 'checkRoles' | 'roleComputers'>,
): AddedReading {
  const checkIds = model.checks.map((check) => check.id);
  const notAbout = aboutAnotherComputer(raw, shown, model);
  const away = new Set(notAbout.map((n) => n.name));
  const keep = <T>(record: Readonly<Record<string, T>> | undefined) =>
    Object.fromEntries(Object.entries(record ?? {}).filter(([name]) => !away.has(name)));
  const reading: CasePatch = { ...raw, values: keep(raw.values), answers: keep(raw.answers) };
  const readEvent = events.read;
  const values: NonNullable<CasePatch['values']> = {};
  const answers: Record<string, Answer | undefined> = {};
  const origins: Record<string, Origin> = {};
  const details: Record<string, string> = {};
  const disagree: Disagreement[] = [];
  const leftOut: string[] = [];
  const originOf = (name: string) => reading.origins?.[name];
  // What the case holds from this reading's own computers is this reading's to replace.
  const mine = readingComputers(reading.origins);
  const ours = (name: string) => {
    const had = readOrigin(shown.get(`o.${name}`) ?? '');
    return had.ok && mine.has(computerOf(had.value));
  };
  const given = new Set([
    ...Object.keys(reading.values ?? {}),
    ...Object.keys(reading.answers ?? {}),
  ]);
  const take = (name: string, value: string) => {
    const origin = originOf(name);
    if (origin) origins[name] = origin;
    const detail = reading.details?.[name];
    if (detail) details[name] = detail;
    return value;
  };
  const weigh = (name: string, value: string, isAnswer: boolean) => {
    // Already disputed: this computer's word joins the sides; nothing is taken.
    const sides = shown.getAll(disagreeParam(name)).flatMap((raw) => readSaid(raw) ?? []);
    if (sides.length > 0) {
      const mineNow = { origin: dataOrigin(originOf(name)), value };
      const others = sides.filter((side) => side.origin !== mineNow.origin);
      disagree.push({ name, said: [...others, mineNow] });
      return;
    }
    const had = ours(name) ? null : shown.get(name);
    if (!had) {
      if (isAnswer) answers[name] = take(name, value) as Answer;
      else values[name as CaseFieldName] = take(name, value);
      return;
    }
    if (had === value) return;
    const before = readOrigin(shown.get(`o.${name}`) ?? '');
    disagree.push({
      name,
      said: [
        { origin: dataOrigin(before.ok ? before.value : undefined), value: had },
        { origin: dataOrigin(originOf(name)), value },
      ],
    });
    // Neither side of a disputed answer confirms anything; a fact keeps its first value.
    if (isAnswer) answers[name] = undefined;
  };
  for (const [name, value] of Object.entries(reading.values ?? {})) {
    if (!value || name === 'event') continue;
    if (EVENT_VALUES.has(name)) {
      if (shown.get(name) !== value) leftOut.push(name);
      continue;
    }
    weigh(name, value, false);
  }
  for (const [name, answer] of Object.entries(reading.answers ?? {}))
    if (answer) weigh(name, answer, true);
  // This computer's earlier word that its new reading no longer gives goes.
  for (const key of new Set(shown.keys())) {
    if (!key.startsWith('o.')) continue;
    const name = key.slice(2);
    if (given.has(name) || !ours(name) || EVENT_VALUES.has(name)) continue;
    if (checkIds.includes(name)) answers[name] = undefined;
    else values[name as CaseFieldName] = undefined;
  }
  const found = [...(reading.found ?? []), ...(reading.seen ?? [])];
  if (readEvent !== undefined) found.push(readEvent);
  const patch: CasePatch = { values, answers, found };
  // The other half of this fetch keeps its own values, beside the case's.
  const half = halfOf(events.pairsWith, readEvent, reading.values ?? {});
  if (half) patch.half = half;
  const added: AddedReading = { patch, disagree, leftOut, notAbout };
  if (half) added.half = half.event;
  if (Object.keys(origins).length > 0) patch.origins = origins;
  if (Object.keys(details).length > 0) patch.details = details;
  if (disagree.length > 0)
    patch.disagree = Object.fromEntries(disagree.map((d) => [d.name, d.said]));
  return added;
}
