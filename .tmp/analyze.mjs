import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const out = await build({ logLevel: 'silent', build: { write: false }, plugins: [] });
const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
for (const chunk of outputs) {
  if (chunk.type !== 'chunk') continue;
  if (!/^assets\/(index|start)/.test(chunk.fileName)) continue;
  console.log('==', chunk.fileName, gzipSync(chunk.code, { level: 9 }).length);
  const mods = Object.entries(chunk.modules).map(([id, m]) => [id.replace(process.cwd(), ''), m.renderedLength]).sort((a, b) => b[1] - a[1]);
  for (const [id, len] of mods.slice(0, 60)) console.log(String(len).padStart(7), id);
}
