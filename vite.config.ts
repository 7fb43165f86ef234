import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { singleFile } from './scripts/single-file-plugin.ts';
import { previewGuardPlugin } from './scripts/preview-guard.ts';

// The policy goes into the built page only: the dev server needs an inline
// React-refresh preamble that a strict policy would block.
function policyWith(script: string[], style: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${script.join(' ')}`,
    `style-src ${style.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

const contentSecurityPolicy = policyWith(["'self'"], ["'self'"]);

function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** Headers a meta tag cannot set, for any server: the policy with frame-ancestors, and more. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  // The page uses none of these; saying so means no script can ask for them either.
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const xmlAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** IIS, the usual host of this tool, reads its headers and MIME types from web.config. */
function iisWebConfig(): Plugin {
  return {
    name: 'iis-web-config',
    apply: 'build',
    generateBundle() {
      const headers = Object.entries(securityHeaders)
        .map(
          ([name, value]) =>
            `        <remove name="${name}" />\n        <add name="${name}" value="${xmlAttr(value)}" />`,
        )
        .join('\n');
      const mime = (ext: string, type: string) =>
        `      <remove fileExtension="${ext}" />\n      <mimeMap fileExtension="${ext}" mimeType="${type}" />`;
      this.emitFile({
        type: 'asset',
        fileName: 'web.config',
        source: `<?xml version="1.0" encoding="utf-8"?>
<!-- Written by the build (vite.config.ts): security headers and MIME types for IIS. -->
<configuration>
  <system.webServer>
    <httpProtocol>
      <customHeaders>
        <remove name="X-Powered-By" />
${headers}
      </customHeaders>
    </httpProtocol>
    <staticContent>
${mime('.json', 'application/json')}
${mime('.ps1', 'text/plain; charset=utf-8')}
${mime('.svg', 'image/svg+xml')}
    </staticContent>
  </system.webServer>
</configuration>
`,
      });
    },
  };
}

/**
 * The modules the start page loads, from the module graph: everything the entry reaches
 * through static imports. A dynamic import() is where the first load ends.
 */
function firstLoadModules(): { plugin: Plugin; has: (id: string) => boolean } {
  const reached = new Set<string>();
  return {
    has: (id) => reached.has(id),
    plugin: {
      name: 'first-load-modules',
      apply: 'build',
      buildEnd() {
        const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
        const queue = [...entries];
        while (queue.length > 0) {
          const id = queue.pop() as string;
          if (reached.has(id)) continue;
          reached.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const firstLoad = firstLoadModules();
  // `npm run build:offline`: the same code as one HTML file, with the site's files inside.
  const offline = mode === 'offline';
  return {
    // Relative asset paths let dist/ live in any sub-folder of any static host.
    base: './',
    define: {
      // The collector's SHA-256, taken from the file that ships, so that the page can
      // show what Get-FileHash should print on the server.
      'import.meta.env.VITE_COLLECTOR_SHA256': JSON.stringify(
        createHash('sha256')
          .update(readFileSync(new URL('./public/collector/entsso-triage.ps1', import.meta.url)))
          .digest('hex')
          .toUpperCase(),
      ),
      ...(offline ? { 'import.meta.env.VITE_OFFLINE': JSON.stringify('true') } : {}),
    },
    publicDir: offline ? false : 'public',
    // The offline file reads logs on the page: a worker cannot start from file://.
    resolve: offline
      ? { alias: [{ find: /^(.*)\/lib\/log-file$/, replacement: '$1/lib/log-file.offline' }] }
      : {},
    plugins: [
      react(),
      tailwindcss(),
      cspMeta(),
      firstLoad.plugin,
      ...(offline
        ? [
            singleFile({
              fileName: 'entsso-triage.html',
              iconFile: 'public/favicon.svg',
              // Inline code is allowed by its hash only; data: keeps the inline icon.
              policy: ({ script, style }) => policyWith(script, style),
            }),
          ]
        : [iisWebConfig(), previewGuardPlugin()]),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: offline ? 'dist-offline' : 'dist',
      // One file: every lazy part and every asset goes inline.
      assetsInlineLimit: offline ? Number.MAX_SAFE_INTEGER : 4096,
      // No list of files to preload beside each lazy import in the start page (1.2 KB of
      // them): a lazy step's file asks for the shared files it imports itself, one hop
      // later, and those are mostly the start page's own, already loaded
      // (docs/decisions/0005-loading.md).
      modulePreload: false,
      rollupOptions: offline
        ? { output: { codeSplitting: false } }
        : {
            output: {
              // The modules every step uses travel in one file (with React and the router,
              // which they pull in): fewer, larger files gzip smaller than many small ones.
              codeSplitting: {
                groups: [
                  {
                    name: 'start',
                    // The first load, as the module graph says: one file, so that no step's
                    // chunk takes a piece of it and it gzips as a whole.
                    test: (id: string) => firstLoad.has(id),
                  },
                ],
              },
            },
          },
    },
    // `npm start` serves the build with the headers a real server should send.
    // No cross-origin reads of the served app, not even from another localhost port.
    preview: { headers: securityHeaders, cors: false },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      environment: 'node',
      // A test that reads beside the project fails here, not only on a fresh clone.
      setupFiles: ['src/test-support/stay-inside.ts'],
    },
  };
});
