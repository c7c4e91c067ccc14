import type { PrismaService } from '@stacks/db';
import { IntegrationEventType, integrationEventId, JobName } from '@stacks/queue-contracts';
import { registerLearner, type TestAccount } from '../../testing/accounts.js';
import { awardByAdmin } from '../../testing/badge-award.js';
import { startBadgeTestApp } from '../../testing/badge-test-app.js';
import { createSeriesWithBadge } from '../../testing/catalogue-fixture.js';
import type { TestApp } from '../../testing/test-app.js';

describe('badge facts as integration events (award, revoke, re-issue), in the issuing transaction', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;

  beforeAll(async () => {
    ({ app, prisma, admin } = await startBadgeTestApp());
  }, 60_000);
  afterAll(() => app?.close());

  const eventsOf = (type: string, credentialId: string) =>
    prisma.outboxEvent.findMany({ where: { jobName: JobName.IntegrationEvent, jobId: `integration-event.${integrationEventId(type as IntegrationEventType, credentialId)}` } });

  it('writes badge.awarded with the award, badge.revoked with a revocation, and both for a re-issue', async () => {
    const badge = await createSeriesWithBadge(prisma);
    const learner = await registerLearner(app, 'Earner');
    const awarded = await awardByAdmin(app, admin, learner.id, badge.achievementSlug);
    const [award] = await eventsOf(IntegrationEventType.BadgeAwarded, awarded.credentialId);
    expect(award.payload).toMatchObject({ type: 'badge.awarded', data: { credentialId: awarded.credentialId, userId: learner.id, achievementId: badge.achievementId } });

    const reissued = await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${awarded.credentialId}/reissue`, headers: admin.auth, payload: { reason: 'New key' } });
    expect(reissued.statusCode).toBeLessThan(300);
    const newId = reissued.json().credentialId as string;
    expect(await eventsOf(IntegrationEventType.BadgeRevoked, awarded.credentialId)).toHaveLength(1);
    const [second] = await eventsOf(IntegrationEventType.BadgeAwarded, newId);
    expect(second.payload).toMatchObject({ data: { replacesCredentialId: awarded.credentialId } });

    const revoked = await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${newId}/revoke`, headers: admin.auth, payload: { reason: 'Awarded by mistake' } });
    expect(revoked.statusCode).toBeLessThan(300);
    const [revocation] = await eventsOf(IntegrationEventType.BadgeRevoked, newId);
    expect(revocation.payload).toMatchObject({ type: 'badge.revoked', data: { credentialId: newId, userId: learner.id, reason: 'Awarded by mistake' } });
  });
});
