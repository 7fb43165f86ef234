import { describe, expect, it } from 'vitest';
import { parseLink } from '../case/link-codec';
import { diagnose } from '../diagnosis/diagnose';
import { FAMILY_ROWS } from '../test-fixtures/family-rows';
import { ruleConflicts } from './rule-conflicts';
import { loadDecision, modelFor } from './registry';

describe.each(Object.entries(FAMILY_ROWS))(
  'event %s: the evidence table, row by row',
  (event, rows) => {
    it.each(rows)('%s lists %j (decided: %s)', async (query, causes, decided) => {
      const model = await loadDecision(modelFor(event));
      expect(model.event.id).toBe(Number(event));
      const c = parseLink(new URLSearchParams(`v=1&event=${event}&${query}`), model).case;
      const d = diagnose(model, c);
      expect(d.ranked.map((r) => r.cause)).toEqual(causes);
      expect(d.decided).toBe(decided);
    });

    it('holds no rule that names one cause while another lists the same evidence', async () => {
      expect(ruleConflicts(await loadDecision(modelFor(event)))).toEqual([]);
    });
  },
);
