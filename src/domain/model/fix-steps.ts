import { sources } from '../sources/sources';
import type { FixStep } from './event-model';

/** The words every model's fixes are written in: commands and steps with their sources. */
export const ps = (code: string) => ({ shell: 'powershell', code }) as const;
export const cmd = (code: string) => ({ shell: 'cmd', code }) as const;

/** A fix step; the references name what it rests on (see sources.ts). */
export function step(text: string, refs: string[], command?: FixStep['command']): FixStep {
  return command
    ? { text, command, sources: sources(...refs) }
    : { text, sources: sources(...refs) };
}

/** A step that changes rights or state: the caution says what changes, and for whom. */
export function change(
  caution: string,
  text: string,
  refs: string[],
  command?: FixStep['command'],
): FixStep {
  return { caution, ...step(text, refs, command) };
}
