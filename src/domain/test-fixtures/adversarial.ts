/** Inputs that made a regular-expression reader slow (issue: no freeze), at a chosen size. */
export const rep = (unit: string, size: number) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

export const ADVERSARIAL_FAMILIES: Readonly<Record<string, (size: number) => string>> = {
  'a run of spaces': (n) => ' '.repeat(n),
  'unclosed <Computer tags': (n) => '<Event ' + rep('<Computer', n),
  'unclosed <EventID tags': (n) => '<Event ' + rep('<EventID', n),
  'unclosed <Provider tags': (n) => '<Event ' + rep('<Provider', n),
  'unclosed <TimeCreated tags': (n) => '<Event ' + rep('<TimeCreated', n),
  'unclosed <EventData tags': (n) => '<Event ' + rep('<EventData>', n),
  'unclosed <Data tags': (n) => '<Event><EventData>' + rep('<Data', n) + '</EventData>',
  'one label over and over': (n) => rep('Client User: ', n),
  'labels with no colon': (n) => rep('Source      ', n),
  'tabs before a line-start label': (n) => rep('\t\t\t\tId\n', n),
  'a long run of letters': (n) => rep('u', n) + 'x',
};
