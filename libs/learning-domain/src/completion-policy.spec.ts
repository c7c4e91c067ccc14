import { acceptsSelfReportedView, attendanceThresholdMinutes, DEFAULT_COMPLETION_POLICY, mergeRecordingProgress, policyForSession, qualifies } from './completion-policy.js';

describe('qualifies', () => {
  it('accepts an admin mark without further evidence', () => {
    expect(qualifies({ source: 'ADMIN_MARK' })).toBe(true);
  });

  it('needs the recording threshold to be reached', () => {
    expect(qualifies({ source: 'RECORDING_VIEWED', viewedPercent: 79 })).toBe(false);
    expect(qualifies({ source: 'RECORDING_VIEWED', viewedPercent: 80 })).toBe(true);
    expect(qualifies({ source: 'RECORDING_VIEWED', viewedPercent: null })).toBe(false);
    expect(qualifies({ source: 'RECORDING_VIEWED', viewedPercent: 50 }, { ...DEFAULT_COMPLETION_POLICY, recordingThresholdPercent: 50 })).toBe(true);
  });

  it('counts live presence by default and enforces a configured minimum', () => {
    expect(qualifies({ source: 'LIVE_ATTENDANCE' })).toBe(true);
    expect(qualifies({ source: 'LIVE_ATTENDANCE', minutesAttended: 0 })).toBe(false);
    const strict = { recordingThresholdPercent: 80, liveMinimumMinutes: 45 };
    expect(qualifies({ source: 'ATTENDANCE_IMPORT', minutesAttended: 44 }, strict)).toBe(false);
    expect(qualifies({ source: 'ATTENDANCE_IMPORT', minutesAttended: 45 }, strict)).toBe(true);
    expect(qualifies({ source: 'LIVE_ATTENDANCE', minutesAttended: null }, strict)).toBe(false);
  });
});

describe('mergeRecordingProgress', () => {
  it('keeps the furthest point reached, whatever order reports arrive in', () => {
    expect(mergeRecordingProgress(null, 42.4)).toBe(42);
    expect(mergeRecordingProgress(90, 30)).toBe(90);
    expect(mergeRecordingProgress(30, 90)).toBe(90);
  });

  it('clamps to 0-100', () => {
    expect(mergeRecordingProgress(null, 140)).toBe(100);
    expect(mergeRecordingProgress(null, -5)).toBe(0);
  });
});

describe('policyForSession', () => {
  const defaults = { recordingThresholdPercent: 80, liveMinimumMinutes: 10, liveMinimumPercent: 0 };
  const hour = { startsAt: new Date('2026-12-14T20:00:00Z'), endsAt: new Date('2026-12-14T21:00:00Z') };
  const session = { recordingCompletion: 'WATCHED_TIME_ONLY' as const, attendanceMinMinutes: null, attendanceMinPercent: null, ...hour };

  it('uses the session’s own minutes first', () => {
    expect(policyForSession({ ...session, attendanceMinMinutes: 45, attendanceMinPercent: 10 }, defaults).liveMinimumMinutes).toBe(45);
  });

  it('turns a share of the scheduled length into minutes, rounded up', () => {
    expect(policyForSession({ ...session, attendanceMinPercent: 75 }, defaults).liveMinimumMinutes).toBe(45);
    const fifty = { startsAt: hour.startsAt, endsAt: new Date('2026-12-14T20:50:00Z') };
    expect(attendanceThresholdMinutes({ ...session, ...fifty, attendanceMinPercent: 75 }, defaults)).toBe(38);
  });

  it('falls back to the configured share, then the configured minutes', () => {
    expect(attendanceThresholdMinutes(session, { ...defaults, liveMinimumPercent: 50 })).toBe(30);
    expect(attendanceThresholdMinutes(session, defaults)).toBe(10);
  });

  it('uses the configured minutes when a share is set but the session has no scheduled length', () => {
    expect(attendanceThresholdMinutes({ ...session, startsAt: null, endsAt: null, attendanceMinPercent: 75 }, defaults)).toBe(10);
  });

  it('lets a webhook total below the session threshold not complete, and one at it complete', () => {
    const policy = policyForSession({ ...session, attendanceMinMinutes: 45 }, defaults);
    expect(qualifies({ source: 'ZOOM_WEBHOOK', minutesAttended: 44 }, policy)).toBe(false);
    expect(qualifies({ source: 'ZOOM_WEBHOOK', minutesAttended: 45 }, policy)).toBe(true);
  });
});

describe('acceptsSelfReportedView', () => {
  it('refuses a self-reported share for a watched-time-only session and accepts it where allowed', () => {
    const defaults = { recordingThresholdPercent: 80, liveMinimumMinutes: 0, liveMinimumPercent: 0 };
    const base = { attendanceMinMinutes: null, attendanceMinPercent: null, startsAt: null, endsAt: null };
    expect(acceptsSelfReportedView(policyForSession({ ...base, recordingCompletion: 'WATCHED_TIME_ONLY' }, defaults))).toBe(false);
    expect(acceptsSelfReportedView(policyForSession({ ...base, recordingCompletion: 'SELF_REPORT_ALLOWED' }, defaults))).toBe(true);
  });

  it('keeps accepting self-reports under the deployment-wide policy that names no session rule', () => {
    expect(acceptsSelfReportedView(DEFAULT_COMPLETION_POLICY)).toBe(true);
  });
});
