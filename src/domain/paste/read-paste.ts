import { mergePatches, patchFromParams, type CasePatch } from '../case/case-patch';
import { fieldsFromReading, type FieldsFromReading } from '../case/from-reading';
import { unchangedSince } from '../case/reading-changes';

// The start page lands a paste with these; they come with the paste reader, not before.
import { readingChanges } from '../case/reading-changes';
import { addReading, addsToCase, type AddedReading } from '../case/add-reading';
import type { PickContribution } from '../case/pick-changes';
import type { CaseFieldName } from '../case/case-fields';
import type { Origin } from '../case/origins';
import { splitBlocks } from '../collector/markers';
import { blockOrigins } from '../collector/block';
import { eventOrigins, originFrom } from '../case/origin-words';
import type { MergedBlocks } from '../collector/merge-blocks';
import type {
  blockConflicts,
  CollectorBlock,
  readCollectorBlock,
  readCollectorBlocks,
} from '../collector/read-block';
import type { ReadEventResult, ReadTarget } from '../event-reader/read-event';
import type { DecisionModel, EventSpec } from '../model/event-model';

const withoutNames = <T>(map: Record<string, T>, names: readonly string[]): Record<string, T> =>
  Object.fromEntries(Object.entries(map).filter(([name]) => !names.includes(name)));

/** Blocks read together that disagree: both sides kept in the case, with their computers. */
function disagreementsOf(collected: CollectorBlock): Pick<CasePatch, 'disagree'> {
  if (!('disagree' in collected)) return {};
  const merged = collected as MergedBlocks;
  const disagree = Object.fromEntries(
    merged.disagree.flatMap(({ param, said }) => {
      const sides = said.flatMap(({ host, value }) => {
        const origin = originFrom('collector', host);
        return origin ? [{ origin, value }] : [];
      });
      return sides.length >= 2 ? [[param, sides]] : [];
    }),
  );
  return Object.keys(disagree).length > 0 ? { disagree } : {};
}

/** The readers a paste needs; each arrives with the first paste that needs it. */
export interface PasteReaders {
  readEvent?: (text: string, target: ReadTarget) => ReadEventResult;
  block?: {
    readCollectorBlock: typeof readCollectorBlock;
    readCollectorBlocks: typeof readCollectorBlocks;
    blockConflicts: typeof blockConflicts;
  };
}

export interface PasteReading {
  /** What the paste writes into the case. */
  patch: CasePatch;
  /** The event read from the text beside any collector block. */
  event?: FieldsFromReading & { reading: ReadEventResult };
  /** The collector block, and where it disagrees with the event. */
  block?: { block: CollectorBlock; conflicts: string[] };
  /** The id of the event pasted when it is another than the one triaged. */
  otherEvent?: number;
}

/**
 * What a paste sets: the event's fields, the collector block's facts and answers, and
 * where the two disagree. The event's own values win; the related events of both add up.
 */
export function readPaste(
  text: string,
  readers: PasteReaders,
  model: Pick<DecisionModel, 'event' | 'checks' | 'rules' | 'notes'>,
): PasteReading {
  // Blocks from several computers pasted one after another are read together.
  const { blocks, rest } = splitBlocks(text);
  const reading =
    rest.trim() === '' || !readers.readEvent ? undefined : readers.readEvent(rest, model.event);
  const event = reading ? { reading, ...fieldsFromReading(reading, model) } : undefined;
  const collected =
    blocks.length > 0 && readers.block
      ? readers.block.readCollectorBlocks(blocks.join('\n'), model)
      : undefined;
  const conflicts =
    collected && event && readers.block
      ? readers.block.blockConflicts(collected, {
          id: Number(reading?.fields.event ?? model.event.id),
          computer: event.patch.values?.computer,
          time: event.patch.values?.time,
        })
      : [];
  // Each value says where it came from: the block's computer, or the event's, whose
  // values win (and take their origin with them).
  const fromEvent = Object.keys(event?.patch.values ?? {});
  const fromBlock = collected ? blockOrigins(collected) : undefined;
  const patch = mergePatches(
    collected &&
      fromBlock && {
        ...patchFromParams(
          collected.changes,
          model.checks.map((check) => check.id),
        ),
        origins: withoutNames(fromBlock.origins, fromEvent),
        details: withoutNames(fromBlock.details, fromEvent),
        ...disagreementsOf(collected),
      },
    event && {
      ...event.patch,
      origins: eventOrigins(fromEvent, event.patch.values?.host),
    },
  );
  // The event text decides; a block alone says which event its code and time came from.
  const pastedId = Number(reading?.fields.event ?? collected?.event ?? model.event.id);
  return {
    patch,
    ...(event ? { event } : {}),
    ...(collected ? { block: { block: collected, conflicts } } : {}),
    ...(pastedId !== model.event.id ? { otherEvent: pastedId } : {}),
  };
}

/**
 * What a paste writes into the case, and the event that read it. A pasted event other
 * than the one triaged that has a model of its own (`siblingOf` gives its decision) is
 * triaged as itself: read by its own layout, and the case's event set to it.
 */
export async function pasteReading(
  text: string,
  readers: PasteReaders,
  model: Pick<DecisionModel, 'event' | 'checks' | 'rules' | 'notes'>,
  siblingOf: (event: number) => Promise<DecisionModel | undefined>,
): Promise<{ patch: CasePatch; event: EventSpec }> {
  const first = readPaste(text, readers, model);
  if (first.otherEvent === undefined) return { patch: first.patch, event: model.event };
  const sibling = await siblingOf(first.otherEvent);
  if (!sibling) return { patch: first.patch, event: model.event };
  const { patch } = readPaste(text, readers, sibling);
  return {
    patch: { ...patch, values: { ...patch.values, event: String(sibling.event.id) } },
    event: sibling.event,
  };
}

/** What a paste writes into the case (see `pasteReading`). */
export async function patchOfPaste(...args: Parameters<typeof pasteReading>): Promise<CasePatch> {
  return (await pasteReading(...args)).patch;
}

/**
 * A paste's values and related events as one reading's changes, leaving out the values
 * the person changed while it was being read: theirs is the newer action.
 */
export function pasteChanges(
  patch: CasePatch,
  before: URLSearchParams,
  now: URLSearchParams,
): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const [name, value] of Object.entries(patch.values ?? {}))
    if (name !== 'event' && value !== undefined && value !== '') changes[name] = value;
  const found = [...(patch.seen ?? []), ...(patch.found ?? [])];
  if (found.length > 0) changes.seen = found.join(',');
  return unchangedSince(changes, before, now);
}

/** How a read paste lands in the case on screen, decided in one place. */
export interface Landing {
  patch: CasePatch;
  /** What the next reading of the same computer takes back out (undefined: nothing). */
  contribution: PickContribution | undefined;
  /** Values of the earlier event kept after a switch (see `readingChanges`). */
  kept: CaseFieldName[];
  /** Set when the paste came from another computer and was added (see `addReading`). */
  added?: AddedReading & { computers: Origin[] };
}

/**
 * Where a paste's reading goes. Evidence from another computer of the incident (about the
 * case's event, or the other half of its fetch) adds to the case: nothing of the other
 * computers' evidence is replaced, and the case's event stays its own. Otherwise it is the
 * newest reading: the previous one's values go (unless
 * the person changed them since `before`), and a paste of another event takes the old
 * event's values out with it.
 */
export function landPaste(
  read: { patch: CasePatch; event: EventSpec },
  link: { before: URLSearchParams; shown: URLSearchParams; caseEvent: number },
  model: Pick<DecisionModel, 'checks' | 'otherHalf' | 'checkRoles' | 'roleComputers'>,
  previous: PickContribution | undefined,
): Landing {
  const { before, shown, caseEvent } = link;
  // Another computer's view of the same incident: the case's event, or its other half.
  // Another event altogether is a switch, and the newest action wins (see below).
  const sameIncident = read.event.id === caseEvent || read.event.id === model.otherHalf?.event;
  if (sameIncident && addsToCase(shown, read.patch.origins)) {
    const added = addReading(
      shown,
      read.patch,
      {
        read: read.event.id === caseEvent ? undefined : read.event.id,
        pairsWith: model.otherHalf?.event,
      },
      model,
    );
    const computers = [...new Set(Object.values(read.patch.origins ?? {}))];
    return {
      patch: added.patch,
      contribution: undefined,
      kept: [],
      added: { ...added, computers },
    };
  }
  const changes = readingChanges(
    shown,
    {
      changes: pasteChanges(read.patch, before, shown),
      event: read.event,
      nameEvent: read.patch.values?.event !== undefined,
    },
    caseEvent,
    previous,
  );
  // Only the values this reading writes take its origins (applyPatch places them).
  const { answers, origins, details, disagree } = read.patch;
  return {
    patch: {
      ...changes.patch,
      ...(answers ? { answers } : {}),
      ...(origins ? { origins } : {}),
      ...(details ? { details } : {}),
      ...(disagree ? { disagree } : {}),
    },
    contribution: changes.contribution,
    kept: changes.kept,
  };
}
