import { isRecordingAvailable } from '@stacks/learning-domain';

export interface NudgeSeriesSession {
  id: string;
  title: string;
  position: number | null;
  recordingUrl: string | null;
  recordingAvailableFrom: Date | null;
  recordingAvailableUntil: Date | null;
}

export interface NudgeCandidate {
  sessions: NudgeSeriesSession[];
  completedSessionIds: ReadonlySet<string>;
  /** The series is already unlocked (finished) for this learner. */
  finished: boolean;
}

/**
 * A learner is nudged about a series they started but have not finished when the next
 * session they still need has a recording they can watch now. Returns that session.
 */
export function nextSessionToNudge(candidate: NudgeCandidate, now: Date): NudgeSeriesSession | null {
  if (candidate.finished || candidate.completedSessionIds.size === 0) return null;
  const ordered = [...candidate.sessions].sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER));
  const next = ordered.find((session) => !candidate.completedSessionIds.has(session.id));
  return next && isRecordingAvailable(next, now) ? next : null;
}
