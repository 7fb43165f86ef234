import { decodeCode } from './codes/decode-code';
import { findRelatedEvent } from './codes/related-events';
import type { DiagnosisNote } from './diagnose';
import { findCheck } from './model/checks';
import type { Trigger } from './model/evidence-rules';
import type { TriageState } from './triage-state';

/** Words for a piece of evidence; kept apart from the ranking so the start page need not load them. */
export function describeTrigger(trigger: Trigger): string {
  switch (trigger.kind) {
    case 'code': {
      const name = decodeCode(parseInt(trigger.code.slice(2), 16)).names[0];
      return `Error code ${trigger.code}${name ? ` (${name})` : ''}`;
    }
    case 'event': {
      const related = findRelatedEvent(trigger.event);
      return `Event ${trigger.event}${related ? ` (${related.name})` : ''} was seen`;
    }
    case 'answer':
      return `Answered ${trigger.is}: ${findCheck(trigger.check).question}`;
    case 'event-without':
      return `Event ${trigger.event} was seen without a later ${trigger.without}`;
    case 'unc-backup-path':
      return 'The backup path is a network share';
  }
}

export function describeUnknown(state: TriageState): string {
  if (!state.code) return 'No error code yet.';
  const name = decodeCode(parseInt(state.code.slice(2), 16)).names[0];
  return `Error code ${state.code}${name ? ` (${name})` : ''} does not name a cause on its own.`;
}

export function describeNote(note: DiagnosisNote, state: TriageState): string {
  switch (note) {
    case 'later-success':
      return 'Event 10525 was seen: a later attempt succeeded, so the incident may already be over. Back up the new secret now.';
    case 'backup-required':
      return 'Event 10589 says the current secret has no backup: make one as soon as the cause is fixed.';
    case 'no-secret':
      return 'Event 10520 says the master secret server holds no secret: restore it from its backup, or generate one.';
    case 'bad-sso-admin-account':
      return 'Event 10517 says the SSO Administrators account itself is not valid: check it with ssomanage -displaydb.';
    case 'other-event':
      return `The event entered is ${state.event ?? ''}, not 10526; the causes below are those of a failed secret generation.`;
    case 'answers-contradict-evidence':
      return 'Some evidence points at a cause that your answers rule out. Check that the group and server you checked are the ones named by ssomanage -displaydb.';
  }
}
