// A plain static file server for the browser tests: it serves dist/ under a
// sub-folder with no rewrite rules, as IIS or any web server would by default.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const prefix = process.env.BASE_PATH ?? '/triage/';
const port = Number(process.env.PORT ?? 4317);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.config': 'text/xml; charset=utf-8',
  '.ps1': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(prefix)) {
    res.writeHead(404).end('Not found');
    return;
  }
  let path = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
  if (path === '.' || path.endsWith('/')) path = join(path, 'index.html');
  const file = join(root, path);
  if (!file.startsWith(root)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      // Hashed assets never change under their name, as a real host would serve them.
      'cache-control': /^assets\/.+-[\w-]{8}\.\w+$/.test(path.replaceAll('\\', '/'))
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end('Not found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${prefix}`);
});
