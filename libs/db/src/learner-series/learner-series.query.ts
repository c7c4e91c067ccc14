import { type CompletionRule, Prisma, type Series, type Session } from '../generated/prisma/client.js';
import type { SqlRunner } from '../prisma.service.js';

export type LearnerSeriesSession = Pick<
  Session,
  'id' | 'slug' | 'title' | 'position' | 'startsAt' | 'recordingUrl' | 'recordingAvailableFrom' | 'recordingAvailableUntil' | 'recordingMinutes'
>;

/** A series with its scheduled sessions, and one learner's completions of them and unlock of it. */
export interface LearnerSeries {
  series: Pick<Series, 'id' | 'slug' | 'title' | 'rule' | 'requiredCount' | 'unlockTitle' | 'unlockDescription'> & {
    sessions: LearnerSeriesSession[];
  };
  completions: { sessionId: string; completedAt: Date }[];
  unlockedAt: Date | null;
}

interface Row {
  seriesId: string;
  seriesSlug: string;
  seriesTitle: string;
  rule: CompletionRule;
  requiredCount: number | null;
  unlockTitle: string | null;
  unlockDescription: string | null;
  unlockedAt: Date | null;
  sessionId: string | null;
  sessionSlug: string | null;
  sessionTitle: string | null;
  position: number | null;
  startsAt: Date | null;
  recordingUrl: string | null;
  recordingAvailableFrom: Date | null;
  recordingAvailableUntil: Date | null;
  recordingMinutes: number | null;
  completedAt: Date | null;
}

/** The series a learner has touched: an unlock, a completion, or an enrolment that is not cancelled. */
export function touchedBy(userId: string): Prisma.Sql {
  return Prisma.sql`(
    u.id IS NOT NULL
    OR EXISTS (SELECT 1 FROM "Session" ts JOIN "SessionCompletion" tc ON tc."sessionId" = ts.id
               WHERE ts."seriesId" = sr.id AND tc."userId" = ${userId}::uuid)
    OR EXISTS (SELECT 1 FROM "Session" ts JOIN "Enrolment" te ON te."sessionId" = ts.id
               WHERE ts."seriesId" = sr.id AND te."userId" = ${userId}::uuid AND te.status <> 'CANCELLED'))`;
}

/**
 * One round trip for what series rules and progress need: the series matching `filter` (a
 * condition on `sr`, the series, or `u`, the learner's unlock), their scheduled sessions in order,
 * and the learner's completions and unlock. The API's progress reads and unlock check run it on
 * every request, so it is SQL rather than several Prisma model queries; the bot's /progress uses
 * it too, so both pick the same series and see the same sessions.
 */
export async function loadLearnerSeries(run: SqlRunner, userId: string, filter: Prisma.Sql): Promise<LearnerSeries[]> {
  const rows = await run<Row>(Prisma.sql`
    SELECT sr.id AS "seriesId", sr.slug AS "seriesSlug", sr.title AS "seriesTitle", sr.rule, sr."requiredCount",
           sr."unlockTitle", sr."unlockDescription", u."unlockedAt",
           s.id AS "sessionId", s.slug AS "sessionSlug", s.title AS "sessionTitle", s.position, s."startsAt",
           s."recordingUrl", s."recordingAvailableFrom", s."recordingAvailableUntil", s."recordingMinutes",
           c."completedAt"
    FROM "Series" sr
    LEFT JOIN "SeriesUnlock" u ON u."seriesId" = sr.id AND u."userId" = ${userId}::uuid
    LEFT JOIN "Session" s ON s."seriesId" = sr.id AND s.status = 'SCHEDULED'
    LEFT JOIN "SessionCompletion" c ON c."sessionId" = s.id AND c."userId" = ${userId}::uuid
    WHERE ${filter}
    ORDER BY sr.title, sr.id, s.position NULLS FIRST, s.id`);

  const bySeries = new Map<string, LearnerSeries>();
  for (const row of rows) {
    let entry = bySeries.get(row.seriesId);
    if (!entry) {
      entry = {
        series: {
          id: row.seriesId,
          slug: row.seriesSlug,
          title: row.seriesTitle,
          rule: row.rule,
          requiredCount: row.requiredCount,
          unlockTitle: row.unlockTitle,
          unlockDescription: row.unlockDescription,
          sessions: [],
        },
        completions: [],
        unlockedAt: row.unlockedAt,
      };
      bySeries.set(row.seriesId, entry);
    }
    if (row.sessionId === null) continue; // a series without scheduled sessions
    entry.series.sessions.push({
      id: row.sessionId,
      slug: row.sessionSlug as string,
      title: row.sessionTitle as string,
      position: row.position,
      startsAt: row.startsAt,
      recordingUrl: row.recordingUrl,
      recordingAvailableFrom: row.recordingAvailableFrom,
      recordingAvailableUntil: row.recordingAvailableUntil,
      recordingMinutes: row.recordingMinutes,
    });
    if (row.completedAt) entry.completions.push({ sessionId: row.sessionId, completedAt: row.completedAt });
  }
  return [...bySeries.values()];
}

/**
 * `loadLearnerSeries` for one series and many learners (a bulk import's unlock check): the series
 * read once, then every listed learner's completions of its scheduled sessions and unlock in
 * one more round trip. Learners without either get an entry with none.
 */
export async function loadSeriesForLearners(run: SqlRunner, seriesId: string, userIds: string[]): Promise<Map<string, LearnerSeries>> {
  const byLearner = new Map<string, LearnerSeries>();
  const [definition] = await loadLearnerSeries(run, '00000000-0000-0000-0000-000000000000', Prisma.sql`sr.id = ${seriesId}::uuid`);
  if (!definition || userIds.length === 0) return byLearner;
  for (const userId of userIds) byLearner.set(userId, { series: definition.series, completions: [], unlockedAt: null });
  const rows = await run<{ userId: string; sessionId: string | null; completedAt: Date | null; unlockedAt: Date | null }>(Prisma.sql`
    SELECT c."userId", c."sessionId", c."completedAt", NULL::timestamptz AS "unlockedAt"
    FROM "SessionCompletion" c JOIN "Session" s ON s.id = c."sessionId"
    WHERE s."seriesId" = ${seriesId}::uuid AND s.status = 'SCHEDULED' AND c."userId" = ANY(${userIds}::uuid[])
    UNION ALL
    SELECT u."userId", NULL, NULL, u."unlockedAt" FROM "SeriesUnlock" u
    WHERE u."seriesId" = ${seriesId}::uuid AND u."userId" = ANY(${userIds}::uuid[])`);
  for (const row of rows) {
    const entry = byLearner.get(row.userId);
    if (!entry) continue;
    if (row.unlockedAt) entry.unlockedAt = row.unlockedAt;
    else if (row.sessionId && row.completedAt) entry.completions.push({ sessionId: row.sessionId, completedAt: row.completedAt });
  }
  return byLearner;
}
