import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/** Files of the build that a server reads but never hands out (IIS hides web.config too). */
const SERVER_ONLY = /(^|\/)web\.config$/i;

/** Types the preview server does not know; the collector must not go out untyped. */
const TYPES: Readonly<Record<string, string>> = { '.ps1': 'text/plain; charset=utf-8' };

/**
 * What `npm start` does before serving a file: refuse the server's own configuration,
 * and give the collector script a type (with nosniff, an untyped file is worse).
 */
export function previewGuard(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (SERVER_ONLY.test(path)) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Not found');
    return;
  }
  const type = Object.entries(TYPES).find(([ext]) => path.toLowerCase().endsWith(ext))?.[1];
  if (type) {
    // The static handler passes its own (empty) type to writeHead: this one wins.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const headers = rest.find(
        (r): r is Record<string, unknown> => typeof r === 'object' && r !== null,
      );
      if (headers)
        for (const name of Object.keys(headers))
          if (name.toLowerCase() === 'content-type') delete headers[name];
      res.setHeader('Content-Type', type);
      return writeHead(status, ...rest);
    }) as ServerResponse['writeHead'];
  }
  next();
}

/** Puts `previewGuard` in front of the preview server's own file serving. */
export function previewGuardPlugin(): Plugin {
  return {
    name: 'preview-guard',
    configurePreviewServer(server) {
      server.middlewares.use(previewGuard);
    },
  };
}
