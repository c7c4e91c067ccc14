import { registerLearner } from '../../testing/accounts.js';
import { awardByAdmin } from '../../testing/badge-award.js';
import { type BadgeTestApp, startBadgeTestApp } from '../../testing/badge-test-app.js';
import { createSeriesWithBadge } from '../../testing/catalogue-fixture.js';
import type { TestApp } from '../../testing/test-app.js';

describe('GET /api/v1/credentials/{credentialId}/holder', () => {
  let badgeApp: BadgeTestApp;
  let app: TestApp;
  beforeAll(async () => {
    badgeApp = await startBadgeTestApp({}, { worker: true });
    app = badgeApp.app;
  }, 60_000);
  afterAll(() => badgeApp?.close());

  it('names the learner a credential was awarded to, to anyone, without signing in', async () => {
    const { prisma, admin } = badgeApp;
    const [learner, series] = [await registerLearner(app, 'Holder'), await createSeriesWithBadge(prisma)];
    const { credentialId } = await awardByAdmin(app, admin, learner.id, series.achievementSlug, 'Hosted a community conversation.');
    const response = await app.inject({ method: 'GET', url: `/api/v1/credentials/${credentialId.toUpperCase()}/holder` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ credentialId, name: 'Holder' });
  });

  it('answers a malformed id with 400 naming the field and rule, and an unknown one with 404', async () => {
    const malformed = await app.inject({ method: 'GET', url: '/api/v1/credentials/not-a-uuid/holder' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect(malformed.json().errors).toEqual([expect.objectContaining({ field: 'credentialId', rule: 'isUuid' })]);
    const unknown = await app.inject({ method: 'GET', url: '/api/v1/credentials/00000000-0000-4000-8000-000000000000/holder' });
    expect(unknown.statusCode).toBe(404);
  });
});
