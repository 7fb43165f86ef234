import { useCallback, useState, useSyncExternalStore } from 'react';
import {
  isPasteId,
  loadPaste,
  newPasteId,
  savePaste,
  subscribePastes,
  type PasteKind,
  type SavedPaste,
} from '../lib/paste-store';
import { mergePatches, type CasePatch } from '../domain/case/case-patch';
import { useCaseLink } from './use-case-link';

export interface Paste {
  text: string;
  /** Keeps the text in the tab and writes the values read from it to the link. */
  set: (text: string, patch: CasePatch, options?: { typedIn?: string }) => SavedPaste;
  /** How the last paste was kept, when not whole or not stored. */
  last?: SavedPaste;
}

/** A paste of this case (event text or command output), kept in the tab, out of the link. */
export function usePaste(kind: PasteKind): Paste {
  const { params, update } = useCaseLink();
  const raw = params.get('paste');
  const id = isPasteId(raw) ? raw : undefined;
  const text = useSyncExternalStore(subscribePastes, () => (id ? loadPaste(id, kind) : ''));
  const [last, setLast] = useState<SavedPaste>();

  const set = useCallback<Paste['set']>(
    (value, patch, options) => {
      const key = id ?? newPasteId();
      const saved = savePaste(key, kind, value);
      setLast(saved.cutFrom !== undefined || !saved.stored ? saved : undefined);
      update(mergePatches(patch, { working: { paste: key } }), options);
      return saved;
    },
    [id, kind, update],
  );

  return last ? { text, set, last } : { text, set };
}
