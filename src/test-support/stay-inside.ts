/**
 * Vitest setup: a test may read only inside the project folder. A clone must pass with
 * nothing beside it, so any file access to the folder that holds the project (and so to
 * a sibling folder of test data) throws here instead of passing on our own machines.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// From the string, not `new URL`: under happy-dom the global URL is not Node's.
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PARENT = dirname(PROJECT_ROOT);

/** True when a path lies beside the project (in its parent folder) but not inside it. */
export function leavesProject(path: unknown): boolean {
  let text: string;
  if (typeof path === 'string') text = path;
  else if (path instanceof URL || (typeof path === 'object' && path !== null && 'href' in path)) {
    const href = String((path as { href: unknown }).href);
    if (!href.startsWith('file:')) return false;
    text = fileURLToPath(href);
  } else if (path instanceof Uint8Array) text = new TextDecoder().decode(path);
  else return false;
  const full = resolve(PROJECT_ROOT, text);
  const inside = full === PROJECT_ROOT || full.startsWith(PROJECT_ROOT + sep);
  const nearby = full === PARENT || full.startsWith(PARENT + sep);
  return nearby && !inside;
}

export class OutsideProject extends Error {
  constructor(path: unknown) {
    super(
      `A test read ${String(path)}, outside the project folder. Keep test data in the project.`,
    );
  }
}

type AnyFn = (...args: unknown[]) => unknown;

function guard(target: Record<string, unknown>, names: readonly string[], async: boolean) {
  for (const name of names) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function guarded(this: unknown, ...args: unknown[]) {
      if (leavesProject(args[0]) || (name.startsWith('copy') && leavesProject(args[1]))) {
        const refusal = new OutsideProject(args[0]);
        if (async) return Promise.reject(refusal);
        throw refusal;
      }
      return (original as AnyFn).apply(this, args);
    };
  }
}

const ENTRY_POINTS = [
  'readFileSync',
  'readFile',
  'readdirSync',
  'readdir',
  'statSync',
  'stat',
  'lstatSync',
  'lstat',
  'existsSync',
  'openSync',
  'open',
  'createReadStream',
  'opendirSync',
  'opendir',
  'accessSync',
  'access',
  'copyFileSync',
  'copyFile',
  'cpSync',
  'cp',
] as const;

guard(fs as unknown as Record<string, unknown>, ENTRY_POINTS, false);
guard(fs.promises as unknown as Record<string, unknown>, ENTRY_POINTS, true);
syncBuiltinESMExports();
