import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeTo } from './route-to';

describe('routeTo', () => {
  it('gives back the path and the query a router splits it into', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('/', '/result', '/admin-rights', '/guides/x'),
        fc.dictionary(fc.string(), fc.string()),
        (pathname, values) => {
          const search = new URLSearchParams(values).toString();
          const to = routeTo(pathname, search);
          const [path, query = ''] = to.split(/\?(.*)/s);
          expect(path).toBe(pathname);
          expect(new URLSearchParams(query).toString()).toBe(search);
          expect(to).not.toContain('#');
        },
      ),
    );
    expect(routeTo('/result', '?v=1')).toBe('/result?v=1');
    expect(routeTo('/', '')).toBe('/');
  });
});
