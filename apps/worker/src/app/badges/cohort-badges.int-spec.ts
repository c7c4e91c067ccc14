import { randomUUID } from 'node:crypto';
import { enqueueOutboxEvent, type PrismaClient } from '@stacks/db';
import { JobName, QueueName, type SessionCompletedPayload } from '@stacks/queue-contracts';
import { redisConnectionOptions } from '@stacks/queues';
import { waitFor } from '@stacks/test-processes';
import { Queue } from 'bullmq';
import { type DeliveryStack, startDeliveryStack } from '../../testing/delivery-stack.js';

/**
 * A cohort's badge through the real path: completions write session-completed outbox rows, the
 * relay publishes them, the worker process (PostgreSQL, Redis) awards and signs through
 * BadgeIssuance. Selected teams' members who complete every session get it once; nobody else does.
 */
describe('cohort badges issued by the worker (PostgreSQL, Redis, the worker process)', () => {
  let stack: DeliveryStack;
  let prisma: PrismaClient;
  let learningEvents: Queue;

  beforeAll(async () => {
    stack = await startDeliveryStack('cohort-badges');
    ({ prisma } = stack);
    learningEvents = new Queue(QueueName.LearningEvents, { connection: redisConnectionOptions(stack.redisUrl), prefix: stack.prefix });
  }, 40_000);

  afterAll(async () => {
    await learningEvents?.obliterate({ force: true }).catch(() => undefined);
    await learningEvents?.close();
    await stack?.stop();
  });

  /** Every outbox row published and the learning-events queue drained: what was enqueued has run. */
  const settled = () =>
    waitFor(
      async () => {
        if ((await prisma.outboxEvent.count({ where: { publishedAt: null } })) > 0) return false;
        const counts = await learningEvents.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return Object.values(counts).every((count) => count === 0);
      },
      20_000,
      'the outbox and the learning-events queue to drain',
    );

  async function cohortWithTeams() {
    const tag = randomUUID().slice(0, 8);
    const issuer = await prisma.badgeIssuer.upsert({
      where: { slug: 'ala' },
      create: { slug: 'ala', name: 'American Library Association', description: 'The association.', url: 'https://www.ala.org', isPrimary: true },
      update: {},
    });
    const program = await prisma.program.create({
      data: { slug: `cohort-program-${tag}`, title: 'Public Innovators', kind: 'COHORT', summary: 'Cohort', description: 'Cohort', audience: 'Library teams', libraryTypes: ['PUBLIC'] },
    });
    const cohort = await prisma.cohort.create({ data: { slug: `innovators-${tag}`, programId: program.id, title: 'Public Innovators test', capacity: 2, questions: [] } });
    const sessions = await Promise.all(
      [1, 2].map((part) =>
        prisma.session.create({
          data: { programId: program.id, cohortId: cohort.id, slug: `innovators-${tag}-part-${part}`, title: `Team session ${part}`, description: 'For the cohort', type: 'WORKSHOP', startsAt: new Date(Date.now() + part * 86_400_000) },
        }),
      ),
    );
    const user = (name: string) => prisma.user.create({ data: { email: `${name}-${tag}@library.example`, passwordHash: 'x', displayName: `${name} ${tag}` } });
    const [lead, teammate, declinedLead, declinedMember] = await Promise.all([user('lead'), user('teammate'), user('declined-lead'), user('declined-member')]);
    const application = (applicantId: string, status: 'SELECTED' | 'DECLINED', members: { id: string; email: string }[]) =>
      prisma.cohortApplication.create({
        data: {
          cohortId: cohort.id,
          applicantId,
          libraryName: `Library ${status}`,
          city: 'Tucson',
          state: 'AZ',
          answers: [],
          status,
          members: { create: members.map((member) => ({ name: member.email, email: member.email })) },
        },
      });
    await application(lead.id, 'SELECTED', [lead, teammate]);
    await application(declinedLead.id, 'DECLINED', [declinedLead, declinedMember]);
    await prisma.cohort.update({ where: { id: cohort.id }, data: { selectedCount: 1 } });
    const badge = await prisma.achievement.create({
      data: { slug: `innovators-badge-${tag}`, issuerId: issuer.id, name: 'Innovators team member', description: 'A member of a selected team.', criteriaNarrative: 'Completed every session of the cohort.', rule: 'COHORT_COMPLETED', cohortId: cohort.id, tags: ['cohort'] },
    });
    return { cohort, sessions, badge, lead, teammate, declinedLead, declinedMember };
  }

  /** What the completion recorder writes: the completion and its session-completed outbox row, in one transaction. */
  const complete = (userId: string, session: { id: string }) =>
    prisma.$transaction(async (tx) => {
      const completedAt = new Date();
      await tx.sessionCompletion.upsert({ where: { userId_sessionId: { userId, sessionId: session.id } }, create: { userId, sessionId: session.id, source: 'ADMIN_MARK', completedAt }, update: {} });
      const payload: SessionCompletedPayload = { userId, sessionId: session.id, seriesId: null, completedAt: completedAt.toISOString() };
      await enqueueOutboxEvent(tx, { name: JobName.SessionCompleted, data: payload });
      return payload;
    });
  const awardsOf = (achievementId: string) => prisma.badgeAward.findMany({ where: { achievementId }, include: { credentials: true }, orderBy: { createdAt: 'asc' } });

  it('a selected team member who completes every cohort session gets the badge once, however often the events repeat', async () => {
    const { sessions, badge, teammate } = await cohortWithTeams();
    await complete(teammate.id, sessions[0]);
    await settled();
    expect(await awardsOf(badge.id)).toEqual([]); // one of two sessions: not yet

    const last = await complete(teammate.id, sessions[1]);
    await waitFor(async () => (await awardsOf(badge.id)).length === 1, 20_000, 'the cohort badge');
    const [award] = await awardsOf(badge.id);
    expect(award.userId).toBe(teammate.id);
    expect(award.credentials).toHaveLength(1);
    expect(award.credentials[0]).toMatchObject({ revokedAt: null });
    expect(await prisma.outboxEvent.count({ where: { jobName: JobName.BadgeAwarded, jobId: { contains: award.credentials[0].id } } })).toBe(1);

    // Retries: the recorder's transaction again (same job id), and the job delivered again under another id.
    await complete(teammate.id, sessions[1]);
    await learningEvents.add(JobName.SessionCompleted, last, { jobId: `replay.${randomUUID()}` });
    await learningEvents.add(JobName.SessionCompleted, { ...last, sessionId: sessions[0].id }, { jobId: `replay.${randomUUID()}` });
    await settled();
    const after = await awardsOf(badge.id);
    expect(after).toHaveLength(1);
    expect(after[0].credentials).toHaveLength(1);
  }, 60_000);

  it('members of a team that was not selected get nothing, even with every session completed', async () => {
    const { sessions, badge, declinedLead, declinedMember } = await cohortWithTeams();
    for (const user of [declinedLead, declinedMember]) for (const session of sessions) await complete(user.id, session);
    await settled();
    expect(await awardsOf(badge.id)).toEqual([]);
  }, 60_000);

  it('linking a badge after a team finished issues it to that team, through the cohort-badge-changed job, once', async () => {
    const { cohort, sessions, badge, lead, declinedLead } = await cohortWithTeams();
    // Completions the worker heard about before the cohort had a badge: nothing to award then.
    await prisma.achievement.update({ where: { id: badge.id }, data: { cohortId: null, rule: 'MANUAL' } });
    for (const user of [lead, declinedLead]) for (const session of sessions) await complete(user.id, session);
    await settled();
    expect(await awardsOf(badge.id)).toEqual([]);

    // The admin links the badge (what PUT /admin/cohorts/{cohort}/badge writes), and the job is repeated.
    const linked = await prisma.achievement.update({ where: { id: badge.id }, data: { cohortId: cohort.id, rule: 'COHORT_COMPLETED' } });
    const changed = { cohortId: cohort.id, cohortSlug: cohort.slug, achievementId: badge.id, version: linked.updatedAt.getTime() };
    await prisma.$transaction((tx) => enqueueOutboxEvent(tx, { name: JobName.CohortBadgeChanged, data: changed }));
    await waitFor(async () => (await awardsOf(badge.id)).length === 1, 20_000, 'the cohort badge after linking');
    await learningEvents.add(JobName.CohortBadgeChanged, changed, { jobId: `replay.${randomUUID()}` });
    await settled();
    const awards = await awardsOf(badge.id);
    expect(awards.map((award) => award.userId)).toEqual([lead.id]);
    expect(awards[0].credentials).toHaveLength(1);
  }, 60_000);
});
