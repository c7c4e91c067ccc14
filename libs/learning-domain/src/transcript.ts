import { formatCsv } from './csv.js';
import type { CompletionSourceKind } from './completion-policy.js';
import { sumCreditHours } from './credit-hours.js';

export interface TranscriptInput {
  sessionId: string;
  title: string;
  programTitle: string;
  seriesTitle: string | null;
  completedAt: Date;
  source: CompletionSourceKind;
  /** The session's credit hours (sessionCreditHours); null when its length is unknown. */
  hours: number | null;
}

export interface TranscriptSummary {
  items: (Omit<TranscriptInput, 'hours'> & { hours: number })[];
  totalHours: number;
  sessionsCompleted: number;
}

/** Most recent first, with credit hours per item and in total (the same hours the badges carry). */
export function summariseTranscript(items: TranscriptInput[]): TranscriptSummary {
  const sorted = [...items].sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime() || a.sessionId.localeCompare(b.sessionId));
  return {
    items: sorted.map((item) => ({ ...item, hours: item.hours ?? 0 })),
    totalHours: sumCreditHours(sorted.map((item) => item.hours)) ?? 0,
    sessionsCompleted: sorted.length,
  };
}

/** The transcript as a spreadsheet: one row per completed session and a total row with the same hours. */
export function transcriptCsv(summary: TranscriptSummary, learnerName: string): string {
  const rows: (string | number | null)[][] = [
    ['completed_on', 'session', 'title', 'program', 'series', 'source', 'credit_hours'],
    ...summary.items.map((item) => [
      item.completedAt.toISOString().slice(0, 10),
      item.sessionId,
      item.title,
      item.programTitle,
      item.seriesTitle,
      item.source,
      item.hours,
    ]),
    ['', '', `Total for ${learnerName}`, '', '', `${summary.sessionsCompleted} sessions`, summary.totalHours],
  ];
  return formatCsv(rows);
}
