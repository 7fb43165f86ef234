/** A GUID as Windows writes a Tracking ID, without braces: one pattern for every reader. */
export const GUID_TEXT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
