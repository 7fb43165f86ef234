// Only the offline build imports this module: it carries the site's files inside the page.
import collector from '../../public/collector/entsso-triage.ps1?raw';

const guides = import.meta.glob<string>('../../public/guides/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const FILES: ReadonlyMap<string, string> = new Map([
  ['collector/entsso-triage.ps1', collector],
  ...Object.entries(guides).map(([path, text]): [string, string] => [
    `guides/${path.slice(path.lastIndexOf('/') + 1)}`,
    text,
  ]),
]);

export function bundledFile(path: string): string | undefined {
  return FILES.get(path);
}
