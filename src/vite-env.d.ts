/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** 'true' in the single-file offline build (npm run build:offline). */
  readonly VITE_OFFLINE?: string;
  /** Where a hosted copy lives, for share links made in the offline file. */
  readonly VITE_HOSTED_URL?: string;
  /** SHA-256 of public/collector/entsso-triage.ps1, upper-case hex, set at build time. */
  readonly VITE_COLLECTOR_SHA256?: string;
}
