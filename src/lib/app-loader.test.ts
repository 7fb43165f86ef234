import { describe, expect, it } from 'vitest';
import { ENTSSO_10532 } from '../domain/model/entsso-10532';
import { MADE_UP_19999 } from '../domain/model/made-up-19999';
import type { EventModel } from '../domain/model/event-model';
import type { RegisteredModel } from '../domain/model/registry';
import { EVENT_MODELS } from '../domain/model/registry';
import { createAppLoader, part } from './app-loader';

/** An entry whose load fails the first `failures` times, as a chunk lost to a redeploy. */
function flaky(model: EventModel, failures: number) {
  let calls = 0;
  const entry: RegisteredModel = {
    event: model.event.id,
    load: () => {
      calls += 1;
      return calls <= failures
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : Promise.resolve(model);
    },
  };
  return { entry, calls: () => calls };
}

describe('the app loader', () => {
  it('loads a model again after a failed load, and forgets the failure once it arrives', async () => {
    const { entry, calls } = flaky(ENTSSO_10532, 1);
    const loader = createAppLoader([EVENT_MODELS[0]!, entry]);
    await expect(loader.model(entry)).rejects.toThrow(/dynamically imported/);
    expect(loader.modelNow(entry)).toBeUndefined();
    expect(loader.modelError(entry)?.message).toMatch(/dynamically imported/);
    await expect(loader.model(entry)).resolves.toBe(ENTSSO_10532);
    expect(calls()).toBe(2);
    expect(loader.modelNow(entry)).toBe(ENTSSO_10532);
    expect(loader.decisionNow(entry)).toBe(ENTSSO_10532);
    expect(loader.modelError(entry)).toBeUndefined();
  });

  it('asks once for a model many pages wait on, and keeps it', async () => {
    const { entry, calls } = flaky(ENTSSO_10532, 0);
    const loader = createAppLoader([entry]);
    const [a, b] = await Promise.all([loader.model(entry), loader.model(entry)]);
    expect(a).toBe(b);
    await loader.model(entry);
    expect(calls()).toBe(1);
  });

  it("refuses a file that holds another event's words", async () => {
    const entry: RegisteredModel = { event: 10532, load: () => Promise.resolve(MADE_UP_19999) };
    const loader = createAppLoader([entry]);
    await expect(loader.model(entry)).rejects.toThrow(/another event's/);
  });

  it('picks from the registry it was given, on every path', async () => {
    const made: RegisteredModel = { event: 19999, load: () => Promise.resolve(MADE_UP_19999) };
    const loader = createAppLoader([...EVENT_MODELS, made]);
    expect(loader.entryFor('19999')).toBe(made);
    expect(createAppLoader().entryFor('19999').event).toBe(10526);
    await expect(loader.decision(loader.entryFor('19999'))).resolves.toBe(MADE_UP_19999);
  });

  it('has the default decision at hand without loading anything', () => {
    const loader = createAppLoader();
    const [first] = loader.registry;
    expect(first && loader.decisionNow(first)).toBe(first?.ready);
    expect(loader.queryClientNow()).toBeUndefined();
  });

  it('loads a part again after it failed, and tells the pages that wait on it', async () => {
    let calls = 0;
    const reader = part('probe', () =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ read: 1 }),
    );
    const loader = createAppLoader();
    let told = 0;
    loader.subscribe(() => (told += 1));
    await expect(loader.part(reader)).rejects.toThrow('offline');
    expect(loader.partError(reader)?.message).toBe('offline');
    await expect(loader.part(reader)).resolves.toEqual({ read: 1 });
    expect(loader.partNow(reader)).toEqual({ read: 1 });
    expect(loader.partError(reader)).toBeUndefined();
    expect(told).toBe(2);
  });
});
