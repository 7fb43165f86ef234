/** The page's own address, without its query or fragment: a case link adds its own part. */
export function pageAddress(): string {
  return window.location.href.split('#')[0]?.split('?')[0] ?? '';
}
