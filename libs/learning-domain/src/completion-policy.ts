export type CompletionSourceKind = 'LIVE_ATTENDANCE' | 'RECORDING_VIEWED' | 'ADMIN_MARK' | 'ATTENDANCE_IMPORT';

export interface CompletionPolicy {
  /** Share of a recording that must be viewed, 1-100 (80 by default). */
  recordingThresholdPercent: number;
  /** Minutes of live attendance that count; 0 means being there at all counts. */
  liveMinimumMinutes: number;
}

export const DEFAULT_COMPLETION_POLICY: CompletionPolicy = { recordingThresholdPercent: 80, liveMinimumMinutes: 0 };

export interface CompletionEvidence {
  source: CompletionSourceKind;
  viewedPercent?: number | null;
  minutesAttended?: number | null;
}

/** Whether one piece of evidence completes a session. */
export function qualifies(event: CompletionEvidence, policy: CompletionPolicy = DEFAULT_COMPLETION_POLICY): boolean {
  switch (event.source) {
    case 'ADMIN_MARK':
      return true;
    case 'RECORDING_VIEWED':
      return typeof event.viewedPercent === 'number' && event.viewedPercent >= policy.recordingThresholdPercent;
    case 'LIVE_ATTENDANCE':
    case 'ATTENDANCE_IMPORT': {
      const minutes = event.minutesAttended;
      if (minutes === null || minutes === undefined) return policy.liveMinimumMinutes === 0;
      return minutes > 0 && minutes >= policy.liveMinimumMinutes;
    }
  }
}

/** Progress reports may arrive out of order or repeat: the furthest point reached is what counts. */
export function mergeRecordingProgress(previousPercent: number | null, incomingPercent: number): number {
  const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value)));
  return previousPercent === null ? clamp(incomingPercent) : Math.max(clamp(previousPercent), clamp(incomingPercent));
}
