import { isRecordingAvailable } from './recording-availability.js';

const NOW = new Date('2026-12-02T12:00:00Z');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

describe('a recording available now', () => {
  it('needs a recording', () => {
    expect(isRecordingAvailable({ recordingUrl: null, recordingAvailableFrom: null, recordingAvailableUntil: null }, NOW)).toBe(false);
    expect(isRecordingAvailable({ recordingUrl: 'https://v.example/1', recordingAvailableFrom: null, recordingAvailableUntil: null }, NOW)).toBe(true);
  });

  it('opens at its start, inclusive, and closes at its end, exclusive', () => {
    const url = 'https://v.example/1';
    expect(isRecordingAvailable({ recordingUrl: url, recordingAvailableFrom: at(1), recordingAvailableUntil: null }, NOW)).toBe(false);
    expect(isRecordingAvailable({ recordingUrl: url, recordingAvailableFrom: NOW, recordingAvailableUntil: null }, NOW)).toBe(true);
    expect(isRecordingAvailable({ recordingUrl: url, recordingAvailableFrom: null, recordingAvailableUntil: NOW }, NOW)).toBe(false);
    expect(isRecordingAvailable({ recordingUrl: url, recordingAvailableFrom: at(-1), recordingAvailableUntil: at(1) }, NOW)).toBe(true);
  });
});
