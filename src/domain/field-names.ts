/**
 * The names of the case's fields. A leaf: the model, the event reader and the case all
 * name fields, and none of them needs the case-field table to do so.
 */
export type TextFieldName =
  | 'code'
  | 'user'
  | 'computer'
  | 'program'
  | 'tid'
  | 'time'
  | 'host'
  | 'backup'
  | 'secretserver'
  | 'ssoadmins'
  | 'sqlserver'
  | 'triedserver'
  | 'msid'
  | 'prevmsid'
  | 'secretno'
  | 'svcaccount';
export type CaseFieldName = 'event' | TextFieldName;

/** The case fields an event's values (its %1, %2, …) can hold, each read its own way. */
export type LayoutField =
  | 'user'
  | 'computer'
  | 'tid'
  | 'code'
  | 'triedserver'
  | 'backup'
  | 'msid'
  | 'prevmsid'
  | 'secretno';
