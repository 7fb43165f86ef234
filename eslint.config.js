import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Text of user and link values must never become markup, anywhere. */
const NO_MARKUP = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'User and link text must stay data, never markup.',
};

// esquery takes a regular expression between slashes with no slash inside, so a slash
// is written \x2F.
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\//g, '\\x2F');
const SLASH = '\\x2F';

/**
 * What a layer may not import: packages by name, and folders of src by name. Both static
 * imports and dynamic import() are checked (no-restricted-imports sees only the first).
 */
function forbid({ packages = [], folders = [], paths = [], siblings = [] }, message) {
  const sources = [
    ...packages.map((p) => `^${escape(p)}(${SLASH}|$)`),
    ...folders.map((f) => `(^|${SLASH})${escape(f)}${SLASH}`),
    ...paths.map((p) => `(^|${SLASH})${escape(p)}(${SLASH}|$)`),
    ...siblings.map((f) => `^\\.\\.${SLASH}${escape(f)}(${SLASH}|$)`),
  ];
  const regex = sources.join('|');
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              ...packages.flatMap((p) => [p, `${p}/*`]),
              ...folders.flatMap((f) => [`**/${f}/**`, `../${f}/*`, `./${f}/*`]),
              ...paths.flatMap((p) => [`**/${p}`, `**/${p}/**`]),
              ...siblings.flatMap((f) => [`../${f}`, `../${f}/*`]),
            ],
            message,
          },
        ],
      },
    ],
    'no-restricted-syntax': [
      'error',
      NO_MARKUP,
      { selector: `ImportExpression[source.value=/${regex}/]`, message },
    ],
  };
}

const REACT = ['react', 'react-dom', 'react-router', '@tanstack/react-query'];
const UP = ['features', 'app'];

/** Browser, network and worker globals: the domain reads and decides, it never touches them. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'caches',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'Worker',
  'SharedWorker',
  'self',
  'postMessage',
  'requestAnimationFrame',
  'FileReader',
  'HTMLElement',
  'Element',
  'DOMParser',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-offline', 'playwright-report', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', NO_MARKUP],
    },
  },
  {
    // The domain is plain TypeScript: no React, no browser, no layer above it. Its test
    // fixtures and tests may read files with node; nothing else in it may.
    files: ['src/domain/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      ...forbid(
        {
          packages: [...REACT, '@tanstack/query-core'],
          folders: ['lib', 'hooks', 'components', 'workers', ...UP],
        },
        'The domain is plain TypeScript: it imports nothing from React or the layers above it.',
      ),
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({
          name,
          message: 'The domain does not touch the browser or the network.',
        })),
      ],
    },
  },
  {
    // The model and the event reader sit below the case: they name fields (field-names.ts)
    // and read times (iso-time.ts) without the case-field table. Their tests may use it.
    files: ['src/domain/model/**/*.{ts,tsx}', 'src/domain/event-reader/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.bench.ts'],
    rules: forbid(
      {
        packages: [...REACT, '@tanstack/query-core'],
        folders: ['lib', 'hooks', 'components', 'workers', 'case', ...UP],
      },
      'The model and the event reader import nothing from the case, React or the layers above.',
    ),
  },
  {
    // The log reader's worker runs domain code off the page: nothing of the page in it.
    files: ['src/workers/**/*.{ts,tsx}'],
    rules: forbid(
      { packages: REACT, folders: ['lib', 'hooks', 'components', ...UP] },
      'A worker runs domain code only: no React and no layer of the page.',
    ),
  },
  {
    // lib is browser I/O without React: below hooks and components.
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: forbid(
      {
        packages: ['react', 'react-dom', 'react-router'],
        folders: ['hooks', 'components', ...UP],
      },
      'lib is plain browser I/O: no React, no hooks, no components, no feature or app.',
    ),
  },
  {
    files: ['src/hooks/**/*.{ts,tsx}'],
    rules: forbid(
      { folders: ['components', ...UP] },
      'Hooks sit below components: they import no component, feature or app.',
    ),
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: forbid({ folders: UP }, 'Shared components never import a feature or the app.'),
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: forbid(
      {
        folders: ['app'],
        paths: features.filter((other) => other !== feature).map((other) => `features/${other}`),
        siblings: features.filter((other) => other !== feature),
      },
      'A feature never imports another feature or the app: the app composes them.',
    ),
  })),
);
