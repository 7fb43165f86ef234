import { caseField, type CaseFieldName } from './case-fields';

/**
 * The other half of one fetch of the secret: the server that could not get the secret
 * and the master secret server that refused it each log an event for the same request
 * (the models say which: `otherHalf`). A case about one keeps the other's values here,
 * read from its own computer, never mixed into the case's own; a version 2 link carries
 * them as `h.<name>`.
 */
export interface OtherHalf {
  event: number;
  values: Partial<Record<HalfField, string>>;
}

/** What the other half keeps: where and when it was logged, who asked, and its code. */
export const HALF_FIELDS = ['host', 'computer', 'user', 'time', 'code', 'triedserver'] as const;
export type HalfField = (typeof HALF_FIELDS)[number] & CaseFieldName;

export const halfParam = (name: string) => `h.${name}`;

/**
 * The other half from a reading's values, when the event read is the one the case's
 * model pairs with (`pairsWith`, from its `otherHalf`).
 */
export function halfOf(
  pairsWith: number | undefined,
  readEvent: number | undefined,
  values: Readonly<Record<string, string | undefined>>,
): OtherHalf | undefined {
  if (readEvent === undefined || pairsWith !== readEvent) return undefined;
  const kept: OtherHalf['values'] = {};
  for (const name of HALF_FIELDS) {
    const raw = values[name];
    if (!raw) continue;
    const r = caseField(name).check(raw);
    if (r.ok) kept[name] = r.value;
  }
  return { event: readEvent, values: kept };
}

/** The other half a link carries, checked as the case's own values are. */
export function readHalf(
  params: URLSearchParams,
  pairsWith: number | undefined,
): OtherHalf | undefined {
  const event = Number(params.get(halfParam('event')));
  if (pairsWith !== event) return undefined;
  const values = Object.fromEntries(
    HALF_FIELDS.flatMap((name) => {
      const raw = params.get(halfParam(name));
      return raw ? [[name, raw]] : [];
    }),
  );
  return halfOf(pairsWith, event, values);
}

/** The link parameters of an other half; undefined ones take an earlier half out. */
export function halfParams(half: OtherHalf | undefined): Array<[string, string | undefined]> {
  return [
    [halfParam('event'), half ? String(half.event) : undefined],
    ...HALF_FIELDS.map((name): [string, string | undefined] => [
      halfParam(name),
      half?.values[name],
    ]),
  ];
}
