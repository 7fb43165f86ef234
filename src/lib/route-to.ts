/**
 * A router address as one string. React Router checks an address given as an object by
 * building its error messages first (the whole address as JSON, at every render of every
 * link): with a long query that alone held the page for seconds. A string is only split.
 */
export function routeTo(pathname: string, search: string): string {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query === '' ? pathname : `${pathname}?${query}`;
}
