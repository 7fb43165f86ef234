import type { HowToCheck } from '../model/checks';
import { quoteCmd, quotePowerShell } from '../shell-quote';
import type { TriageState } from '../triage-state';

export const PLACEHOLDERS = [
  'group',
  'mss',
  'sqlserver',
  'drive',
  'folder',
  'probe',
  'backup',
  'user',
  'computer',
  'host',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateMode = 'powershell' | 'cmd' | 'text';

const PLACEHOLDER_TEXT: Readonly<Record<Placeholder, string>> = {
  group: '<SSO Administrators group>',
  mss: '<master secret server>',
  sqlserver: '<SQL Server>',
  drive: '<drive letter>',
  folder: '<backup folder>',
  probe: '<backup folder>\\sso-write-test.tmp',
  backup: '<backup file>',
  user: '<client user>',
  computer: '<client computer>',
  host: '<computer that logged the event>',
};

export interface FilledCommand {
  text: string;
  /** True when every placeholder was filled from the case. */
  complete: boolean;
  refused: string[];
}

/** Splits a Windows backup path into the parts the checks need. */
export function backupParts(
  path: string | undefined,
): Partial<Record<'drive' | 'folder' | 'probe', string>> {
  if (!path) return {};
  const trimmed = path.trim();
  const parts: Partial<Record<'drive' | 'folder' | 'probe', string>> = {};
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

export function caseValues(state: TriageState): Partial<Record<Placeholder, string>> {
  const values: Partial<Record<Placeholder, string>> = { ...backupParts(state.backup) };
  if (state.backup) values.backup = state.backup.trim();
  if (state.host) values.host = state.host;
  if (state.user) values.user = state.user;
  if (state.computer) values.computer = state.computer;
  if (state.answers.mss === 'yes' && state.computer) values.mss = state.computer;
  return values;
}

/** Fills {placeholders} with values quoted for the command's shell, or leaves a visible placeholder. */
export function fillCommand(
  how: HowToCheck,
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
  const text = template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
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
