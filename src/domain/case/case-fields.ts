import { GUID_TEXT } from '../guid';
import { parseCode } from '../codes/parse-code';
import type { CaseFieldName, LayoutField } from '../field-names';
import { checkTime, type Checked } from '../iso-time';

export type { CaseFieldName, TextFieldName } from '../field-names';
export type { Checked } from '../iso-time';

/** Where a person enters the field. */
export type FieldStep = 'gather' | 'admin-rights' | 'backup-file' | 'secret-server';

export interface CaseField {
  /** The link parameter (contract v1), also the field's name in forms and commands. */
  name: CaseFieldName;
  label: string;
  /** An example of the format, given in the field's hint (never inside the box, where it would read as a value). */
  example?: string;
  hint?: string;
  step: FieldStep;
  /** Reads what was typed or linked; the value it returns is the one stored. */
  check: (raw: string) => Checked;
  /** What a command shows where this value is still unknown. */
  commandPlaceholder?: string;
  /** Rarely needed: forms show it after the others. */
  secondary?: boolean;
  /**
   * The value of the event's message this field is read from: it shows only for events
   * whose layout carries that value (a 10532 has no client user).
   */
  inLayout?: LayoutField;
  /**
   * For a field asked on a later step that some events carry in their message (the file a
   * 10560 names): on those events it is read from the event and asked at the start, under
   * the event's own name for it.
   */
  fromEvent?: { label: string; hint: string };
}

const GUID = new RegExp(`^\\{?(${GUID_TEXT})\\}?$`, 'i');
// Control characters have no place in any field and could disturb a generated command.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Direction overrides and invisible format characters make text display other than it
// reads (a reversed user name, a hidden character in a path): they are removed.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * A value as a notice may quote it: each invisible or direction character written out as
 * its code (U+202E), so that the notice shows what was there and is not turned around by it.
 */
export function showInvisible(value: string): string {
  return value.replace(
    INVISIBLE,
    (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

/** Removes invisible format characters, saying so; the check then sees the visible text. */
function visible(check: (raw: string) => Checked): (raw: string) => Checked {
  return (raw) => {
    // No field holds anywhere near this much: its check refuses it, and copying a
    // value of millions of characters to clean it first would only hold the page.
    if (raw.length > LONGEST_RAW) return check(raw);
    // Half of a surrogate pair cannot be written into a link (it comes back as U+FFFD):
    // refused now, rather than accepted and lost when the link is opened again.
    if (LONE_SURROGATE.test(raw))
      return {
        ok: false,
        reason:
          'It holds a broken character (half of a pair, from a bad copy): retype it or copy it again.',
      };
    const cleaned = raw.replace(INVISIBLE, '');
    const r = check(cleaned);
    if (!r.ok || cleaned === raw) return r;
    return { ...r, note: 'Invisible formatting or direction characters were removed.' };
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A bound well above every field's limit, checked before any copy is made. */
const LONGEST_RAW = 4_096;

/**
 * Whether text has more than `limit` characters (code points): its length decides unless
 * it lies between the limit and twice it, and only such short text is ever spread.
 */
export function longerThan(value: string, limit: number): boolean {
  return value.length > limit && (value.length > 2 * limit || [...value].length > limit);
}

function text(label: string, limit: number): (raw: string) => Checked {
  return (raw) => {
    const value = raw.trim();
    if (value === '') return { ok: false, reason: `${label} is empty.` };
    if (longerThan(value, limit)) {
      return { ok: false, reason: `${label} is longer than ${limit} characters.` };
    }
    if (CONTROL.test(value)) {
      return { ok: false, reason: `${label} contains a line break or control character.` };
    }
    return { ok: true, value };
  };
}

/** A GUID, stored bare and in lower case; the reason names what the field is. */
const checkGuid =
  (what: string) =>
  (raw: string): Checked => {
    const m = GUID.exec(raw.trim());
    if (!m?.[1])
      return {
        ok: false,
        reason: `${what} is a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.`,
      };
    return { ok: true, value: m[1].toLowerCase() };
  };

export const checkTrackingId = checkGuid('A Tracking ID');

/**
 * Accepts ISO 8601 with a zone and stores it in UTC, so that every reader sees the same
 * instant. One rule everywhere (the form, the link, the reader): a real calendar date and
 * time, between the years 1601 and 9999 once in UTC. A stored value reads back unchanged.
 */
export function checkEventId(raw: string): Checked {
  const value = raw.trim();
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
    return { ok: false, reason: 'An event ID is a whole number from 1 to 65535.' };
  }
  return { ok: true, value: String(Number(value)) };
}

/** A program name as the event writes it: a file name ending in .exe, then perhaps :process-id. */
export function checkProgram(raw: string): Checked {
  const value = raw.trim();
  if (!/^[\w][\w .()-]{0,80}\.exe(?::\d{1,10})?$/i.test(value))
    return {
      ok: false,
      reason: 'A program is written as a file name ending in .exe, perhaps with :process ID.',
    };
  return { ok: true, value };
}

function checkCode(raw: string): Checked {
  const r = parseCode(raw);
  return r.ok ? { ok: true, value: r.hex } : r;
}

/**
 * The fields of a case, each written once: the link codec, the start step, the
 * dropped-values notice, the result's facts, the ticket text and the command filler
 * all read this table. Its order is the order of the link's parameters.
 */
export const CASE_FIELDS: readonly CaseField[] = [
  {
    name: 'event',
    label: 'Event ID',
    hint: 'The number in the Event ID column; it decides which event the triage follows.',
    step: 'gather',
    check: visible(checkEventId),
    secondary: true,
  },
  {
    name: 'code',
    label: 'Error code',
    example: '0xC0002A14',
    hint: 'From the line Error Code: hex, or decimal, as written.',
    step: 'gather',
    check: visible(checkCode),
  },
  {
    name: 'user',
    inLayout: 'user',
    label: 'Client user',
    example: 'CONTOSO\\jdoe',
    step: 'gather',
    check: visible(text('Client user', 256)),
    commandPlaceholder: '<client user>',
  },
  {
    name: 'computer',
    inLayout: 'computer',
    label: 'Client computer',
    example: 'SSO01',
    hint: 'Where the request came from.',
    step: 'gather',
    check: visible(text('Client computer', 255)),
    commandPlaceholder: '<client computer>',
  },
  {
    // An addition to the link (contract v1 allows additions): the event writes it after
    // the client computer, as in "BTS01 (ssoconfig.exe:4412)".
    name: 'program',
    inLayout: 'computer',
    label: 'Program that asked',
    example: 'ssoconfig.exe:4412',
    hint: 'Read from the Client Computer line, in brackets after the name: the program and its process ID.',
    step: 'gather',
    check: visible(checkProgram),
    secondary: true,
  },
  {
    name: 'tid',
    inLayout: 'tid',
    label: 'Tracking ID',
    example: '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}',
    step: 'gather',
    check: visible(checkTrackingId),
  },
  {
    name: 'time',
    label: 'Time logged (UTC)',
    example: '2024-03-05T14:07:12Z',
    hint: 'ISO 8601 with a zone, used for the event log search window.',
    step: 'gather',
    check: visible(checkTime),
  },
  {
    name: 'host',
    label: 'Logged on computer',
    example: 'SSO01.contoso.com',
    hint: 'The computer whose Application log holds the event.',
    step: 'gather',
    check: visible(text('Logged on computer', 255)),
    commandPlaceholder: '<computer that logged the event>',
  },
  {
    name: 'backup',
    label: 'Backup file path',
    example: 'D:\\SSOBackup\\secret.bak',
    hint: 'The path given to ssoconfig; it fills the commands below.',
    step: 'backup-file',
    check: visible(text('Backup file path', 260)),
    commandPlaceholder: '<backup file>',
    inLayout: 'backup',
    fromEvent: {
      label: 'File name',
      hint: 'The file given to ssoconfig.',
    },
  },
  {
    name: 'triedserver',
    // Not the SSO database's record (secretserver), though usually the same name: one label each.
    label: 'Secret server name in the event',
    example: 'SSO01',
    hint: 'As the event names it (not always a computer).',
    step: 'gather',
    inLayout: 'triedserver',
    check: visible(text('Secret server name in the event', 255)),
    commandPlaceholder: '<secret server name tried>',
  },
  {
    name: 'msid',
    label: 'Current MSID',
    example: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    step: 'gather',
    inLayout: 'msid',
    check: visible(checkGuid('A master secret ID')),
  },
  {
    name: 'prevmsid',
    label: 'Previous MSID',
    example: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    step: 'gather',
    inLayout: 'prevmsid',
    check: visible(checkGuid('A master secret ID')),
    secondary: true,
  },
  {
    name: 'secretno',
    label: 'Secret number',
    example: '2',
    hint: 'Kept as given: Microsoft does not say what it counts.',
    step: 'gather',
    inLayout: 'secretno',
    check: visible(text('Secret number', 64)),
  },
  {
    name: 'secretserver',
    label: 'Secret server name',
    example: 'SSO01',
    hint: 'As ssomanage -displaydb shows it ("Secret server name"); a cluster shows its network name.',
    step: 'admin-rights',
    check: visible(text('Secret server name', 255)),
    commandPlaceholder: '<master secret server>',
  },
  {
    name: 'ssoadmins',
    label: 'SSO Administrators account',
    example: 'CONTOSO\\SSO Administrators',
    hint: 'As ssomanage -displaydb shows it ("SSO Admin account").',
    step: 'admin-rights',
    check: visible(text('SSO Administrators account', 256)),
    commandPlaceholder: '<SSO Administrators group>',
  },
  {
    name: 'sqlserver',
    label: 'SQL Server of the SSO database',
    example: 'SQL01\\BIZTALK',
    hint: 'As ssomanage -displaydb shows it ("SQL Server Name").',
    step: 'admin-rights',
    check: visible(text('SQL Server of the SSO database', 255)),
    commandPlaceholder: '<SQL Server>',
  },
  {
    // An addition to the link: with it, a 10527 whose Client User is this account asks
    // about the account once (DecisionModel.oneAccount).
    name: 'svcaccount',
    label: 'ENTSSO service account of the asking server',
    example: 'CONTOSO\\svc-sso',
    hint: 'The account ENTSSO runs as on the SSO server that asked for the secret.',
    step: 'secret-server',
    check: visible(text('ENTSSO service account', 256)),
  },
];

/** What goes in a field and its format by example, for the hint under it. */
export function fieldHint(field: CaseField): string {
  return [field.hint, field.example ? `Example: ${field.example}` : undefined]
    .filter(Boolean)
    .join(' ');
}

const BY_NAME = new Map(CASE_FIELDS.map((f) => [f.name, f]));

export function caseField(name: CaseFieldName): CaseField {
  const field = BY_NAME.get(name);
  if (!field) throw new Error(`No case field ${name}`);
  return field;
}

/** How a raw field value was cleaned before use, if it was. */
export function fieldNote(name: CaseFieldName, raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return undefined;
  const r = caseField(name).check(raw);
  return r.ok ? r.note : undefined;
}

/** The problem with a raw field value, or undefined when it is empty or fine. */
export function fieldError(
  name: CaseFieldName,
  raw: string | null | undefined,
): string | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return undefined;
  const r = caseField(name).check(raw);
  return r.ok ? undefined : r.reason;
}

/**
 * Whether a case of an event with this layout holds the field: a field read from a value
 * of the message only when the event carries that value (a 10524 has no Client Computer),
 * and every other field always (the code, the time, what later steps ask).
 */
export function fieldOfEvent(field: CaseField, layout: readonly (LayoutField | null)[]): boolean {
  return (
    field.inLayout === undefined || field.fromEvent !== undefined || layout.includes(field.inLayout)
  );
}

/**
 * The fields a step asks for, in the order a form shows them; a field read from the
 * event's message shows only when the event's layout carries it.
 */
export function fieldsOfStep(
  step: FieldStep,
  layout: readonly (LayoutField | null)[],
): CaseField[] {
  const own = CASE_FIELDS.flatMap((f): CaseField[] => {
    const carried = f.inLayout !== undefined && layout.includes(f.inLayout);
    if (f.fromEvent) {
      if (!carried) return f.step === step ? [f] : [];
      const { label, hint } = f.fromEvent;
      return step === 'gather' ? [{ ...f, label, hint, step: 'gather' }] : [];
    }
    return f.step === step && (f.inLayout === undefined || carried) ? [f] : [];
  });
  return [...own.filter((f) => !f.secondary), ...own.filter((f) => f.secondary)];
}
