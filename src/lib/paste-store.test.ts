import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A tab's session storage that can be made full. */
class SmallStorage {
  items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

let store: SmallStorage;

/** The module as a newly loaded page has it: memory empty, storage as the tab left it. */
async function loadPage() {
  vi.resetModules();
  return import('./paste-store');
}

beforeEach(() => {
  store = new SmallStorage();
  vi.stubGlobal('window', { sessionStorage: store });
});
afterEach(() => vi.unstubAllGlobals());

describe('paste store', () => {
  it('keeps a paste across a reload', async () => {
    const first = await loadPage();
    expect(first.savePaste('a'.repeat(18), 'text', 'event one').stored).toBe(true);
    const reloaded = await loadPage();
    expect(reloaded.loadPaste('a'.repeat(18), 'text')).toBe('event one');
  });

  it('after a reload never shows the paste a refused one replaced', async () => {
    const page = await loadPage();
    const id = 'b'.repeat(18);
    page.savePaste(id, 'text', 'the old event');
    store.full = true;
    const saved = page.savePaste(id, 'text', 'the new event');
    expect(saved.stored).toBe(false);
    // This page still has it in memory.
    expect(page.loadPaste(id, 'text')).toBe('the new event');
    // A reload starts with empty memory: the old text must not come back.
    const reloaded = await loadPage();
    expect(reloaded.loadPaste(id, 'text')).toBe('');
  });
});
