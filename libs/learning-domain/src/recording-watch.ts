/** A stretch of a recording, in seconds: [start, end), start < end. */
export type WatchSegment = readonly [start: number, end: number];

/** Merged segments kept per learner and recording; a heartbeat that would need more is not credited. */
export const MAX_WATCH_SEGMENTS = 200;
/** The most one heartbeat can credit, whatever time passed: a tab left open overnight proves nothing. */
export const MAX_HEARTBEAT_CREDIT_SECONDS = 60;

export interface PlaybackState {
  /** Sorted, disjoint, non-adjacent. */
  segments: WatchSegment[];
  /** When the previous heartbeat arrived (server clock); null before the first. */
  lastHeartbeatAt: Date | null;
}

export interface Heartbeat {
  /** Where the player was at the previous heartbeat (or where playing started), seconds. */
  fromSecond: number;
  /** Where the player is now, seconds. */
  toSecond: number;
  /** Server time the heartbeat arrived. */
  receivedAt: Date;
}

export interface HeartbeatCredit {
  segments: WatchSegment[];
  /** The part of the reported segment that was credited, or null. */
  credited: WatchSegment | null;
  /** Seconds newly counted (overlap with what was already watched counts once). */
  newSeconds: number;
  watchedSeconds: number;
  /** Why less than the reported segment was credited, when it was. */
  limitedBy: 'wall-clock' | 'recording-length' | 'segment-limit' | null;
}

/** Adds one segment to a sorted, disjoint list; overlapping or touching segments become one. */
export function mergeSegment(segments: readonly WatchSegment[], added: WatchSegment): WatchSegment[] {
  let [start, end] = added;
  const merged: WatchSegment[] = [];
  let placed = false;
  for (const segment of segments) {
    if (segment[1] < start) merged.push(segment);
    else if (segment[0] > end) {
      if (!placed) {
        merged.push([start, end]);
        placed = true;
      }
      merged.push(segment);
    } else {
      start = Math.min(start, segment[0]);
      end = Math.max(end, segment[1]);
    }
  }
  if (!placed) merged.push([start, end]);
  return merged;
}

export function totalSeconds(segments: readonly WatchSegment[]): number {
  return segments.reduce((sum, [start, end]) => sum + (end - start), 0);
}

/**
 * Credits one heartbeat: the segment played since the previous one, cut to the wall-clock time that
 * passed between them (at most MAX_HEARTBEAT_CREDIT_SECONDS) and to the recording's length. The
 * first heartbeat only starts the clock. Seconds already watched are not counted again.
 */
export function creditHeartbeat(state: PlaybackState, heartbeat: Heartbeat, recordingSeconds: number): HeartbeatCredit {
  const watchedBefore = totalSeconds(state.segments);
  const none = (limitedBy: HeartbeatCredit['limitedBy']): HeartbeatCredit => ({
    segments: [...state.segments],
    credited: null,
    newSeconds: 0,
    watchedSeconds: watchedBefore,
    limitedBy,
  });
  const from = Math.max(0, Math.floor(heartbeat.fromSecond));
  const reportedEnd = Math.floor(heartbeat.toSecond);
  if (state.lastHeartbeatAt === null || reportedEnd <= from) return none(null);
  const elapsedSeconds = Math.floor((heartbeat.receivedAt.getTime() - state.lastHeartbeatAt.getTime()) / 1000);
  const allowed = Math.min(Math.max(0, elapsedSeconds), MAX_HEARTBEAT_CREDIT_SECONDS);
  let end = reportedEnd;
  let limitedBy: HeartbeatCredit['limitedBy'] = null;
  if (end - from > allowed) {
    end = from + allowed;
    limitedBy = 'wall-clock';
  }
  if (end > recordingSeconds) {
    end = recordingSeconds;
    limitedBy = limitedBy ?? 'recording-length';
  }
  if (end <= from) return none(limitedBy);
  const segments = mergeSegment(state.segments, [from, end]);
  if (segments.length > MAX_WATCH_SEGMENTS) return none('segment-limit');
  const watchedSeconds = totalSeconds(segments);
  return { segments, credited: [from, end], newSeconds: watchedSeconds - watchedBefore, watchedSeconds, limitedBy };
}

/** Whole percent of the recording watched, 0-100 (rounded down: 79.9 % is not 80 %). */
export function watchedPercent(watchedSeconds: number, recordingSeconds: number): number {
  if (recordingSeconds <= 0) return 0;
  return Math.min(100, Math.floor((watchedSeconds * 100) / recordingSeconds));
}

/** Reads stored segments defensively (they come back from a JSON column). */
export function parseStoredSegments(value: unknown): WatchSegment[] {
  if (!Array.isArray(value)) return [];
  const segments: WatchSegment[] = [];
  for (const item of value.slice(0, MAX_WATCH_SEGMENTS)) {
    if (Array.isArray(item) && Number.isInteger(item[0]) && Number.isInteger(item[1]) && item[0] < item[1]) segments.push([item[0], item[1]]);
  }
  return segments.reduce<WatchSegment[]>((merged, segment) => mergeSegment(merged, segment), []);
}
