/** One stay in a live meeting, from join to leave; an open stay (no leave yet) has `leftAt` null. */
export interface AttendanceInterval {
  joinedAt: Date;
  leftAt: Date | null;
}

/** Recorded attendance is at most a day, whatever the source. */
export const MAX_ATTENDED_MINUTES = 1440;

/**
 * Minutes present, from join/leave intervals that may overlap (two devices, a duplicated join):
 * time covered by several intervals counts once. Open intervals count up to `openUntil` when given,
 * else not at all (until Zoom says the participant left). Whole minutes, rounded down.
 */
export function attendedMinutes(intervals: readonly AttendanceInterval[], openUntil: Date | null = null): number {
  const spans = intervals
    .map(({ joinedAt, leftAt }) => [joinedAt.getTime(), (leftAt ?? openUntil)?.getTime() ?? Number.NaN] as const)
    .filter(([start, end]) => Number.isFinite(end) && end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const [start, end] of spans) {
    if (end <= coveredUntil) continue;
    total += end - Math.max(start, coveredUntil);
    coveredUntil = end;
  }
  return Math.floor(total / 60_000);
}
