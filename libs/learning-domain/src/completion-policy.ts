export type CompletionSourceKind = 'LIVE_ATTENDANCE' | 'RECORDING_VIEWED' | 'ADMIN_MARK' | 'ATTENDANCE_IMPORT' | 'ZOOM_WEBHOOK';

/** Whether a learner's own `viewedPercent` completes a recording, or only watched time measured from heartbeats. */
export type RecordingCompletionKind = 'WATCHED_TIME_ONLY' | 'SELF_REPORT_ALLOWED';

export interface CompletionPolicy {
  /** Share of a recording that must be viewed, 1-100 (80 by default). */
  recordingThresholdPercent: number;
  /** Minutes of live attendance that count; 0 means being there at all counts. */
  liveMinimumMinutes: number;
  /** Whether a plain self-reported share (no heartbeats) is accepted; absent means yes (the historical rule). */
  recordingCompletion?: RecordingCompletionKind;
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
    case 'ATTENDANCE_IMPORT':
    case 'ZOOM_WEBHOOK': {
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

/** What a session says about its own completion; null fields fall back to the configured defaults. */
export interface SessionCompletionSettings {
  recordingCompletion: RecordingCompletionKind;
  attendanceMinMinutes: number | null;
  /** Share (1-100) of the scheduled length; used when no minutes are set and the length is known. */
  attendanceMinPercent: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
}

/** The deployment-wide defaults (configuration). */
export interface CompletionDefaults {
  recordingThresholdPercent: number;
  liveMinimumMinutes: number;
  /** Share of the scheduled length used when a session sets neither; 0 = not used. */
  liveMinimumPercent: number;
}

/** Scheduled length in whole minutes, or null when the session has no start and end. */
export function scheduledMinutes(startsAt: Date | null, endsAt: Date | null): number | null {
  if (!startsAt || !endsAt) return null;
  const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
  return minutes > 0 ? minutes : null;
}

/**
 * Minutes of live attendance a session asks for. First the session's own minutes, then its
 * share of the scheduled length, then the configured share, then the configured minutes. A share
 * is rounded up: 75 % of 50 minutes is 38, never 37.5 credited as enough.
 */
export function attendanceThresholdMinutes(settings: SessionCompletionSettings, defaults: CompletionDefaults): number {
  if (settings.attendanceMinMinutes !== null) return settings.attendanceMinMinutes;
  const length = scheduledMinutes(settings.startsAt, settings.endsAt);
  const share = settings.attendanceMinPercent ?? (defaults.liveMinimumPercent > 0 ? defaults.liveMinimumPercent : null);
  if (share !== null && length !== null) return Math.ceil((share * length) / 100);
  return defaults.liveMinimumMinutes;
}

/** The policy one session's evidence is judged by. */
export function policyForSession(settings: SessionCompletionSettings, defaults: CompletionDefaults): CompletionPolicy {
  return {
    recordingThresholdPercent: defaults.recordingThresholdPercent,
    liveMinimumMinutes: attendanceThresholdMinutes(settings, defaults),
    recordingCompletion: settings.recordingCompletion,
  };
}

/**
 * Whether a learner may complete a recording by stating a share viewed. Trusted sources (admin
 * mark, imports, webhooks) and watched time measured from heartbeats are never self-reports.
 */
export function acceptsSelfReportedView(policy: CompletionPolicy): boolean {
  return (policy.recordingCompletion ?? 'SELF_REPORT_ALLOWED') === 'SELF_REPORT_ALLOWED';
}
