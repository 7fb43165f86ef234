import type { Case } from '../case/case';
import type { Diagnosis } from './diagnose';
import type { PicturePart } from '../model/event-model';
import { computerFor, type RoleComputers } from './computers';

export type PartState = 'failed' | 'suspect' | 'passed' | 'unchecked';

export interface PartView {
  id: string;
  label: string;
  state: PartState;
  /** The computer it is on (or the way between two), when the evidence names it. */
  computer?: string;
}

/**
 * Where the request broke, part by part: a part failed only where an answer confirmed a
 * cause there; parts of other listed causes are where evidence points; parts whose checks
 * passed (a `yes`) passed, and the rest were not checked.
 */
export function pictureOf(
  parts: readonly PicturePart[],
  c: Case,
  diagnosis: Pick<Diagnosis, 'ranked'>,
  model: RoleComputers = {},
): PartView[] {
  const client = computerFor('client', c, model);
  const mss = computerFor('mss', c, model);
  const where = (on: PicturePart['on']) =>
    on === 'path'
      ? client && mss
        ? `${client} → ${mss}`
        : undefined
      : on && computerFor(on, c, model);
  const listed = new Set(diagnosis.ranked.map((r) => r.cause));
  const confirmed = new Set(
    diagnosis.ranked.filter((r) => r.standing === 'confirmed').map((r) => r.cause),
  );
  return parts.map((part) => {
    const label =
      part.labelOnYes && c.answers[part.labelOnYes.check] === 'yes'
        ? part.labelOnYes.label
        : part.label;
    const state: PartState = part.causes.some((cause) => confirmed.has(cause))
      ? 'failed'
      : part.causes.some((cause) => listed.has(cause))
        ? 'suspect'
        : part.checks.some((check) => c.answers[check] === 'yes')
          ? 'passed'
          : 'unchecked';
    const computer = where(part.on);
    return computer ? { id: part.id, label, state, computer } : { id: part.id, label, state };
  });
}
