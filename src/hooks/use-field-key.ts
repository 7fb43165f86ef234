import { useState } from 'react';
import { useLocation } from 'react-router';

/**
 * A key for an uncontrolled field: it changes when the field's value in the URL changed
 * for any reason other than typing in that very field (a paste elsewhere, back, forward),
 * so the field shows the new value without fighting the caret while someone types. A
 * field whose value did not change keeps its element, and with it the focus: a paste
 * landing while someone types in another field must not take their keys away.
 */
export function useFieldKey(name: string, value: string): string {
  const location = useLocation();
  const typedIn = (location.state as { typedIn?: string } | null)?.typedIn;
  const [shown, setShown] = useState({ at: location.key, value, key: location.key });
  if (shown.at === location.key) return shown.key;
  const redraw = typedIn !== name && value !== shown.value;
  const next = { at: location.key, value, key: redraw ? location.key : shown.key };
  setShown(next);
  return next.key;
}
