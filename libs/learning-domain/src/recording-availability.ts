/** The recording fields of a session. */
export interface RecordingWindow {
  recordingUrl: string | null;
  recordingAvailableFrom: Date | null;
  recordingAvailableUntil: Date | null;
}

/** A learner can watch the recording now: it exists, and `now` is inside its window (from inclusive, until exclusive). */
export function isRecordingAvailable(session: RecordingWindow, now: Date): boolean {
  return (
    session.recordingUrl !== null &&
    (session.recordingAvailableFrom === null || session.recordingAvailableFrom <= now) &&
    (session.recordingAvailableUntil === null || session.recordingAvailableUntil > now)
  );
}
