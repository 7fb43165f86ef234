/**
 * What a person pasted (event text, command output): private, so it lives in this tab's
 * session storage, never in the address bar, the history or a link. The link carries
 * only an opaque random key (`paste=`) that finds it again after a reload or back.
 */
export type PasteKind = 'text' | 'log';

/** The most characters kept of one paste; the reader reads fewer still. */
export const MAX_PASTE_CHARS = 1_000_000;

const PREFIX = 'entsso-triage:paste:';
// A copy in memory too: the page keeps working where storage is full or blocked.
const memory = new Map<string, string>();
const listeners = new Set<() => void>();

const keyOf = (id: string, kind: PasteKind) => `${PREFIX}${id}:${kind}`;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function newPasteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A paste key from a link: only what newPasteId makes is used as a key. */
export function isPasteId(value: string | null): value is string {
  return value !== null && /^[0-9a-f]{18}$/.test(value);
}

export function loadPaste(id: string, kind: PasteKind): string {
  const key = keyOf(id, kind);
  const held = memory.get(key);
  if (held !== undefined) return held;
  try {
    return storage()?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export interface SavedPaste {
  /** The text kept: all of it, or the first MAX_PASTE_CHARS characters. */
  kept: string;
  /** Characters in the paste, when more than were kept. */
  cutFrom?: number;
  /** False when the tab's storage refused it: it lasts until the page is reloaded. */
  stored: boolean;
}

export function savePaste(id: string, kind: PasteKind, text: string): SavedPaste {
  const kept = text.length > MAX_PASTE_CHARS ? text.slice(0, MAX_PASTE_CHARS) : text;
  const key = keyOf(id, kind);
  memory.set(key, kept);
  let stored = true;
  const store = storage();
  try {
    if (!store) stored = false;
    else if (kept === '') store.removeItem(key);
    else store.setItem(key, kept);
  } catch {
    stored = false;
    // A full store keeps the paste this one replaces: after a reload it would stand
    // beside the new paste's values. Nothing is better than the wrong text.
    try {
      store?.removeItem(key);
    } catch {
      // Storage refuses even that: the memory copy still serves this page.
    }
  }
  for (const listener of listeners) listener();
  return text.length > kept.length ? { kept, cutFrom: text.length, stored } : { kept, stored };
}

/** Forgets every paste of this tab: the New case action. */
export function clearPastes(): void {
  memory.clear();
  const store = storage();
  try {
    for (let i = (store?.length ?? 0) - 1; i >= 0; i--) {
      const key = store?.key(i);
      if (key?.startsWith(PREFIX)) store?.removeItem(key);
    }
  } catch {
    // Storage that cannot be read holds nothing of ours.
  }
  for (const listener of listeners) listener();
}

export function subscribePastes(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
