import { PrismaService } from '@stacks/db';
import { createAdmin, registerLearner } from '../../testing/accounts.js';
import { createSeriesWithBadge, ensurePrimaryIssuer } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('GET /api/v1/credentials/{credentialId}/holder', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await ensurePrimaryIssuer(app.nest.get(PrismaService));
  });
  afterAll(() => app.close());

  it('names the learner a credential was awarded to, to anyone, without signing in', async () => {
    const prisma = app.nest.get(PrismaService);
    const [admin, learner, series] = [await createAdmin(app, prisma), await registerLearner(app, 'Holder'), await createSeriesWithBadge(prisma)];
    const awarded = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/badge-awards',
      headers: admin.auth,
      payload: { learnerId: learner.id, achievement: series.achievementSlug, evidenceNarrative: 'Hosted a community conversation.' },
    });
    expect(awarded.statusCode).toBe(201);
    const credentialId: string = awarded.json().credentialId;
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
