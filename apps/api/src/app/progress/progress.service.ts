import { Injectable } from '@nestjs/common';
import { loadLearnerSeries, PrismaService, ReadPrismaService, touchedBy } from '@stacks/db';
import { describeSeriesProgress, sessionCreditHours, summariseTranscript, transcriptCsv } from '@stacks/learning-domain';
import { sqlIdOrSlug, whereIdOrSlug } from '../common/id-or-slug.js';
import { notFound } from '../problem/domain-error.js';
import type { SeriesFunnelDto, SeriesProgressDto, TranscriptDto } from './dto/progress.dto.js';

@Injectable()
export class ProgressService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly read: ReadPrismaService,
  ) {}

  /**
   * Progress in every series the learner has touched (an enrolment, a completion or an unlock),
   * or in one named series. Reads the primary so a learner sees their own last write.
   */
  async seriesProgress(userId: string, onlySeries?: string): Promise<SeriesProgressDto[]> {
    const only = onlySeries ? whereIdOrSlug(onlySeries) : undefined;
    if (onlySeries && !only) throw notFound('Series', onlySeries);
    const learnerSeries = await loadLearnerSeries(this.prisma.sql, userId, only ? sqlIdOrSlug(only, 'sr') : touchedBy(userId));
    if (onlySeries && learnerSeries.length === 0) throw notFound('Series', onlySeries);
    const now = new Date();
    return learnerSeries.map(({ series, completions, unlockedAt }) => describeSeriesProgress(series, completions, unlockedAt, now));
  }

  async transcript(userId: string): Promise<TranscriptDto> {
    const { dto } = await this.transcriptWithSummary(userId);
    return dto;
  }

  /** The downloadable transcript: CSV rows with the same hours as the JSON, or the JSON itself. */
  async transcriptExport(userId: string, format: 'csv' | 'json'): Promise<{ body: string; contentType: string }> {
    const { dto, summary, learnerName } = await this.transcriptWithSummary(userId);
    return format === 'csv'
      ? { body: transcriptCsv(summary, learnerName), contentType: 'text/csv; charset=utf-8' }
      : { body: JSON.stringify({ learner: learnerName, ...dto }, null, 2), contentType: 'application/json; charset=utf-8' };
  }

  private async transcriptWithSummary(userId: string) {
    const [completions, unlocks, badges, learner] = await Promise.all([
      this.prisma.sessionCompletion.findMany({
        where: { userId },
        include: { session: { include: { program: { select: { title: true } }, series: { select: { title: true } } } } },
        take: 5000,
      }),
      this.prisma.seriesUnlock.findMany({ where: { userId }, include: { series: true }, orderBy: { unlockedAt: 'desc' } }),
      // Credentials in force (not revoked), with the hours they state.
      this.prisma.badgeCredential.findMany({
        where: { revokedAt: null, award: { userId } },
        include: { award: { include: { achievement: { select: { slug: true, name: true } } } } },
        orderBy: { issuedAt: 'desc' },
      }),
      this.prisma.user.findUnique({ where: { id: userId }, select: { displayName: true } }),
    ]);
    const summary = summariseTranscript(
      completions.map((completion) => ({
        sessionId: completion.session.slug,
        title: completion.session.title,
        programTitle: completion.session.program.title,
        seriesTitle: completion.session.series?.title ?? null,
        completedAt: completion.completedAt,
        source: completion.source,
        hours: sessionCreditHours(completion.session),
      })),
    );
    const dto: TranscriptDto = {
      items: summary.items.map(({ sessionId, ...item }) => ({ session: sessionId, ...item })),
      totalHours: summary.totalHours,
      sessionsCompleted: summary.sessionsCompleted,
      unlocks: unlocks.map((unlock) => ({
        series: unlock.series.slug,
        title: unlock.series.unlockTitle,
        description: unlock.series.unlockDescription,
        unlockedAt: unlock.unlockedAt,
      })),
      badges: badges.map((credential) => ({
        credentialId: credential.id,
        achievement: credential.award.achievement.slug,
        name: credential.award.achievement.name,
        issuedAt: credential.issuedAt,
        validUntil: credential.validUntil,
        creditsEarned: credential.creditsEarned === null ? null : Number(credential.creditsEarned),
      })),
    };
    return { dto, summary, learnerName: learner?.displayName ?? '' };
  }

  /** Admin report: how far learners get through a series. Reads the replica when configured. */
  async funnel(seriesIdOrSlug: string): Promise<SeriesFunnelDto> {
    const where = whereIdOrSlug(seriesIdOrSlug);
    const series = where
      ? await this.read.client.series.findFirst({ where, include: { sessions: { where: { status: 'SCHEDULED' }, select: { id: true } } } })
      : null;
    if (!series) throw notFound('Series', seriesIdOrSlug);
    const sessionIds = series.sessions.map((session) => session.id);
    const [enrolled, perLearner, unlocked] = await Promise.all([
      this.read.client.$queryRaw<{ count: bigint }[]>`
        SELECT count(DISTINCT "userId") AS count FROM "Enrolment"
         WHERE "sessionId" = ANY(${sessionIds}::uuid[]) AND status <> 'CANCELLED'`,
      this.read.client.$queryRaw<{ completed: number; learners: bigint }[]>`
        SELECT completed::int AS completed, count(*) AS learners FROM (
          SELECT "userId", count(*) AS completed FROM "SessionCompletion"
           WHERE "sessionId" = ANY(${sessionIds}::uuid[]) GROUP BY "userId") per_learner
         GROUP BY completed ORDER BY completed`,
      this.read.client.seriesUnlock.count({ where: { seriesId: series.id } }),
    ]);
    const byCompletedCount = perLearner.map((row) => ({ completed: row.completed, learners: Number(row.learners) }));
    return {
      series: series.slug,
      totalSessions: sessionIds.length,
      requiredSessions: series.rule === 'ANY_K' && series.requiredCount ? series.requiredCount : sessionIds.length,
      enrolled: Number(enrolled[0]?.count ?? 0),
      started: byCompletedCount.reduce((sum, step) => sum + step.learners, 0),
      byCompletedCount,
      unlocked,
    };
  }
}
