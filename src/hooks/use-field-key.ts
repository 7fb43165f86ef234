import { useState } from 'react';
import { useLocation } from 'react-router';

/**
 * A key for an uncontrolled field: it changes when the URL changed for any reason
 * other than typing in that very field (a paste elsewhere, back, forward), so the
 * field shows the new value without fighting the caret while someone types.
 */
export function useFieldKey(name: string): string {
  const location = useLocation();
  const typedIn = (location.state as { typedIn?: string } | null)?.typedIn;
  const [key, setKey] = useState(location.key);
  if (typedIn !== name && key !== location.key) setKey(location.key);
  return key;
}
