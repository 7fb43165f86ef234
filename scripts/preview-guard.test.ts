import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewGuard } from './preview-guard';

/** A stand-in for the preview server's file handler: it types nothing it does not know. */
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) =>
    previewGuard(req, res, () => {
      res.writeHead(200, { 'Content-Type': '' });
      res.end('served');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('npm start', () => {
  it.each(['/web.config', '/WEB.CONFIG', '/%77eb.config', '/sub/web.config'])(
    'never serves the server configuration (%s)',
    async (path) => {
      const res = await fetch(base + path);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('Not found');
    },
  );

  it('serves the collector as plain text, and other files as the file handler does', async () => {
    const script = await fetch(`${base}/collector/entsso-triage.ps1`);
    expect(script.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await script.text()).toBe('served');
    const page = await fetch(`${base}/index.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('');
  });
});
