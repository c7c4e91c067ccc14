/*
 * The review of a registry submission (a program a library hosts, e.g. a Día program): which
 * decisions staff may take from which state, and what a learner may still edit.
 */

export type RegistryState = 'PENDING' | 'CHANGES_REQUESTED' | 'PUBLISHED' | 'REJECTED';
export type RegistryDecision = 'publish' | 'request-changes' | 'reject';

export const DECISION_STATE: Record<RegistryDecision, RegistryState> = {
  publish: 'PUBLISHED',
  'request-changes': 'CHANGES_REQUESTED',
  reject: 'REJECTED',
};

export type ReviewOutcome =
  | { kind: 'apply'; next: RegistryState }
  /** The same decision again (a retried request): nothing changes and nobody is told twice. */
  | { kind: 'repeat' }
  | { kind: 'refuse'; message: string };

/**
 * Staff decide on a pending submission or one whose changes came back; a published one may still
 * be withdrawn (rejected), a rejected one is final. Rejecting and requesting changes need a note.
 */
export function reviewSubmission(current: RegistryState, decision: RegistryDecision, note: string | null, currentNote: string | null): ReviewOutcome {
  const next = DECISION_STATE[decision];
  if (current === next && (decision === 'publish' || note === currentNote)) return { kind: 'repeat' };
  if (decision !== 'publish' && !note) return { kind: 'refuse', message: `${decision === 'reject' ? 'rejecting' : 'requesting changes'} needs a note saying why` };
  if (current === 'REJECTED') return { kind: 'refuse', message: 'a rejected submission is final; the library may submit it again' };
  if (current === 'PUBLISHED' && decision !== 'reject') return { kind: 'refuse', message: 'a published submission can only be withdrawn (rejected)' };
  if (current === 'CHANGES_REQUESTED' && decision === 'request-changes') return { kind: 'refuse', message: 'changes are already requested; wait for the library to resubmit' };
  return { kind: 'apply', next };
}

/** A submitter may edit (and so resubmit) only while staff wait for them or have not decided. */
export function submitterMayEdit(current: RegistryState): boolean {
  return current === 'PENDING' || current === 'CHANGES_REQUESTED';
}
