/**
 * The wizard's steps, written once: the router, the step list, the navigation, the
 * component-test router and the browser tests' vocabulary are all derived from this table.
 * A leaf of the domain: the model names its question steps from it, and nothing here
 * imports anything.
 *
 * A question step (`asks`) is drawn by one generic component from its row and its checks;
 * adding one is a row here and the checks that sit on it in a model.
 */
export const STEP_TABLE = [
  { id: 'gather', path: '/', title: 'Event', heading: 'What did ENTSSO log?' },
  { id: 'event-log', path: '/event-log', title: 'Event log', heading: 'Check the event log' },
  {
    id: 'admin-rights',
    path: '/admin-rights',
    title: 'Admin rights',
    heading: 'Check admin rights',
    asks: {
      collector: true,
      fold: true,
      about: { field: 'user', before: 'The account that asked:', after: '.' },
    },
  },
  {
    id: 'backup-file',
    path: '/backup-file',
    title: 'Backup file',
    heading: 'Check the backup file',
    asks: { collector: false, fold: false },
  },
  {
    id: 'secret-server',
    path: '/secret-server',
    title: 'Secret server',
    heading: 'Check the master secret server',
    asks: {
      collector: true,
      fold: true,
      about: { field: 'triedserver', before: 'The event names', after: 'as the server it tried.' },
    },
  },
  {
    id: 'service-account',
    path: '/service-account',
    title: 'Service account',
    heading: 'Check the service account',
    asks: { collector: false, fold: false },
  },
  { id: 'result', path: '/result', title: 'Result', heading: 'Diagnosis' },
] as const satisfies readonly StepRow[];

/** One row of the table. */
export interface StepRow {
  id: string;
  /** The link path (contract v1): the start step is the empty path. */
  path: string;
  /** Its name in the step list. */
  title: string;
  /** Its page heading. */
  heading: string;
  /** Set on a question step: how the generic component lays it out. */
  asks?: {
    /** Offer the evidence collector and the SSO database facts above the questions. */
    collector: boolean;
    /** Fold the checks that cannot change the causes listed under "Other checks". */
    fold: boolean;
    /** The case value the questions are about, named in the intro between two phrases. */
    about?: { field: 'user' | 'triedserver'; before: string; after: string };
  };
}

export type StepId = (typeof STEP_TABLE)[number]['id'];
/** The steps that ask questions: their checks come from the model. */
export type CheckStep = Extract<(typeof STEP_TABLE)[number], { asks: object }>['id'];

export const STEPS: readonly StepId[] = STEP_TABLE.map((row) => row.id);

/** A step's row. */
export function stepRow(id: StepId): StepRow {
  const row = STEP_TABLE.find((r) => r.id === id);
  if (!row) throw new Error(`No step ${id}`);
  return row;
}

export const STEP_PATHS = Object.fromEntries(STEP_TABLE.map((r) => [r.id, r.path])) as Readonly<
  Record<StepId, string>
>;
export const STEP_TITLES = Object.fromEntries(STEP_TABLE.map((r) => [r.id, r.title])) as Readonly<
  Record<StepId, string>
>;
