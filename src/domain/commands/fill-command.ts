import type { Case } from '../case/case';
import { caseField, type CaseFieldName } from '../case/case-fields';
import type { CommandTemplate, DecisionModel } from '../model/event-model';
import { withSsoFolder } from './sso-tools';
import { quoteCmd, quotePowerShell } from '../shell-quote';

export const PLACEHOLDERS = [
  'group',
  'groupname',
  'username',
  'mss',
  'sqlserver',
  'drive',
  'folder',
  'probe',
  'backupfile',
  'backup',
  'user',
  'computer',
  'host',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateMode = 'powershell' | 'cmd' | 'text';

/** Case fields fill their own placeholders; the rest are derived from them. */
const CASE_PLACEHOLDERS = ['backup', 'user', 'computer', 'host'] as const;

const PLACEHOLDER_TEXT: Readonly<Record<Placeholder, string>> = {
  group: caseField('ssoadmins').commandPlaceholder ?? '<group>',
  groupname: '<SSO Administrators group name, without DOMAIN\\>',
  username: '<client user name, without DOMAIN\\>',
  mss: caseField('secretserver').commandPlaceholder ?? '<mss>',
  sqlserver: caseField('sqlserver').commandPlaceholder ?? '<sqlserver>',
  drive: '<drive letter>',
  folder: '<backup folder>',
  probe: '<backup folder>\\sso-write-test.tmp',
  backupfile: '<backup file name>',
  ...(Object.fromEntries(
    CASE_PLACEHOLDERS.map((name) => [name, caseField(name).commandPlaceholder ?? `<${name}>`]),
  ) as Record<(typeof CASE_PLACEHOLDERS)[number], string>),
};

/** The case field a placeholder's value comes from: filling it fills every command using it. */
export const PLACEHOLDER_FIELD: Readonly<Record<Placeholder, CaseFieldName>> = {
  group: 'ssoadmins',
  groupname: 'ssoadmins',
  username: 'user',
  mss: 'secretserver',
  sqlserver: 'sqlserver',
  drive: 'backup',
  folder: 'backup',
  backupfile: 'backup',
  probe: 'backup',
  backup: 'backup',
  user: 'user',
  computer: 'computer',
  host: 'host',
};

/**
 * The command that shows a field's value, for the fields a person reads off a command
 * rather than off the event: a list of commands runs it before any command needing them.
 */
export const FOUND_BY: Readonly<Partial<Record<CaseFieldName, RegExp>>> = {
  secretserver: /^ssomanage -displaydb$/,
  ssoadmins: /^ssomanage -displaydb$/,
  sqlserver: /^ssomanage -(displaydb|showdb)$/,
};

/** The case fields whose values a template needs, in the order it names them. */
export function fieldsOf(template: string): CaseFieldName[] {
  const fields = [...template.matchAll(/\{(\w+)\}/g)]
    .map((m) => PLACEHOLDER_FIELD[m[1] as Placeholder])
    .filter((f): f is CaseFieldName => f !== undefined);
  return [...new Set(fields)];
}

/** The case fields a template still needs: those of its placeholders with no value yet. */
export function missingFields(
  template: string,
  values: Partial<Record<Placeholder, string>>,
): CaseFieldName[] {
  const missing = [...template.matchAll(/\{(\w+)\}/g)]
    .filter((m) => values[m[1] as Placeholder] === undefined)
    .map((m) => PLACEHOLDER_FIELD[m[1] as Placeholder])
    .filter((f): f is CaseFieldName => f !== undefined);
  return [...new Set(missing)];
}

export interface FilledCommand {
  text: string;
  /** True when every placeholder was filled from the case. */
  complete: boolean;
  refused: string[];
}

/** Splits a Windows backup path into the parts the checks need. */
export function backupParts(
  path: string | undefined,
): Partial<Record<'drive' | 'folder' | 'probe' | 'backupfile', string>> {
  if (!path) return {};
  const trimmed = path.trim();
  const parts: Partial<Record<'drive' | 'folder' | 'probe' | 'backupfile', string>> = {};
  // The file's own name: what a copy into another folder is called there.
  const name = trimmed.slice(Math.max(trimmed.lastIndexOf('\\'), trimmed.lastIndexOf('/')) + 1);
  if (name) parts.backupfile = name;
  const drive = /^([A-Za-z]):[\\/]/.exec(trimmed)?.[1];
  if (drive) parts.drive = drive.toUpperCase();
  const cut = Math.max(trimmed.lastIndexOf('\\'), trimmed.lastIndexOf('/'));
  if (cut > 0) {
    // Keep the separator after a drive letter: "D:" alone means the current folder on D.
    const folder = trimmed.slice(0, /^[A-Za-z]:$/.test(trimmed.slice(0, cut)) ? cut + 1 : cut);
    parts.folder = folder;
    parts.probe = `${folder.replace(/[\\/]$/, '')}\\sso-write-test.tmp`;
  }
  return parts;
}

export function caseValues(
  c: Case,
  model: Pick<DecisionModel, 'computerIs'>,
): Partial<Record<Placeholder, string>> {
  const values: Partial<Record<Placeholder, string>> = { ...backupParts(c.backup) };
  for (const name of CASE_PLACEHOLDERS) {
    const value = c[name]?.trim();
    if (value) values[name] = value;
  }
  // Add-ADGroupMember -Members wants the account name without DOMAIN\.
  if (values.user) values.username = values.user.slice(values.user.lastIndexOf('\\') + 1);
  // The recorded name first; else the name a 10532's server tried (what it has from the
  // SSO database); else the computer the attempt ran on, once it is known to be the one.
  const secretServerIsComputer = (model.computerIs ?? []).some(
    ({ check, field }) => field === 'secretserver' && c.answers[check] === 'yes',
  );
  const mss = c.secretserver ?? c.triedserver ?? (secretServerIsComputer ? c.computer : undefined);
  if (mss) values.mss = mss;
  if (c.ssoadmins) {
    values.group = c.ssoadmins;
    // Get-ADGroupMember and Get-ADGroup want the name without DOMAIN\.
    values.groupname = c.ssoadmins.slice(c.ssoadmins.lastIndexOf('\\') + 1);
  }
  if (c.sqlserver) values.sqlserver = c.sqlserver;
  return values;
}

/** Fills {placeholders} with values quoted for the command's shell, or leaves a visible placeholder. */
export function fillCommand(
  how: CommandTemplate,
  values: Partial<Record<Placeholder, string>>,
): FilledCommand {
  return fillTemplate(how.command, how.shell, values);
}

/**
 * Fills a template. For a shell, each value is quoted for that shell or refused; for
 * text, values go in as they are (the UI renders them as text, never as markup).
 */
export function fillTemplate(
  template: string,
  mode: TemplateMode,
  values: Partial<Record<Placeholder, string>>,
): FilledCommand {
  const refused: string[] = [];
  let complete = true;
  // The SSO tools get their folder in the template, before any value goes in: a value is
  // never rewritten after it was quoted.
  const command = mode === 'text' ? template : withSsoFolder(template, mode);
  const text = command.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const key = name as Placeholder;
    const value = values[key];
    if (value === undefined) {
      complete = false;
      return PLACEHOLDER_TEXT[key] ?? `<${name}>`;
    }
    if (mode === 'text') return value;
    if (key === 'drive') {
      // A drive letter is checked rather than quoted: fsutil wants D: bare.
      if (/^[A-Z]$/.test(value)) return mode === 'powershell' ? `'${value}'` : value;
      complete = false;
      refused.push('The backup path does not start with a drive letter.');
      return PLACEHOLDER_TEXT.drive;
    }
    const quoted = mode === 'powershell' ? quotePowerShell(value) : quoteCmd(value);
    if (quoted.ok) return quoted.text;
    complete = false;
    refused.push(`${PLACEHOLDER_TEXT[key] ?? name} left as a placeholder: ${quoted.reason}`);
    return PLACEHOLDER_TEXT[key] ?? `<${name}>`;
  });
  return { text, complete, refused };
}

/**
 * What still has to be filled in by hand, or undefined when nothing. An unfilled command
 * would paste as something else (PowerShell reads <x> as a redirection), so it is shown
 * as a template naming what to fill.
 */
export function stillToFill(filled: FilledCommand): string | undefined {
  if (filled.complete) return undefined;
  return `Replace ${[...new Set(filled.text.match(/<[^<>]+>/g) ?? [])].join(', ')} before running it.`;
}
