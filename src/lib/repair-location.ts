/** Whether a text is valid percent-encoding; the answer is used, so no minifier drops the call. */
function decodes(text: string): boolean {
  try {
    return decodeURI(text).length >= 0;
  } catch {
    return false;
  }
}

/**
 * A link whose path part cannot be decoded (`#/%E0%A4%A`) would make the router warn
 * and guess. It is sent to the page that says the tool has no such page instead.
 */
export function repairMalformedHash(): void {
  const path = window.location.hash.split('?')[0] ?? '';
  if (!decodes(path)) window.history.replaceState(window.history.state, '', '#/no-such-page');
}
