import { PrismaService } from '@stacks/db';
import { createAdmin, createIssuerStaff, registerLearner, type TestAccount } from '../testing/accounts.js';
import { createSeriesFixture, createSeriesWithBadge } from '../testing/catalogue-fixture.js';
import { awardByAdmin } from '../testing/badge-award.js';
import { type BadgeTestApp, startBadgeTestApp } from '../testing/badge-test-app.js';
import type { TestApp } from '../testing/test-app.js';

/**
 * Who may call what. Every operation in the OpenAPI document must have an entry: a new route
 * without one fails this test. Each is called as four people: anonymous, the learner whose records
 * the path names (the owner, who has an enrolment, a completion and a badge), another learner, and
 * an admin. `learner` routes are scoped to the caller (`me`), so the only way to name another
 * learner's records is an admin route, which learners are refused; and no answer given to anyone
 * but the owner or an admin ever carries the owner's id or e-mail.
 *
 * Division staff (ISSUER_ADMIN) are called too, twice: staff of the issuer of the owner's badge and
 * staff of another issuer. `admin` routes refuse both; `staff` routes (badge awards, revocation,
 * re-issue) serve the first and give the second either a refusal or nothing of the owner's.
 */
type Access = 'public' | 'learner' | 'admin' | 'staff';
const MATRIX: Record<string, Access> = {
  'GET /health': 'public',
  'GET /health/ready': 'public',
  'POST /api/v1/auth/register': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/refresh': 'public',
  'POST /api/v1/auth/logout': 'learner',
  'GET /api/v1/me': 'learner',
  'PATCH /api/v1/me/profile': 'learner',
  'PATCH /api/v1/me/email': 'learner',
  'GET /api/v1/me/export': 'learner',
  'DELETE /api/v1/me': 'learner',
  'PATCH /api/v1/admin/learners/{userId}': 'admin',
  'DELETE /api/v1/admin/learners/{userId}': 'admin',
  'POST /api/v1/me/password': 'learner',
  'POST /api/v1/me/email/verification': 'learner',
  'POST /api/v1/auth/email/verify': 'public',
  'POST /api/v1/auth/password/forgot': 'public',
  'POST /api/v1/auth/password/reset': 'public',
  // Single sign-on (off here: 404 problems, still never a 401)
  'GET /api/v1/auth/oidc': 'public',
  'GET /api/v1/auth/oidc/start': 'public',
  'GET /api/v1/auth/oidc/callback': 'public',
  'POST /api/v1/auth/oidc/session': 'public',
  'GET /api/v1/programs': 'public',
  'GET /api/v1/programs/{idOrSlug}': 'public',
  'GET /api/v1/series/{idOrSlug}': 'public',
  'GET /api/v1/sessions': 'public',
  'GET /api/v1/sessions/{idOrSlug}': 'public',
  'GET /api/v1/key-dates': 'public',
  'GET /api/v1/sessions/{idOrSlug}/calendar.ics': 'public',
  'GET /api/v1/programs/{idOrSlug}/calendar.ics': 'public',
  'GET /api/v1/series/{idOrSlug}/calendar.ics': 'public',
  'GET /api/v1/calendar/feeds/{token}/stacks.ics': 'public',
  'GET /api/v1/me/calendar-feed': 'learner',
  'POST /api/v1/me/calendar-feed': 'learner',
  'DELETE /api/v1/me/calendar-feed': 'learner',
  'POST /api/v1/ask': 'public',
  'POST /api/v1/ask/topic': 'public',
  'PUT /api/v1/sessions/{session}/enrolment': 'learner',
  'DELETE /api/v1/sessions/{session}/enrolment': 'learner',
  'GET /api/v1/me/enrolments': 'learner',
  'POST /api/v1/me/completion-events': 'learner',
  'POST /api/v1/me/sessions/{session}/recording-heartbeats': 'learner',
  // Signed by Zoom, not by a Stacks account (off, 404, without ZOOM_WEBHOOK_SECRET_TOKEN)
  'POST /api/v1/integrations/zoom/events': 'public',
  'GET /api/v1/me/progress': 'learner',
  'GET /api/v1/me/progress/{series}': 'learner',
  'GET /api/v1/me/transcript': 'learner',
  'GET /api/v1/me/transcript/export': 'learner',
  'POST /api/v1/me/discord-link-code': 'learner',
  'GET /api/v1/me/discord-link': 'learner',
  'DELETE /api/v1/me/discord-link': 'learner',
  'POST /api/v1/admin/completion-events': 'admin',
  'GET /api/v1/admin/learners': 'admin',
  'GET /api/v1/admin/learners/{userId}/progress': 'admin',
  'GET /api/v1/admin/learners/{userId}/transcript': 'admin',
  'GET /api/v1/admin/series/{series}/funnel': 'admin',
  'POST /api/v1/admin/sessions': 'admin',
  'GET /api/v1/admin/sessions/{session}': 'admin',
  'PATCH /api/v1/admin/sessions/{session}': 'admin',
  'POST /api/v1/admin/sessions/{session}/cancel': 'admin',
  'POST /api/v1/admin/sessions/{session}/attendance-imports': 'admin',
  // Catalogue authoring (the web app's admin pages)
  'POST /api/v1/admin/programs': 'admin',
  'POST /api/v1/admin/series': 'admin',
  // Answering (issue 18): staff teach the bot
  'GET /api/v1/admin/faq': 'admin',
  'POST /api/v1/admin/faq': 'admin',
  'PATCH /api/v1/admin/faq/{faq}': 'admin',
  'POST /api/v1/admin/faq/{faq}/retire': 'admin',
  'GET /api/v1/admin/questions': 'admin',
  'POST /api/v1/ask/{id}/rating': 'public',
  'GET /api/v1/credentials/{credentialId}/holder': 'public',
  // Open Badges
  'GET /.well-known/did.json': 'public',
  'GET /issuers/{slug}/did.json': 'public',
  'GET /api/v1/achievements': 'public',
  'GET /api/v1/achievements/{idOrSlug}': 'public',
  'GET /api/v1/achievements/{idOrSlug}/image.svg': 'public',
  'GET /api/v1/credentials/{credentialId}': 'public',
  'GET /api/v1/credentials/{credentialId}/jws': 'public',
  'GET /api/v1/credentials/{credentialId}/page': 'public',
  'GET /api/v1/credentials/{credentialId}/badge.svg': 'public',
  'GET /api/v1/credentials/{credentialId}/badge.png': 'public',
  'GET /api/v1/status-lists/{id}': 'public',
  'POST /api/v1/verify': 'public',
  'GET /api/v1/me/badges': 'learner',
  'POST /api/v1/me/badges/{credentialId}/wallet-exchanges': 'learner',
  'GET /api/v1/me/wallet-exchanges/{exchangeId}': 'learner',
  'GET /api/v1/me/holder-did': 'learner',
  'PUT /api/v1/me/holder-did': 'learner',
  'DELETE /api/v1/me/holder-did': 'learner',
  'POST /api/v1/me/badges/{credentialId}/reissue-to-did': 'learner',
  'POST /api/v1/exchanges/{exchangeId}': 'public',
  'GET /api/v1/admin/badge-awards': 'staff',
  'POST /api/v1/admin/badge-awards': 'staff',
  'POST /api/v1/admin/credentials/{credentialId}/revoke': 'staff',
  'POST /api/v1/admin/credentials/{credentialId}/reissue': 'staff',
  'GET /api/v1/admin/badge-issuances': 'staff',
  'GET /api/v1/admin/badge-issuances/{issuanceId}': 'staff',
  'GET /api/v1/me/badge-issuances/{issuanceId}': 'learner',
  'GET /api/v1/admin/badges/expiring': 'admin',
  'PATCH /api/v1/admin/achievements/{idOrSlug}': 'admin',
  'GET /api/v1/pathways': 'public',
  'GET /api/v1/pathways/{slug}': 'public',
  'GET /api/v1/competencies': 'public',
  'GET /api/v1/competencies/{slug}': 'public',
  'GET /api/v1/me/pathways': 'learner',
  'GET /api/v1/me/self-assessment': 'learner',
  'POST /api/v1/me/self-assessment': 'learner',
  'GET /api/v1/me/competency-recommendations': 'learner',
  'PUT /api/v1/admin/pathways/{slug}': 'admin',
  'PUT /api/v1/admin/competencies/{slug}': 'admin',
  'PUT /api/v1/admin/achievements/{idOrSlug}/competencies': 'admin',
  'GET /api/v1/me/notification-preferences': 'learner',
  'PUT /api/v1/me/notification-preferences': 'learner',
  'GET /api/v1/notifications/unsubscribe': 'public',
  'POST /api/v1/notifications/unsubscribe': 'public',
  'GET /api/v1/admin/notification-deliveries': 'admin',
  'POST /api/v1/admin/notification-deliveries/{deliveryId}/replay': 'admin',
  'GET /api/v1/admin/webhooks/event-types': 'admin',
  'GET /api/v1/admin/webhooks': 'admin',
  'POST /api/v1/admin/webhooks': 'admin',
  'GET /api/v1/admin/webhooks/{id}': 'admin',
  'PATCH /api/v1/admin/webhooks/{id}': 'admin',
  'DELETE /api/v1/admin/webhooks/{id}': 'admin',
  'POST /api/v1/admin/webhooks/{id}/rotate-secret': 'admin',
  'POST /api/v1/admin/webhooks/{id}/test': 'admin',
  'GET /api/v1/admin/webhooks/{id}/deliveries': 'admin',
  'GET /api/v1/admin/webhook-deliveries': 'admin',
  'POST /api/v1/admin/webhook-deliveries/{deliveryId}/replay': 'admin',
  'GET /api/v1/me/xapi': 'learner',
  'POST /api/v1/admin/queues-dashboard/session': 'admin',
  // Resources, the program registry and cohorts (issue 20)
  'GET /api/v1/resources': 'public',
  'GET /api/v1/resources/{resource}': 'public',
  'GET /api/v1/resources/{resource}/file': 'public',
  'POST /api/v1/admin/resources': 'admin',
  'PATCH /api/v1/admin/resources/{resource}': 'admin',
  'DELETE /api/v1/admin/resources/{resource}': 'admin',
  'PUT /api/v1/admin/resources/{resource}/file': 'admin',
  'GET /api/v1/registry': 'public',
  'GET /api/v1/registry/export': 'public',
  'GET /api/v1/me/registry-submissions': 'learner',
  'POST /api/v1/me/registry-submissions': 'learner',
  'GET /api/v1/me/registry-submissions/{submission}': 'learner',
  'PATCH /api/v1/me/registry-submissions/{submission}': 'learner',
  'GET /api/v1/admin/registry-submissions': 'admin',
  'POST /api/v1/admin/registry-submissions/{submission}/decision': 'admin',
  'GET /api/v1/cohorts': 'public',
  'GET /api/v1/cohorts/{cohort}': 'public',
  'POST /api/v1/cohorts/{cohort}/applications': 'learner',
  'GET /api/v1/cohorts/{cohort}/progress': 'learner',
  'GET /api/v1/me/cohort-applications': 'learner',
  'GET /api/v1/me/cohort-applications/{application}': 'learner',
  'POST /api/v1/admin/cohorts': 'admin',
  'GET /api/v1/admin/cohorts/{cohort}/applications': 'admin',
  'GET /api/v1/admin/cohorts/{cohort}/progress': 'admin',
  'PUT /api/v1/admin/cohorts/{cohort}/badge': 'admin',
  'PUT /api/v1/admin/cohorts/{cohort}/sessions/{session}': 'admin',
  'POST /api/v1/admin/cohort-applications/{application}/decision': 'admin',
};

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

describe('authorisation matrix (from the OpenAPI document)', () => {
  let app: TestApp;
  let badgeApp: BadgeTestApp;
  let operations: string[];
  let owner: TestAccount;
  /** What only the owner's own answers may contain: who they are, and what they did. */
  let ownerIdentity: string[];
  let ownerRecords: string[];
  let otherLearner: TestAccount;
  let admin: TestAccount;
  let ownIssuerStaff: TestAccount;
  let otherIssuerStaff: TestAccount;
  let parameters: Record<string, string>;
  let prisma: PrismaService;

  beforeAll(async () => {
    // The worker signs the owner's badge (manual awards are signed there).
    badgeApp = await startBadgeTestApp({}, { worker: true });
    ({ app, prisma, admin } = badgeApp);
    const document = (await app.inject({ method: 'GET', url: '/docs-json' })).json() as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const fixture = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date(Date.now() + 86_400_000) });
    owner = await registerLearner(app, 'Owner');
    otherLearner = await registerLearner(app, 'Other');
    // The owner has records of every kind the routes return: an enrolment, a completion, a badge.
    const badged = await createSeriesWithBadge(prisma);
    const enrolled = await app.inject({ method: 'PUT', url: `/api/v1/sessions/${fixture.sessionSlugs[0]}/enrolment`, headers: owner.auth });
    const completed = await app.inject({
      method: 'POST',
      url: '/api/v1/me/completion-events',
      headers: owner.auth,
      payload: { session: badged.sessionSlugs[0], source: 'RECORDING_VIEWED', viewedPercent: 100 },
    });
    expect([enrolled.statusCode, completed.statusCode]).toEqual([201, 201]);
    const awarded = await awardByAdmin(app, admin, owner.id, badged.achievementSlug, 'Led a community conversation.');
    const ownerCredentialId = awarded.credentialId;
    const { issuerId } = await prisma.achievement.findUniqueOrThrow({ where: { id: badged.achievementId }, select: { issuerId: true } });
    const otherIssuer = await prisma.badgeIssuer.create({
      data: { slug: `other-division-${Date.now()}`, name: 'Another division', description: 'Staff of it manage its badges only.', url: 'https://division.example' },
    });
    ownIssuerStaff = await createIssuerStaff(app, prisma, [issuerId]);
    otherIssuerStaff = await createIssuerStaff(app, prisma, [otherIssuer.id]);
    // The owner's "Add to wallet" exchange: its id is the owner's record too.
    const exchange = await app.inject({ method: 'POST', url: `/api/v1/me/badges/${ownerCredentialId}/wallet-exchanges`, headers: owner.auth });
    expect(exchange.statusCode).toBe(201);
    const ownerExchangeId: string = exchange.json().id;
    ownerIdentity = [owner.id, owner.email];
    ownerRecords = [ownerCredentialId, ownerExchangeId, awarded.issuanceId, badged.seriesSlug, badged.sessionSlugs[0]];
    parameters = {
      idOrSlug: fixture.sessionSlugs[0],
      session: fixture.sessionSlugs[0],
      series: fixture.seriesSlug,
      // Admin routes about a learner always name the *owner*: the other learner must be refused.
      userId: owner.id,
      credentialId: ownerCredentialId,
      exchangeId: ownerExchangeId,
      issuanceId: awarded.issuanceId,
    };
  }, 60_000);
  afterAll(() => badgeApp?.close());

  it('has an entry for every documented operation, and no stale ones', () => {
    expect(operations.filter((operation) => !(operation in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((operation) => !operations.includes(operation))).toEqual([]);
  });

  it.each(Object.entries(MATRIX))('%s is %s', async (operation, access) => {
    const [method, template] = operation.split(' ');
    const url = template.replace(/\{(\w+)\}/g, (_match, name: string) => parameters[name.replace(/\W/g, '')] ?? parameters.idOrSlug);
    const call = (account?: TestAccount) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: account ? account.auth : {},
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
      });
    // Logging out revokes the caller's session, so that row gets accounts of its own.
    const signsOut = operation === 'POST /api/v1/auth/logout';
    const asOwnerAccount = signsOut ? await registerLearner(app, 'Leaving owner') : owner;
    const other = signsOut ? await registerLearner(app, 'Leaving') : otherLearner;
    const administrator = signsOut ? await createAdmin(app, prisma) : admin;
    const [anonymous, asOwner, asOther, asAdmin] = [await call(), await call(asOwnerAccount), await call(other), await call(administrator)];
    const staff = signsOut ? [] : [await call(ownIssuerStaff), await call(otherIssuerStaff)];
    const refused = (status: number) => status === 401 || status === 403;

    if (access === 'public') {
      expect(refused(anonymous.statusCode)).toBe(false);
    } else {
      expect(anonymous.statusCode).toBe(401);
    }
    if (access === 'admin' || access === 'staff') {
      expect(asOwner.statusCode).toBe(403);
      expect(asOther.statusCode).toBe(403);
    } else {
      expect(refused(asOwner.statusCode)).toBe(false);
      expect(refused(asOther.statusCode)).toBe(false);
    }
    expect(refused(asAdmin.statusCode)).toBe(false);
    const [asOwnIssuerStaff, asOtherIssuerStaff] = staff;
    if (access === 'admin') {
      expect([asOwnIssuerStaff.statusCode, asOtherIssuerStaff.statusCode]).toEqual([403, 403]);
    }
    if (access === 'staff') {
      expect(refused(asOwnIssuerStaff.statusCode)).toBe(false);
      // Another issuer's staff: refused, stopped by validation first, or given nothing of the owner's.
      if (asOtherIssuerStaff.statusCode < 300) {
        const leaked = [...ownerIdentity, ...ownerRecords].filter((marker) => asOtherIssuerStaff.body.includes(marker));
        expect({ who: 'staff of another issuer', leaked }).toEqual({ who: 'staff of another issuer', leaked: [] });
      } else {
        expect([400, 403]).toContain(asOtherIssuerStaff.statusCode);
      }
    }
    for (const response of [anonymous, asOwner, asOther, asAdmin, ...staff]) {
      expect(response.statusCode).toBeLessThan(500);
    }
    // Whatever anyone else is given, none of it is the owner's (a refusal only echoes the path
    // sent). Public routes may show the owner's credential by its id, never who they are.
    const mustNotShow = access === 'public' ? ownerIdentity : [...ownerIdentity, ...ownerRecords];
    for (const [who, response] of [['anonymous', anonymous], ['other learner', asOther]] as const) {
      if (response.statusCode >= 300) continue;
      expect({ who, leaked: mustNotShow.filter((marker) => response.body.includes(marker)) }).toEqual({ who, leaked: [] });
    }
  });
});
