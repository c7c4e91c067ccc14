import { decodeJws } from '@stacks/badges';
import { parseCsv } from '@stacks/learning-domain';
import { PrismaService } from '@stacks/db';
import { waitFor } from '@stacks/test-processes';
import { registerLearner, type TestAccount } from '../../testing/accounts.js';
import { statusListSigned } from '../../testing/badge-award.js';
import { createSeriesWithBadge } from '../../testing/catalogue-fixture.js';
import { type BadgeTestApp, startBadgeTestApp } from '../../testing/badge-test-app.js';
import type { TestApp } from '../../testing/test-app.js';

describe('continuing-education hours: sessions → badge → transcript and its export', () => {
  let badgeApp: BadgeTestApp;
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;

  beforeAll(async () => {
    badgeApp = await startBadgeTestApp({}, { worker: true });
    ({ app, prisma, admin } = badgeApp);
  }, 60_000);
  afterAll(() => badgeApp?.close());

  const complete = (learner: TestAccount, session: string) =>
    app.inject({ method: 'POST', url: '/api/v1/me/completion-events', headers: learner.auth, payload: { session, source: 'RECORDING_VIEWED', viewedPercent: 100 } });

  it('an admin sets a session’s hours; the badge states them; the transcript and its CSV and JSON files show the same hours', async () => {
    // Three 60-minute recordings; part 2 is worth 1.5 hours by an admin's decision: 3.5 hours in all.
    const series = await createSeriesWithBadge(prisma);
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/sessions/${series.sessionSlugs[1]}`,
      headers: admin.auth,
      payload: { creditHours: 1.5 },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().creditHours).toBe(1.5);

    const achievement = (await app.inject({ method: 'GET', url: `/api/v1/achievements/${series.achievementSlug}` })).json();
    expect(achievement.creditsAvailable).toBe(3.5);

    const learner = await registerLearner(app, 'Hours');
    for (const session of series.sessionSlugs) expect((await complete(learner, session)).statusCode).toBe(201);
    // Completing the series earns the badge: the worker awards and signs it.
    const credentialId = await waitFor(
      async () => (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: learner.auth })).json()[0]?.credentialId as string | undefined,
      30_000,
      'the worker to award the series badge',
    );

    const credential = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${credentialId}` })).json();
    expect(credential.credentialSubject.creditsEarned).toBe(3.5);
    expect(credential.credentialSubject.achievement.creditsAvailable).toBe(3.5);
    // The stored JWS, which verifiers check, carries the same hours.
    const jws = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${credentialId}/jws` })).body;
    await statusListSigned(app, credentialId);
    expect((await app.inject({ method: 'POST', url: '/api/v1/verify', payload: { credential: jws } })).json()).toMatchObject({ verified: true });
    const signed = decodeJws(jws);
    expect(signed.ok && signed.payload).toMatchObject({ credentialSubject: { creditsEarned: 3.5, achievement: { creditsAvailable: 3.5 } } });

    const [badge] = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: learner.auth })).json();
    expect(badge).toMatchObject({ creditsEarned: 3.5, achievement: { creditsAvailable: 3.5 } });

    const transcript = (await app.inject({ method: 'GET', url: '/api/v1/me/transcript', headers: learner.auth })).json();
    expect(transcript.totalHours).toBe(3.5);
    expect(transcript.items.map((item: { hours: number }) => item.hours).sort()).toEqual([1, 1, 1.5]);
    expect(transcript.badges).toEqual([expect.objectContaining({ credentialId, creditsEarned: 3.5 })]);

    const csv = await app.inject({ method: 'GET', url: '/api/v1/me/transcript/export?format=csv', headers: learner.auth });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="stacks-transcript.csv"');
    const rows = parseCsv(csv.body).map((record) => record.fields);
    expect(rows).toHaveLength(5);
    expect(rows.slice(1, 4).map((row) => Number(row[6])).reduce((sum, hours) => sum + hours, 0)).toBe(3.5);
    expect(rows[4]).toEqual(['', '', 'Total for Hours', '', '', '3 sessions', '3.5']);

    const json = await app.inject({ method: 'GET', url: '/api/v1/me/transcript/export?format=json', headers: learner.auth });
    expect(json.headers['content-disposition']).toBe('attachment; filename="stacks-transcript.json"');
    expect(json.json()).toMatchObject({ learner: 'Hours', totalHours: 3.5, badges: [{ creditsEarned: 3.5 }] });
  });

  it('refuses bad hours and formats with a 400 naming the field', async () => {
    const series = await createSeriesWithBadge(prisma);
    for (const creditHours of [1.234, -1, 'two']) {
      const response = await app.inject({ method: 'PATCH', url: `/api/v1/admin/sessions/${series.sessionSlugs[0]}`, headers: admin.auth, payload: { creditHours } });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).toContain('creditHours');
    }
    const learner = await registerLearner(app, 'Format');
    const response = await app.inject({ method: 'GET', url: '/api/v1/me/transcript/export?format=pdf', headers: learner.auth });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'format' })]);
  });

  it('a series whose sessions state no length carries no hours, rather than zero', async () => {
    const series = await createSeriesWithBadge(prisma);
    await prisma.session.updateMany({ where: { id: { in: series.sessionIds } }, data: { recordingMinutes: null } });
    const achievement = (await app.inject({ method: 'GET', url: `/api/v1/achievements/${series.achievementSlug}` })).json();
    expect(achievement).not.toHaveProperty('creditsAvailable');
  });
});
