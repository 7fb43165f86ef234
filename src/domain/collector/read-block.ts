import { MAX_SEEN } from '../case/link-codec';
import { CASE_FIELDS, caseField, checkEventId, type TextFieldName } from '../case/case-fields';
import { idListParam } from '../case/id-list';
import { roleOf } from '../model/check-role';
import { emptyBlock, type CollectorBlock } from './block';
import type { DecisionModel, Role } from '../model/event-model';
import { ROLES } from '../model/event-model';
import { FACT_ROLES, READ_FROM_ANY_NODE } from '../model/family/check-roles';
import { namedEvents } from '../model/named-events';

import { BLOCK_BEGIN, BLOCK_END, BLOCK_FORMAT, splitBlocks } from './markers';
import { mergeBlocks } from './merge-blocks';

export { mergeBlocks } from './merge-blocks';

export type { CollectedEvent, CollectorBlock } from './block';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const short = (v: unknown) => JSON.stringify(v)?.slice(0, 60) ?? String(v);

/** More entries than the collector ever writes in seen; the rest are not read. */
const MAX_SEEN_READ = 1000;

/**
 * The keys that occur more than once in the top-level object of valid JSON text. One pass:
 * strings are skipped whole, and only a string at depth 1 followed by ":" is a key.
 */
export function repeatedTopLevelKeys(json: string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  let depth = 0;
  let i = 0;
  while (i < json.length) {
    const ch = json[i];
    if (ch === '"') {
      let end = i + 1;
      while (end < json.length && json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const token = json.slice(i, end + 1);
      i = end + 1;
      if (depth === 1) {
        let next = i;
        while (next < json.length && ' \t\r\n'.includes(json[next] ?? '')) next++;
        if (json[next] === ':') {
          // Only a key with an escape needs decoding ("form\u0061t" is "format").
          const key = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
          (seen.has(key) ? repeated : seen).add(key);
        }
      }
      continue;
    }
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    i++;
  }
  return [...repeated];
}

/**
 * Reads the evidence collector's block (see the triage contract). Every value passes
 * the same checks as a typed one; what does not is named in `problems` and left out.
 */
export function readCollectorBlock(
  block: string,
  model: Pick<DecisionModel, 'checks' | 'rules' | 'notes' | 'checkRoles'>,
): CollectorBlock {
  const result = emptyBlock();
  const fail = (problem: string) => ({ ...result, problems: [problem] });
  const runs = block.split(BLOCK_BEGIN).length - 1;
  if (runs > 1)
    return fail(
      `The paste holds ${runs} collector blocks, and nothing in a block says which run is newer: paste only the block of the run you want read.`,
    );
  const end = block.indexOf(BLOCK_END);
  if (end < 0)
    return fail(
      'The collector block has no END line: it was cut off when copied. Copy it again, down to the -----END ENTSSO TRIAGE----- line.',
    );
  const json = block.slice(block.indexOf(BLOCK_BEGIN) + BLOCK_BEGIN.length, end);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return fail(
      `The collector block is not valid JSON (${(error as Error).message}). Copy it again exactly as printed.`,
    );
  }
  if (!isRecord(data)) return fail('The collector block holds no JSON object.');
  // JSON.parse keeps the last of two equal keys; the collector never writes one twice,
  // so a repeated key means an edited block whose meaning is not certain.
  const repeated = repeatedTopLevelKeys(json);
  if (repeated.length > 0)
    return fail(
      `The collector block names ${repeated.map((k) => short(k)).join(', ')} more than once, which the collector never does: it was edited. Copy it again exactly as printed.`,
    );
  if (data.format !== BLOCK_FORMAT)
    return fail(
      `The collector block is in format ${short(data.format)}; this tool reads ${BLOCK_FORMAT}.`,
    );

  const details = isRecord(data.details) ? data.details : {};
  const take = (param: string, value: string) => {
    result.changes[param] = value;
    const said = details[param];
    // The probe's own words, or nothing: a stock phrase would only repeat "from the collector".
    result.detail[param] = typeof said === 'string' ? said.trim().slice(0, 300) : '';
  };

  readRoles(data, result);
  for (const field of CASE_FIELDS) {
    if (field.name === 'event' || !(field.name in data)) continue;
    const role = FACT_ROLES[field.name];
    if (role && !result.roles.includes(role)) {
      result.elsewhere.push({ check: field.name, role });
      continue;
    }
    const raw = data[field.name];
    const checked = typeof raw === 'string' ? field.check(raw) : undefined;
    if (checked?.ok) {
      take(field.name, checked.value);
      // Said as for a paste: what was removed from a value is never removed silently.
      if (checked.note)
        result.problems.push(`${caseField(field.name as TextFieldName).label}: ${checked.note}`);
    } else
      result.problems.push(
        `${caseField(field.name as TextFieldName).label} ${short(raw)} was left out: ${checked && !checked.ok ? checked.reason : 'it is not text'}`,
      );
  }

  if (typeof data.host === 'string') result.host = data.host.slice(0, 255);
  // An answer speaks for the computer the collector ran on: taken only for a check about
  // a role that computer plays (a BizTalk server cannot say whether the master secret
  // server is clustered); a node of its cluster may answer what the cluster service tells.
  const speaksFor = (check: string, role: Role) =>
    result.roles.includes(role) ||
    (role === 'mss' && result.roles.includes('node') && READ_FROM_ANY_NODE.has(check));
  for (const { id } of model.checks) {
    if (!(id in data)) continue;
    const raw = data[id];
    const role = roleOf(model, id);
    if ((raw === 'yes' || raw === 'no') && role && !speaksFor(id, role))
      result.elsewhere.push({ check: id, role });
    else if (raw === 'yes' || raw === 'no') take(id, raw);
    else
      result.problems.push(
        `The answer ${id} = ${short(raw)} was left out: answers are "yes" or "no".`,
      );
  }

  if ('seen' in data) {
    const wanted = namedEvents(model);
    const ids: number[] = [];
    const refused: string[] = [];
    for (const v of Array.isArray(data.seen) ? data.seen.slice(0, MAX_SEEN_READ) : []) {
      const checked =
        typeof v === 'number' || typeof v === 'string' ? checkEventId(String(v)) : undefined;
      // A valid id this tool does not look at is simply not needed; a bad one is named.
      if (!checked?.ok) refused.push(short(v));
      else if (wanted.has(Number(checked.value))) ids.push(Number(checked.value));
    }
    if (!Array.isArray(data.seen)) result.problems.push('seen was left out: it is not a list.');
    else if (data.seen.length > MAX_SEEN_READ)
      result.problems.push(
        `seen holds ${data.seen.length} entries; the first ${MAX_SEEN_READ} were read.`,
      );
    if (refused.length > 0)
      result.problems.push(
        `seen entries left out (not event numbers): ${refused.slice(0, 5).join(', ')}${refused.length > 5 ? ` and ${refused.length - 5} more` : ''}.`,
      );
    const param = idListParam(ids.slice(0, MAX_SEEN));
    if (param) take('seen', param);
  }

  // Absent in older blocks, which were about 10526: the case keeps its own event then.
  if ('event' in data) {
    const raw = data.event;
    const checked =
      typeof raw === 'number' || typeof raw === 'string' ? checkEventId(String(raw)) : undefined;
    if (checked?.ok) result.event = Number(checked.value);
    else result.problems.push(`The event ${short(raw)} was left out: it is not an event number.`);
  }

  if (Array.isArray(data.events)) {
    for (const e of data.events.slice(0, 200)) {
      if (!isRecord(e) || typeof e.id !== 'number') continue;
      result.events.push({
        id: e.id,
        time: typeof e.time === 'string' ? e.time.slice(0, 40) : '',
        message: typeof e.message === 'string' ? e.message.slice(0, 300) : '',
      });
    }
  }
  return result;
}

/**
 * The roles a block's computer plays. A block of an older collector names none: its
 * computer then counts as where the request was made (and where the backup file is), and
 * as the master secret server only when it said it was.
 */
function readRoles(data: Record<string, unknown>, result: CollectorBlock): void {
  const why = isRecord(data.rolesWhy) ? data.rolesWhy : {};
  if (Array.isArray(data.roles)) {
    for (const role of data.roles)
      if (typeof role === 'string' && (ROLES as readonly string[]).includes(role)) {
        const r = role as Role;
        if (!result.roles.includes(r)) result.roles.push(r);
        const said = why[r];
        result.rolesWhy[r] = typeof said === 'string' ? said.slice(0, 200) : '';
      }
    return;
  }
  result.roles.push('client', 'backup');
  result.rolesWhy.client =
    'an older collector, which does not say: taken as where the request was made';
  if (data.mss === 'yes') {
    result.roles.push('mss');
    result.rolesWhy.mss = 'it found the SSO database names this computer';
  }
}

/**
 * Where the block and the event pasted or typed disagree: the collector's answers then
 * describe another computer or another moment, and the person should know.
 */
export function blockConflicts(
  block: CollectorBlock,
  event: { id: number; computer?: string | undefined; time?: string | undefined },
): string[] {
  const conflicts: string[] = [];
  if (block.event !== undefined && String(block.event) !== String(event.id))
    conflicts.push(
      `The collector's block is about event ${block.event}, but the event pasted with it is ${event.id}: the case follows the pasted event, and the block's code and time (${block.changes.code ?? 'none'}, ${block.changes.time ?? 'none'}) describe the other one.`,
    );
  const name = (v: string) => v.split('.')[0]?.toLowerCase() ?? '';
  const ranOn = block.changes.computer;
  if (ranOn && event.computer && name(ranOn) !== name(event.computer))
    conflicts.push(
      `The collector ran on ${ranOn}, but the failed request came from ${event.computer}: its answers describe ${ranOn}.`,
    );
  const newest = block.changes.time;
  if (newest && event.time && Date.parse(newest) < Date.parse(event.time))
    conflicts.push(
      `The newest ${event.id} the collector found (${newest}) is older than the event entered (${event.time}): it may have read another server's log, or too short a window.`,
    );
  return conflicts;
}

/**
 * Every block of a pasted text, read with the model: one block as it is, blocks from
 * several computers merged (see mergeBlocks). Undefined when the text holds none.
 */
export function readCollectorBlocks(
  text: string,
  model: Pick<DecisionModel, 'checks' | 'rules' | 'notes' | 'checkRoles'>,
): CollectorBlock | undefined {
  const { blocks } = splitBlocks(text);
  if (blocks.length <= 1)
    return blocks[0] === undefined ? undefined : readCollectorBlock(blocks[0], model);
  return mergeBlocks(blocks.map((block) => readCollectorBlock(block, model)));
}
