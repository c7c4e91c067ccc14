import { PrismaService } from '@stacks/db';
import { registerLearner, type TestAccount } from '../../testing/accounts.js';
import { awardByAdmin } from '../../testing/badge-award.js';
import { createSeriesWithBadge } from '../../testing/catalogue-fixture.js';
import { type BadgeTestApp, startBadgeTestApp } from '../../testing/badge-test-app.js';
import type { TestApp } from '../../testing/test-app.js';

const DAY_MS = 86_400_000;

describe('badge expiry: validity periods and what expires when', () => {
  let badgeApp: BadgeTestApp;
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;

  beforeAll(async () => {
    badgeApp = await startBadgeTestApp({}, { worker: true });
    ({ app, prisma, admin } = badgeApp);
  }, 60_000);
  afterAll(() => badgeApp?.close());

  const award = (learner: TestAccount, achievement: string) => awardByAdmin(app, admin, learner.id, achievement);
  const expiring = (query: string) => app.inject({ method: 'GET', url: `/api/v1/admin/badges/expiring?${query}`, headers: admin.auth });

  it('an admin sets a validity period; credentials issued after it get validUntil; the report lists what expires in the window, soonest first', async () => {
    const soon = await createSeriesWithBadge(prisma);
    const later = await createSeriesWithBadge(prisma, { validForDays: 200 });
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/achievements/${soon.achievementSlug}`,
      headers: admin.auth,
      payload: { validForDays: 20, renewalInstructions: 'Watch the 2027 refresher, then ask for a re-issue.' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ validForDays: 20, renewalInstructions: 'Watch the 2027 refresher, then ask for a re-issue.' });
    expect(await prisma.auditEntry.count({ where: { action: 'achievement.update', subjectId: soon.achievementId } })).toBe(1);

    const maya = await registerLearner(app, 'Maya');
    const sam = await registerLearner(app, 'Sam');
    const mayaSoon = await award(maya, soon.achievementSlug);
    const samLater = await award(sam, later.achievementSlug);
    const issued = Date.now();
    expect(Math.abs(new Date(mayaSoon.validUntil as string).getTime() - (issued + 20 * DAY_MS))).toBeLessThan(60_000);
    const credential = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${mayaSoon.credentialId}` })).json();
    expect(credential.validUntil).toBe(new Date(mayaSoon.validUntil as string).toISOString().replace(/\.\d{3}Z$/, 'Z'));

    const month = (await expiring('within=30&limit=100')).json();
    const mine = month.items.filter((item: { credentialId: string }) => [mayaSoon.credentialId, samLater.credentialId].includes(item.credentialId));
    expect(mine).toEqual([
      expect.objectContaining({
        credentialId: mayaSoon.credentialId,
        daysLeft: 19,
        holder: { userId: maya.id, email: maya.email, displayName: 'Maya' },
        achievement: expect.objectContaining({ slug: soon.achievementSlug, validForDays: 20 }),
        renewal: 'Watch the 2027 refresher, then ask for a re-issue.',
        credentialPage: expect.stringContaining(`/credentials/${mayaSoon.credentialId}/page`),
      }),
    ]);
    const year = (await expiring('within=365&limit=100')).json();
    const order = year.items.map((item: { credentialId: string }) => item.credentialId);
    expect(order.indexOf(mayaSoon.credentialId)).toBeLessThan(order.indexOf(samLater.credentialId));
    const samItem = year.items.find((item: { credentialId: string }) => item.credentialId === samLater.credentialId);
    expect(samItem.renewal).toBe('To renew this badge, contact Test Division (https://division.example.org).');

    // A revoked credential no longer expires: it is gone from the report.
    await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${mayaSoon.credentialId}/revoke`, headers: admin.auth, payload: { reason: 'Awarded by mistake' } });
    const after = (await expiring('within=30&limit=100')).json();
    expect(after.items.map((item: { credentialId: string }) => item.credentialId)).not.toContain(mayaSoon.credentialId);

    // Clearing the period: the next credential does not expire.
    await app.inject({ method: 'PATCH', url: `/api/v1/admin/achievements/${soon.achievementSlug}`, headers: admin.auth, payload: { validForDays: null } });
    expect((await award(await registerLearner(app, 'Lee'), soon.achievementSlug)).validUntil).toBeNull();
  });

  it('bad input is a 400 naming the field', async () => {
    const series = await createSeriesWithBadge(prisma);
    for (const [query, field] of [['within=0', 'within'], ['within=soon', 'within'], ['within=731', 'within']]) {
      const response = await expiring(query);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    for (const payload of [{ validForDays: 0 }, { validForDays: 1.5 }, { renewalInstructions: 'x' }, { colour: 'red' }]) {
      const response = await app.inject({ method: 'PATCH', url: `/api/v1/admin/achievements/${series.achievementSlug}`, headers: admin.auth, payload });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(Object.keys(payload)[0]);
    }
    const missing = await app.inject({ method: 'PATCH', url: '/api/v1/admin/achievements/no-such-badge', headers: admin.auth, payload: { validForDays: 30 } });
    expect(missing.statusCode).toBe(404);
  });
});
