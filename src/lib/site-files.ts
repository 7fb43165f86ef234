/** A file of the site, as the server answered (or as the offline build carries it). */
export interface SiteFile {
  ok: boolean;
  status: number;
  text: string;
}

/**
 * Reads a file that sits next to the page (guides, the collector script). The hosted
 * build fetches it, relative to the page, so a copy in a sub-folder finds its own files
 * and an operator can edit them; the single-file offline build carries them inside.
 */
export async function readSiteFile(path: string): Promise<SiteFile> {
  if (import.meta.env.VITE_OFFLINE === 'true') {
    const { bundledFile } = await import('./bundled-files');
    const text = bundledFile(path);
    return text === undefined
      ? { ok: false, status: 404, text: '' }
      : { ok: true, status: 200, text };
  }
  const response = await fetch(new URL(path, window.location.href), { cache: 'no-cache' });
  return {
    ok: response.ok,
    status: response.status,
    text: response.ok ? await response.text() : '',
  };
}
