import * as z from 'zod/mini';
import { GUIDE_IDS, type GuideId } from './guide-ids';
import { PLACEHOLDERS } from '../commands/fill-command';
import { sourceFromRef } from '../sources/sources';

// Messages say what was expected, so an operator editing a deployed file can fix it.
const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
  .check(z.minLength(1, 'must not be empty'), z.maxLength(2000, 'is longer than 2000 characters'));

const list = <T extends z.core.SomeType>(item: T, min = 1) =>
  z
    .array(item, {
      error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a list'),
    })
    .check(z.minLength(min, `must have at least ${min} item${min === 1 ? '' : 's'}`));

const placeholderPattern = /\{(\w+)\}/g;
const knownPlaceholders = (value: string) =>
  [...value.matchAll(placeholderPattern)].every((m) =>
    (PLACEHOLDERS as readonly string[]).includes(m[1] ?? ''),
  );

const template = text.check(
  z.refine(
    knownPlaceholders,
    `uses a placeholder this tool does not fill (known: ${PLACEHOLDERS.join(', ')})`,
  ),
);

const command = z.object(
  {
    shell: z.enum(['powershell', 'cmd'], { error: 'must be "powershell" or "cmd"' }),
    code: template,
  },
  { error: 'must be an object with shell and code' },
);

// A source names a Microsoft Learn page this tool knows, an event page, or field experience.
const sourceRef = text.check(
  z.refine(
    (value) => sourceFromRef(value) !== undefined,
    'must be "learn:<page>" (a page this tool knows), "event:<5-digit id>" or "field"',
  ),
);

// The step of a Microsoft procedure a guide step follows: its page, which procedure on
// that page (its heading), and the step number there. Tests hold the order against it.
const follows = z.object(
  {
    page: text.check(
      z.refine(
        (value) => sourceFromRef(`learn:${value}`) !== undefined,
        'must be a Microsoft Learn page this tool knows',
      ),
    ),
    procedure: text,
    step: z.number({ error: 'must be a step number' }).check(z.int('must be a whole number')),
  },
  { error: 'must be an object with page, procedure and step' },
);

const step = z.object(
  {
    text: template,
    /** Said before the step: what it changes, and for whom. */
    caution: z.optional(text),
    command: z.optional(command),
    sources: list(sourceRef),
    follows: z.optional(follows),
  },
  { error: 'must be an object with text and sources' },
);

const guideId = z.enum(GUIDE_IDS, { error: `must be one of ${GUIDE_IDS.join(', ')}` });

export const guideSchema = z.object(
  {
    schemaVersion: z.literal(1, { error: 'must be 1' }),
    id: guideId,
    title: text,
    summary: text,
    whenToUse: list(text),
    prerequisites: list(template),
    sections: list(
      z.object(
        { title: text, steps: list(step) },
        { error: 'must be an object with title and steps' },
      ),
    ),
    cautions: list(text),
    verify: list(
      z.object(
        {
          text,
          event: z.optional(
            z.number({ error: 'must be an event number' }).check(z.int('must be a whole number')),
          ),
        },
        { error: 'must be an object with text' },
      ),
    ),
    related: list(guideId, 0),
    official: z.object(
      {
        title: text,
        // Only Microsoft Learn: a content file must not be able to plant a script: link.
        url: text.check(
          z.regex(
            /^https:\/\/learn\.microsoft\.com\/[\w\-./]+$/,
            'must be an https://learn.microsoft.com/ address',
          ),
        ),
      },
      { error: 'must be an object with title and url' },
    ),
  },
  { error: 'must be a JSON object' },
);

export type Guide = z.infer<typeof guideSchema>;

export type GuideCheck = { ok: true; guide: Guide } | { ok: false; problems: string[] };

/** Checks loaded JSON against the guide format; problems name the path that is wrong. */
export function checkGuide(data: unknown, expectedId: GuideId): GuideCheck {
  const parsed = guideSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 8).map((issue) => {
        const path = issue.path.map(String).join('.');
        return path ? `${path} ${issue.message}` : issue.message;
      }),
    };
  }
  if (parsed.data.id !== expectedId) {
    return {
      ok: false,
      problems: [`id is "${parsed.data.id}" but the file is for "${expectedId}"`],
    };
  }
  return { ok: true, guide: parsed.data };
}
