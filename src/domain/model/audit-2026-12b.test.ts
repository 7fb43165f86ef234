import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLink } from '../case/link-codec';
import { decodeCode } from '../codes/decode-code';
import { ENTSSO_ERROR_MEANINGS } from '../codes/entsso-error-meanings';
import { diagnose } from '../diagnosis/diagnose';
import { GUIDE_IDS, guideFile, type GuideId } from '../guides/guide-ids';
import { checkGuide, type Guide } from '../guides/guide-schema';
import { procedureIndex } from '../sources/procedures';
import type { Source } from '../sources/sources';
import type { CauseText, EventModel } from './event-model';
import { EVENT_MODELS, loadModel } from './registry';

/**
 * The second knowledge audit (shared/domain/knowledge-audit-2026-12b.md), one test per
 * finding outside the collector. Each failed on the code the audit read.
 */
const MODELS = await Promise.all(EVENT_MODELS.map(loadModel));
const model = (event: number): EventModel => {
  const found = MODELS.find((m) => m.event.id === event);
  if (!found) throw new Error(`no model ${event}`);
  return found;
};
const cause = (event: number, id: string): CauseText => {
  const found = model(event).text.causes[id];
  if (!found) throw new Error(`${event} has no cause ${id}`);
  return found;
};
const guide = (id: GuideId): Guide => {
  const checked = checkGuide(
    JSON.parse(readFileSync(join(process.cwd(), 'public', guideFile(id)), 'utf8')),
    id,
  );
  if (!checked.ok) throw new Error(checked.problems.join('; '));
  return checked.guide;
};
const GUIDES = GUIDE_IDS.map(guide);
const words = (value: unknown) => JSON.stringify(value);
const cites = (sources: readonly Source[], page: string) =>
  sources.some((s) => (s.kind === 'field' ? page === 'field' : s.url.endsWith(page)));
const notesFor = (event: number, query: string) => {
  const m = model(event);
  return diagnose(m, parseLink(new URLSearchParams(`v=1&event=${event}&${query}`), m).case).notes;
};

/** Every sentence with its sources: cause explanations, fix steps, guide steps. */
const CLAIMS: Array<{ where: string; text: string; sources: string[] }> = [
  ...MODELS.flatMap((m) =>
    Object.entries(m.text.causes).flatMap(([id, c]) => [
      {
        where: `${m.event.id} ${id}`,
        text: c.explanation,
        sources: c.sources.map((s) => (s.kind === 'field' ? 'field' : s.url)),
      },
      ...c.fix.map((step) => ({
        where: `${m.event.id} ${id} fix`,
        text: `${step.text} ${step.command?.code ?? ''}`,
        sources: step.sources.map((s) => (s.kind === 'field' ? 'field' : s.url)),
      })),
    ]),
  ),
  ...GUIDES.flatMap((g) =>
    g.sections.flatMap((s) =>
      s.steps.map((step) => ({
        where: `guide ${g.id}: ${s.title}`,
        text: `${step.text} ${step.command?.code ?? ''}`,
        sources: step.sources,
      })),
    ),
  ),
];
const citing = (sources: string[], page: string) => sources.some((s) => s.includes(page));

describe('the second audit: errors (E)', () => {
  it("E3/M2: 10532's 11016 fix is the service account's permission, not a domain controller", () => {
    const c = cause(10532, 'service-account-cannot-read-groups');
    const text = words(c);
    expect(text).not.toMatch(/domain controller|name resolution|trust/);
    expect(text).toMatch(/Windows Authorization Access Group/);
    expect(cites(c.sources, 'single-sign-on-event-11016')).toBe(true);
  });

  it("E4: a 10501 or 10611 is this server's own start; only 10534 is the master secret server's", () => {
    expect(notesFor(10532, 'seen=10501')).toEqual(['service-started-here']);
    expect(notesFor(10532, 'seen=10611')).toEqual(['service-started-here']);
    expect(notesFor(10532, 'seen=10534')).toEqual(['secret-server-started']);
  });

  it('E5: turning RPC security off is said only with the Windows Server 2008 / 2008 R2 condition', () => {
    const lowering = CLAIMS.filter((c) => /RPC security\b[^.]*\boff\b/i.test(c.text));
    expect(lowering.length).toBe(4);
    for (const c of lowering)
      expect(c.text, c.where).toMatch(/Windows Server 2008 (?:or|\/) ?2008 R2/);
  });

  it('E7: 10565 and 10521 after the restart are expected, and nothing asks for a restart after the restore', () => {
    const verify = guide('restore-master-secret')
      .verify.map((v) => v.text)
      .join(' ');
    expect(verify).not.toMatch(/stop appearing after the service restart/);
    expect(verify).toMatch(/expected/);
  });

  it('E8: every ENTSSO code a rule names has its own meaning; the fallback speaks of no generate', () => {
    const entsso = new Set(
      MODELS.flatMap((m) => [...m.rules, ...m.notes])
        .flatMap((r) => r.anyOf)
        .flatMap((t) => (t.kind === 'code' && t.code.startsWith('0xC0002A') ? [t.code] : [])),
    );
    const missing = [...entsso].filter((code) => !ENTSSO_ERROR_MEANINGS[Number(code) & 0xffff]);
    expect(missing).toEqual([]);
    // An ENTSSO error the table lacks (10780) gets the fallback sentence.
    expect(decodeCode(0xc0002a1c).meaning).not.toMatch(/generat/i);
  });
});

describe('the second audit: sources (S)', () => {
  it('S1: the dependency on the Name resource and 0x800706D9 cite the page that says so', () => {
    const claims = CLAIMS.filter(
      (c) => /Name resource/.test(c.text) && /0x800706D9|without (?:both|either)/.test(c.text),
    );
    expect(claims.length).toBeGreaterThan(1);
    for (const c of claims)
      expect(
        citing(c.sources, 'how-to-cluster-sso-and-a-biztalk-host-in-the-same-cluster-group1'),
        c.where,
      ).toBe(true);
  });

  it('S2: "disabled SSO refuses the operation" is marked field experience', () => {
    for (const event of [10560, 10524, 10532])
      expect(cites(cause(event, 'sso-disabled').sources, 'field'), String(event)).toBe(true);
  });

  it('S3: the SSOSS key is not said to exist only on the master secret server', () => {
    const text = words(guide('master-secret-server'));
    expect(text).not.toMatch(/exists only on the master secret server/);
    expect(text).toMatch(/True here does not prove/);
  });

  it('S4: network shares refused is field experience wherever it is said', () => {
    const said = [
      ...MODELS.flatMap((m) => [
        ...Object.values(m.text.causes).map((c) => c.explanation),
        ...Object.values(m.text.checks).map((c) => c.why),
      ]),
      ...GUIDES.flatMap((g) => g.cautions),
    ].filter((t) => /network shares/i.test(t) && /refused|not accepted/.test(t));
    expect(said.length).toBeGreaterThan(3);
    for (const text of said) expect(text).toMatch(/field experience/);
  });

  it('S5: 10527 does not say the secret "is not handed out as usual" during re-encryption', () => {
    expect(cause(10527, 'reencrypt-in-progress').explanation).not.toMatch(/handed out as usual/);
  });

  it('old S1: the re-encryption events are cited by their own pages, not the index page', () => {
    const section = guide('managing-master-secret').sections.find((s) => /Changing/.test(s.title));
    for (const step of section?.steps ?? [])
      expect(step.sources).not.toEqual(['learn:managing-the-master-secret']);
  });

  it('old S12: starting the snap-in elevated is marked field experience in every guide', () => {
    for (const id of [
      'generate-master-secret',
      'back-up-master-secret',
      'restore-master-secret',
    ] as const) {
      const snapIn = guide(id).sections[0]?.steps[0];
      expect(snapIn?.text, id).toMatch(/Run as administrator/);
      expect(snapIn?.sources, id).toContain('field');
    }
  });
});

describe('the second audit: unsupported claims (U)', () => {
  it('U1: where 10527 is logged is said as an inference', () => {
    const m = model(10527);
    expect(m.text.loggedOn).toMatch(/does not say where 10527 is logged/);
    expect(m.text.steps['secret-server']?.intro).toMatch(/presumably/);
    expect(model(10532).text.notes['request-failed-on-secret-server']).toMatch(/most likely/);
  });

  it('U2: the restart check says where 10575 is logged and gives another way to tell', () => {
    const check = model(10524).text.checks.restarted;
    expect(words(check)).toMatch(/10575 is logged where ssomanage -updatedb ran/);
    expect(check?.how.length).toBeGreaterThan(1);
  });

  it('U5/U6: the causes 10532 infers cite field experience', () => {
    for (const id of ['service-account-not-sso-admin', 'sso-db-unavailable', 'dtc-unavailable'])
      expect(cites(cause(10532, id).sources, 'field'), id).toBe(true);
  });

  it('old U7: restoring a new secret on each cluster node is marked field experience', () => {
    const caution = guide('generate-master-secret').cautions.find((c) => /clustered/.test(c));
    expect(caution).toMatch(/field experience/);
  });

  it("U8: a sibling's related events carry Microsoft's symbolic names", () => {
    for (const event of [10560, 10524, 10527, 10532]) {
      const named = new Map(model(event).text.relatedEvents.map((e) => [e.id, e.name]));
      if (named.has(10575)) expect(named.get(10575)).toBe('SSO_INFO_CHANGED_SECRET_SERVER');
      if (named.has(10788)) expect(named.get(10788)).toBe('ENTSSO_E_DTC_IMPORT_FAILED1');
      // 11016's page gives no usable name; every other one has its name.
      const unnamed = [...named].filter(([id, name]) => name === '' && id !== 11016);
      expect(unnamed, String(event)).toEqual([]);
    }
  });

  it('U9: the writable check offers a way that changes nothing first, and says the probe writes', () => {
    for (const event of [10526, 10560]) {
      const how = model(event).text.checks.writable?.how ?? [];
      expect(how[0]?.caution, String(event)).toBeUndefined();
      const writes = how.filter((h) => /New-Item/.test(h.command));
      expect(writes.length).toBe(1);
      expect(writes[0]?.caution).toMatch(/Writes/);
    }
  });

  it('U10: no fix stops ENTSSO with net stop; a restart starts the running host instances again', () => {
    const restarts = CLAIMS.filter((c) => /(?:Restart|Stop)-Service -Name ENTSSO/.test(c.text));
    expect(restarts.length).toBeGreaterThan(3);
    for (const c of CLAIMS) expect(c.text, c.where).not.toMatch(/net stop entsso/i);
    for (const c of restarts.filter((r) => /Restart-Service/.test(r.text)))
      expect(c.text, c.where).toMatch(/\$hosts \| Start-Service/);
  });
});

describe('the second audit: missing topics (M)', () => {
  const section = (id: GuideId, title: RegExp) => {
    const found = guide(id).sections.find((s) => title.test(s.title));
    if (!found) throw new Error(`${id} has no section ${String(title)}`);
    return found;
  };
  const followed = (steps: Guide['sections'][number]['steps']) =>
    steps.flatMap((s) => (s.follows ? [procedureIndex(s.follows)] : []));

  it("M1: moving the master secret server onto a cluster follows Microsoft's seven steps in order", () => {
    const steps = section('master-secret-server', /onto a Windows cluster/).steps;
    const order = followed(steps);
    expect(order).toHaveLength(7);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(words(steps)).toMatch(/first one included/);
  });

  it('M3: the shared invalid-account text gives 10571/10597 and the individual-account rule', () => {
    for (const event of [10560, 10524]) {
      const text = words(cause(event, 'invalid-sso-admin-account').fix);
      expect(text, String(event)).toMatch(/10571, 10597/);
      expect(text, String(event)).toMatch(/one person rather than a group/);
    }
  });

  it('M4: the account change has a cluster variant that goes through the cluster', () => {
    const steps = section('restore-master-secret', /account changes on a clustered/).steps;
    expect(followed(steps)).toHaveLength(5);
    const codes = steps.map((s) => s.command?.code ?? '').join(' ');
    expect(codes).toMatch(/Stop-ClusterGroup/);
    expect(codes).toMatch(/Start-ClusterGroup/);
    expect(codes).not.toMatch(/-Service -Name ENTSSO/);
  });

  it("M5: the rights guide speaks of every operation and gives each one's success event", () => {
    const g = guide('sso-administrators');
    expect(g.whenToUse.join(' ')).not.toMatch(/A generate attempt/);
    const events = g.verify.flatMap((v) => (v.event ? [v.event] : []));
    for (const id of [10525, 10559, 10523, 10531]) expect(events).toContain(id);
  });
});

describe('the event at hand: no sibling speaks of a generate as its failure', () => {
  // Generation may be named as a separate act (do not generate, a new secret is generated).
  const ALLOWED = [
    /\bdo not generate a new secret\b/gi,
    /\bor generate a secret\b/gi,
    /\bGenerate a new secret only\b/gi,
    /\bgenerate one only\b/gi,
    /\ba new secret is generated\b/gi,
  ];
  it.each(MODELS.filter((m) => m.event.id !== 10526).map((m) => [m.event.id, m] as const))(
    'event %i',
    (_id, m) => {
      let text = words(m.text);
      for (const allowed of ALLOWED) text = text.replace(allowed, '');
      expect(text.match(/.{0,60}generat.{0,40}/gi) ?? []).toEqual([]);
    },
  );
});
