import { BadgeIssuance } from '@stacks/badge-issuance';
import type { PrismaService } from '@stacks/db';
import { IntegrationEventType, integrationEventId, JobName } from '@stacks/queue-contracts';
import { registerLearner, type TestAccount } from '../../testing/accounts.js';
import { awardByAdmin, statusListSigned, waitForIssued } from '../../testing/badge-award.js';
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

  it('writes badge.awarded with the signed award, badge.revoked with a revocation, and both when the worker signs a re-issue', async () => {
    const badge = await createSeriesWithBadge(prisma);
    const learner = await registerLearner(app, 'Earner');
    const awarded = await awardByAdmin(app, admin, learner.id, badge.achievementSlug, undefined, { signHere: true });
    const [award] = await eventsOf(IntegrationEventType.BadgeAwarded, awarded.credentialId);
    expect(award.payload).toMatchObject({ type: 'badge.awarded', data: { credentialId: awarded.credentialId, userId: learner.id, achievementId: badge.achievementId } });

    const reissued = await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${awarded.credentialId}/reissue`, headers: admin.auth, payload: { reason: 'New key' } });
    expect(reissued.statusCode).toBe(202);
    // Nothing is superseded until the worker has signed the new credential (here, as it would).
    expect(await eventsOf(IntegrationEventType.BadgeRevoked, awarded.credentialId)).toHaveLength(0);
    const signedHere = await app.nest.get(BadgeIssuance).issueRequested(reissued.json().id);
    if (signedHere.credentialId) await statusListSigned(app, signedHere.credentialId, { signHere: true });
    const newId = (await waitForIssued(app, admin.auth, String(reissued.headers.location))).credentialId as string;
    expect(await eventsOf(IntegrationEventType.BadgeRevoked, awarded.credentialId)).toHaveLength(1);
    const [second] = await eventsOf(IntegrationEventType.BadgeAwarded, newId);
    expect(second.payload).toMatchObject({ data: { replacesCredentialId: awarded.credentialId } });

    const revoked = await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${newId}/revoke`, headers: admin.auth, payload: { reason: 'Awarded by mistake' } });
    expect(revoked.statusCode).toBeLessThan(300);
    const [revocation] = await eventsOf(IntegrationEventType.BadgeRevoked, newId);
    expect(revocation.payload).toMatchObject({ type: 'badge.revoked', data: { credentialId: newId, userId: learner.id, reason: 'Awarded by mistake' } });
  });
});
