import { creditHeartbeat, MAX_HEARTBEAT_CREDIT_SECONDS, MAX_WATCH_SEGMENTS, mergeSegment, parseStoredSegments, type PlaybackState, totalSeconds, watchedPercent, type WatchSegment } from './recording-watch.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 14, 20, 0, seconds));
const HOUR = 3600;

describe('mergeSegment', () => {
  it('counts overlapping segments once', () => {
    expect(mergeSegment([[0, 60]], [30, 90])).toEqual([[0, 90]]);
    expect(totalSeconds(mergeSegment([[0, 60]], [30, 90]))).toBe(90);
  });

  it('keeps disjoint segments sorted and joins the ones a new segment bridges', () => {
    expect(mergeSegment([[100, 200]], [0, 10])).toEqual([[0, 10], [100, 200]]);
    expect(mergeSegment([[0, 10], [20, 30], [40, 50]], [5, 45])).toEqual([[0, 50]]);
    expect(mergeSegment([[0, 10]], [10, 20])).toEqual([[0, 20]]);
  });
});

describe('creditHeartbeat', () => {
  const fresh: PlaybackState = { segments: [], lastHeartbeatAt: null };

  it('starts the clock on the first heartbeat without crediting anything', () => {
    const credit = creditHeartbeat(fresh, { fromSecond: 0, toSecond: 3312, receivedAt: at(0) }, HOUR);
    expect(credit).toMatchObject({ credited: null, newSeconds: 0, watchedSeconds: 0 });
  });

  it('credits a one-second "92 %" claim with one second only', () => {
    const credit = creditHeartbeat({ segments: [], lastHeartbeatAt: at(0) }, { fromSecond: 0, toSecond: 3312, receivedAt: at(1) }, HOUR);
    expect(credit).toMatchObject({ credited: [0, 1], newSeconds: 1, watchedSeconds: 1, limitedBy: 'wall-clock' });
    expect(watchedPercent(credit.watchedSeconds, HOUR)).toBe(0);
  });

  it('credits real playback second for second', () => {
    const credit = creditHeartbeat({ segments: [[0, 15]], lastHeartbeatAt: at(15) }, { fromSecond: 15, toSecond: 30, receivedAt: at(30) }, HOUR);
    expect(credit).toMatchObject({ credited: [15, 30], newSeconds: 15, watchedSeconds: 30, limitedBy: null });
  });

  it('does not count a rewatched part twice', () => {
    const credit = creditHeartbeat({ segments: [[0, 60]], lastHeartbeatAt: at(60) }, { fromSecond: 30, toSecond: 60, receivedAt: at(90) }, HOUR);
    expect(credit).toMatchObject({ newSeconds: 0, watchedSeconds: 60 });
  });

  it('credits at most one heartbeat interval after a long silence', () => {
    const credit = creditHeartbeat({ segments: [], lastHeartbeatAt: at(0) }, { fromSecond: 0, toSecond: HOUR, receivedAt: at(HOUR) }, HOUR);
    expect(credit.newSeconds).toBe(MAX_HEARTBEAT_CREDIT_SECONDS);
  });

  it('never credits past the end of the recording', () => {
    const credit = creditHeartbeat({ segments: [], lastHeartbeatAt: at(0) }, { fromSecond: HOUR - 5, toSecond: HOUR + 10, receivedAt: at(15) }, HOUR);
    expect(credit).toMatchObject({ credited: [HOUR - 5, HOUR], limitedBy: 'recording-length' });
  });

  it('ignores a segment that ends before it starts and a clock that ran backwards', () => {
    const state: PlaybackState = { segments: [[0, 10]], lastHeartbeatAt: at(20) };
    expect(creditHeartbeat(state, { fromSecond: 50, toSecond: 40, receivedAt: at(30) }, HOUR).newSeconds).toBe(0);
    expect(creditHeartbeat(state, { fromSecond: 10, toSecond: 20, receivedAt: at(10) }, HOUR).newSeconds).toBe(0);
  });

  it('refuses a new segment once the bounded number of separate segments is reached', () => {
    const segments: WatchSegment[] = Array.from({ length: MAX_WATCH_SEGMENTS }, (_, index) => [index * 10, index * 10 + 1]);
    const credit = creditHeartbeat({ segments, lastHeartbeatAt: at(0) }, { fromSecond: 100_000, toSecond: 100_005, receivedAt: at(10) }, 200_000);
    expect(credit).toMatchObject({ newSeconds: 0, limitedBy: 'segment-limit' });
    // Extending an existing segment still counts.
    expect(creditHeartbeat({ segments, lastHeartbeatAt: at(0) }, { fromSecond: 1, toSecond: 5, receivedAt: at(10) }, 200_000).newSeconds).toBe(4);
  });
});

describe('watchedPercent and stored segments', () => {
  it('rounds the share down', () => {
    expect(watchedPercent(2879, HOUR)).toBe(79);
    expect(watchedPercent(2880, HOUR)).toBe(80);
    expect(watchedPercent(HOUR * 2, HOUR)).toBe(100);
  });

  it('reads only well-formed stored segments, merged', () => {
    expect(parseStoredSegments([[0, 10], [5, 20], ['x', 3], [9, 1], null])).toEqual([[0, 20]]);
    expect(parseStoredSegments('nonsense')).toEqual([]);
  });
});
