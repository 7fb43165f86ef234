/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** 'true' in the single-file offline build (npm run build:offline). */
  readonly VITE_OFFLINE?: string;
  /** Where a hosted copy lives, for share links made in the offline file. */
  readonly VITE_HOSTED_URL?: string;
}
