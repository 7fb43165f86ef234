import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const noImports = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

const UPPER_LAYERS = ['**/features/**', '../features/*', '**/app/**', '../app/*'];

export default tseslint.config(
  { ignores: ['dist', 'dist-offline', 'playwright-report', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User and link text must stay data, never markup.',
        },
      ],
    },
  },
  {
    // The domain is plain TypeScript: no React, no browser, no layer above it.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      ...noImports(
        [
          'react',
          'react-*',
          'react/*',
          '@tanstack/*',
          '**/lib/**',
          '**/hooks/**',
          '**/components/**',
          ...UPPER_LAYERS,
        ],
        'The domain is plain TypeScript: it imports nothing from React or the layers above it.',
      ),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'localStorage',
          'sessionStorage',
          'fetch',
        ].map((name) => ({ name, message: 'The domain does not touch the browser.' })),
      ],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/hooks/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: noImports(UPPER_LAYERS, 'Shared code never imports a feature or the app.'),
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: noImports(
      [
        '**/app/**',
        '../../app/*',
        ...features
          .filter((other) => other !== feature)
          .flatMap((other) => [`**/features/${other}/**`, `../${other}/*`, `../${other}`]),
      ],
      'A feature never imports another feature or the app: the app composes them.',
    ),
  })),
);
