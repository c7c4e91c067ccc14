import type { CompletionSourceKind } from './completion-policy.js';

export interface TranscriptInput {
  sessionId: string;
  title: string;
  programTitle: string;
  seriesTitle: string | null;
  completedAt: Date;
  source: CompletionSourceKind;
  /** Length of the session (recording minutes, or live duration); null when unknown. */
  minutes: number | null;
}

export interface TranscriptSummary {
  items: (TranscriptInput & { hours: number })[];
  totalHours: number;
  sessionsCompleted: number;
}

const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** Most recent first, with learning hours per item and in total. */
export function summariseTranscript(items: TranscriptInput[]): TranscriptSummary {
  const sorted = [...items].sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime() || a.sessionId.localeCompare(b.sessionId));
  const totalMinutes = sorted.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  return {
    items: sorted.map((item) => ({ ...item, hours: item.minutes === null ? 0 : toHours(item.minutes) })),
    totalHours: toHours(totalMinutes),
    sessionsCompleted: sorted.length,
  };
}
