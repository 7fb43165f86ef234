import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// Text inside an inline script may not close the element early.
const safeInScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1');

/**
 * Folds the built page into one HTML file: its script and style go inline, and the
 * Content-Security-Policy allows exactly them by hash, so it stays strict with no
 * 'unsafe-inline' while working from file:// with no network.
 */
export function singleFile(options: {
  fileName: string;
  /** The page's icon, carried inside as a data: address. */
  iconFile: string;
  policy: (hashes: { script: string[]; style: string[] }) => string;
}): Plugin {
  return {
    name: 'single-file',
    apply: 'build',
    enforce: 'post',
    // Last, once Vite has finished the chunks (its preload helper is filled in late).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = Object.values(bundle).find(
          (item) => item.type === 'asset' && item.fileName === 'index.html',
        );
        if (!html || html.type !== 'asset')
          throw new Error('single-file: no index.html in the build');
        let page = String(html.source);
        const scripts: string[] = [];
        const styles: string[] = [];

        page = page.replace(
          /<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/g,
          (_whole, file: string) => {
            const chunk = bundle[file];
            if (!chunk || chunk.type !== 'chunk')
              throw new Error(`single-file: ${file} is not a chunk`);
            const code = safeInScript(chunk.code);
            scripts.push(code);
            delete bundle[file];
            return `<script type="module">${code}</script>`;
          },
        );
        page = page.replace(
          /<link rel="stylesheet" crossorigin href="\.\/([^"]+)">/g,
          (_whole, file: string) => {
            const asset = bundle[file];
            if (!asset || asset.type !== 'asset')
              throw new Error(`single-file: ${file} is not an asset`);
            const css = String(asset.source);
            styles.push(css);
            delete bundle[file];
            return `<style>${css}</style>`;
          },
        );
        const icon = readFileSync(options.iconFile).toString('base64');
        page = page.replace(
          /<link rel="icon" href="[^"]*"/,
          `<link rel="icon" href="data:image/svg+xml;base64,${icon}"`,
        );
        const left = Object.keys(bundle).filter((f) => f !== 'index.html');
        if (left.length > 0)
          throw new Error(`single-file: files were left outside the page: ${left.join(', ')}`);
        if (/<script[^>]+src=|<link[^>]+stylesheet/.test(page))
          throw new Error('single-file: the page still loads a script or style from a file');

        const policy = options.policy({ script: scripts.map(sha256), style: styles.map(sha256) });
        page = page.replace(
          /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/,
          `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
        );
        if (!page.includes(policy)) throw new Error('single-file: the policy was not placed');
        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName: options.fileName, source: page });
      },
    },
  };
}
