/** A page address without its query or fragment: a case link adds its own part. */
export function addressOf(href: string): string {
  return href.split('#')[0]?.split('?')[0] ?? '';
}

/** The page's own address, without its query or fragment. */
export function pageAddress(): string {
  return addressOf(window.location.href);
}

/**
 * Where a shared link should open. A hosted page links to itself. The offline file links
 * to the hosted copy when the build names one (VITE_HOSTED_URL), else to itself, and
 * then the link opens only where this same file is.
 */
export function shareBase(
  href: string,
  hosted: string | undefined,
): { base: string; onlyHere: boolean } {
  const here = addressOf(href);
  if (href.startsWith('file:'))
    return hosted ? { base: hosted, onlyHere: false } : { base: here, onlyHere: true };
  return { base: here, onlyHere: false };
}
