import { DEFAULT_COMPLETION_POLICY, mergeRecordingProgress, qualifies } from './completion-policy.js';

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
