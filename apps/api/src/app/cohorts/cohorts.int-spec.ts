import { randomUUID } from 'node:crypto';
import { PrismaService } from '@stacks/db';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { createProgramFixture, ensurePrimaryIssuer } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('cohorts: teams apply, staff select a fixed number, selected teams get their own sessions', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  let program: string;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
    admin = await createAdmin(app, prisma);
    await ensurePrimaryIssuer(prisma);
    program = await createProgramFixture(prisma, { slugPrefix: 'cohort', title: 'Public Innovators test cohort', kind: 'COHORT', summary: 'Cohort', audience: 'Public library teams' });
  });
  afterAll(() => app.close());

  const QUESTIONS = ['Which community challenge will your team take on?', 'Who leads the team?'];
  const openCohort = async (capacity: number) => {
    const slug = `intake-${randomUUID().slice(0, 8)}`;
    const created = await app.inject({ method: 'POST', url: '/api/v1/admin/cohorts', headers: admin.auth, payload: { slug, program, title: 'Quokka Innovators', capacity, questions: QUESTIONS } });
    expect(created.statusCode).toBe(201);
    return slug;
  };
  const apply = (learner: TestAccount, cohort: string, members = [{ name: 'Lead', email: learner.email }]) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/cohorts/${cohort}/applications`,
      headers: learner.auth,
      payload: { libraryName: 'Juniper Street Branch Library', city: 'Tucson', state: 'AZ', answers: ['Food access', 'The branch manager'], members },
    });
  const decide = (application: string, decision: 'select' | 'decline') =>
    app.inject({ method: 'POST', url: `/api/v1/admin/cohort-applications/${application}/decision`, headers: admin.auth, payload: { decision } });

  it('never selects more teams than the capacity, even when staff select concurrently', async () => {
    const cohort = await openCohort(3);
    const applicants = await Promise.all(Array.from({ length: 8 }, (_, index) => registerLearner(app, `Team${index}`)));
    const ids: string[] = [];
    for (const applicant of applicants) {
      const response = await apply(applicant, cohort);
      expect(response.statusCode).toBe(201);
      ids.push(response.json().id);
    }
    const results = await Promise.all(ids.map((id) => decide(id, 'select')));
    const statuses = results.map((result) => result.statusCode).sort();
    expect(statuses).toEqual([200, 200, 200, 409, 409, 409, 409, 409]);
    expect(results.find((result) => result.statusCode === 409)?.json().errors).toEqual([expect.objectContaining({ field: 'decision', rule: 'capacity' })]);
    const row = await prisma.cohort.findUniqueOrThrow({ where: { slug: cohort } });
    expect(row.selectedCount).toBe(3);
    expect(await prisma.cohortApplication.count({ where: { cohortId: row.id, status: 'SELECTED' } })).toBe(3);
    // One notice per decision taken; the refused selections wrote none.
    expect(await prisma.outboxEvent.count({ where: { jobName: 'decision-notice', jobId: { in: ids.map((id) => `decision-notice.cohort-application.${id}.1`) } } })).toBe(3);

    // Declining a selected team frees its seat for another.
    const selected = results.map((result, index) => (result.statusCode === 200 ? ids[index] : null)).filter((id): id is string => id !== null);
    const waiting = ids.find((id) => !selected.includes(id)) as string;
    expect((await decide(selected[0], 'decline')).json()).toMatchObject({ status: 'DECLINED' });
    expect((await decide(waiting, 'select')).statusCode).toBe(200);
    expect((await decide(waiting, 'select')).statusCode).toBe(200);
    expect((await prisma.cohort.findUniqueOrThrow({ where: { slug: cohort } })).selectedCount).toBe(3);
  });

  it("shows an application to its applicant only, and names what an application lacks", async () => {
    const cohort = await openCohort(2);
    const applicant = await registerLearner(app, 'Applicant');
    const other = await registerLearner(app, 'Other');
    const first = await apply(applicant, cohort);
    const id = first.json().id as string;
    expect((await apply(applicant, cohort)).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/v1/me/cohort-applications/${id}`, headers: applicant.auth })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/v1/me/cohort-applications/${id}`, headers: other.auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/cohort-applications', headers: other.auth })).json()).toEqual([]);
    expect((await app.inject({ method: 'GET', url: `/api/v1/admin/cohorts/${cohort}/applications`, headers: other.auth })).statusCode).toBe(403);

    const lacking = await app.inject({
      method: 'POST',
      url: `/api/v1/cohorts/${cohort}/applications`,
      headers: other.auth,
      payload: { libraryName: 'X Library', city: 'Y', state: 'XX', answers: ['only one'], members: [{ name: 'Someone else', email: 'someone@else.example' }] },
    });
    expect(lacking.statusCode).toBe(400);
    expect(lacking.json().errors.map((error: { field: string }) => error.field)).toContain('state');
    const incomplete = await apply(other, cohort, [{ name: 'Someone else', email: 'someone@else.example' }]);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors).toEqual([expect.objectContaining({ field: 'members', rule: 'includesApplicant' })]);
  });

  it("lets only a selected team's members enrol in a cohort session, and shows the team its progress", async () => {
    const cohort = await openCohort(1);
    const lead = await registerLearner(app, 'Lead');
    const teammate = await registerLearner(app, 'Teammate');
    const outsider = await registerLearner(app, 'Outsider');
    const application = await apply(lead, cohort, [
      { name: 'Lead', email: lead.email },
      { name: 'Teammate', email: teammate.email.toUpperCase() },
    ]);
    const session = await prisma.session.create({
      data: { programId: (await prisma.program.findUniqueOrThrow({ where: { slug: program } })).id, slug: `cohort-session-${randomUUID().slice(0, 8)}`, title: 'Turning Outward, team session 1', description: 'For the cohort', type: 'WORKSHOP', startsAt: new Date(Date.now() + 86_400_000) },
    });
    expect((await app.inject({ method: 'PUT', url: `/api/v1/admin/cohorts/${cohort}/sessions/${session.slug}`, headers: admin.auth })).statusCode).toBe(200);
    const enrol = (learner: TestAccount) => app.inject({ method: 'PUT', url: `/api/v1/sessions/${session.slug}/enrolment`, headers: learner.auth });

    expect((await enrol(lead)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/v1/cohorts/${cohort}/progress`, headers: lead.auth })).statusCode).toBe(403);
    await decide(application.json().id, 'select');
    expect((await enrol(lead)).statusCode).toBe(201);
    expect((await enrol(teammate)).statusCode).toBe(201);
    const refused = await enrol(outsider);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'session', rule: 'selectedTeamMember' })]);

    await prisma.sessionCompletion.create({ data: { userId: teammate.id, sessionId: session.id, source: 'ADMIN_MARK', completedAt: new Date() } });
    const progress = await app.inject({ method: 'GET', url: `/api/v1/cohorts/${cohort}/progress`, headers: teammate.auth });
    expect(progress.statusCode).toBe(200);
    expect(progress.json()).toMatchObject({ cohort, sessions: [expect.objectContaining({ slug: session.slug })] });
    expect(progress.json().members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: teammate.email.toLowerCase(), hasAccount: true, completedSessions: [session.slug] }),
        expect.objectContaining({ email: lead.email.toLowerCase(), completedSessions: [] }),
      ]),
    );
    expect((await app.inject({ method: 'GET', url: `/api/v1/cohorts/${cohort}/progress`, headers: outsider.auth })).statusCode).toBe(403);
  });

  it('creates a cohort-only session through the admin sessions API, refusing a missing cohort or one of another program', async () => {
    const cohort = await openCohort(2);
    const create = (slug: string, extra: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: '/api/v1/admin/sessions', headers: admin.auth, payload: { program, slug, title: 'Cohort team session', description: 'For the cohort', type: 'WORKSHOP', ...extra } });
    const slug = `cohort-only-${randomUUID().slice(0, 8)}`;
    const created = await create(slug, { cohort, startsAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ slug, cohort });
    expect((await prisma.session.findUniqueOrThrow({ where: { slug }, include: { cohort: true } })).cohort?.slug).toBe(cohort);
    expect((await app.inject({ method: 'GET', url: `/api/v1/admin/sessions/${slug}`, headers: admin.auth })).json().cohort).toBe(cohort);
    const learner = await registerLearner(app, 'Not on a team');
    expect((await app.inject({ method: 'PUT', url: `/api/v1/sessions/${slug}/enrolment`, headers: learner.auth })).statusCode).toBe(403);

    const missing = await create(`cohort-only-${randomUUID().slice(0, 8)}`, { cohort: 'no-such-cohort' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().errors).toEqual([expect.objectContaining({ field: 'cohort', rule: 'exists' })]);
    const malformed = await create(`cohort-only-${randomUUID().slice(0, 8)}`, { cohort: 'Not A Slug' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toEqual([expect.objectContaining({ field: 'cohort' })]);
    const otherProgram = await createProgramFixture(prisma, { slugPrefix: 'other', title: 'Another program', kind: 'COHORT', summary: 'Other', audience: 'Anyone' });
    const elsewhere = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/sessions',
      headers: admin.auth,
      payload: { program: otherProgram, slug: `cohort-only-${randomUUID().slice(0, 8)}`, title: 'Elsewhere', description: 'x', type: 'WORKSHOP', cohort },
    });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().errors).toEqual([expect.objectContaining({ field: 'cohort', rule: 'sameProgram' })]);
    // A plain session is open to everyone.
    expect((await create(`open-${randomUUID().slice(0, 8)}`, {})).json().cohort).toBeNull();
  });

  it("shows staff every selected team's progress, member by member, and nobody else", async () => {
    const cohort = await openCohort(2);
    const [lead, teammate, declinedLead] = await Promise.all([registerLearner(app, 'Lead'), registerLearner(app, 'Teammate'), registerLearner(app, 'Declined')]);
    const selected = await apply(lead, cohort, [
      { name: 'Lead', email: lead.email },
      { name: 'Teammate', email: teammate.email },
      { name: 'No account yet', email: `nobody-${randomUUID().slice(0, 8)}@library.example` },
    ]);
    const declined = await apply(declinedLead, cohort);
    await decide(selected.json().id, 'select');
    await decide(declined.json().id, 'decline');
    const slug = `cohort-progress-${randomUUID().slice(0, 8)}`;
    expect((await app.inject({ method: 'POST', url: '/api/v1/admin/sessions', headers: admin.auth, payload: { program, slug, title: 'Team session', description: 'x', type: 'WORKSHOP', cohort } })).statusCode).toBe(201);
    const session = await prisma.session.findUniqueOrThrow({ where: { slug } });
    await prisma.sessionCompletion.create({ data: { userId: teammate.id, sessionId: session.id, source: 'ADMIN_MARK', completedAt: new Date() } });

    const response = await app.inject({ method: 'GET', url: `/api/v1/admin/cohorts/${cohort}/progress`, headers: admin.auth });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ cohort, capacity: 2, selectedCount: 1, sessions: [expect.objectContaining({ slug, title: 'Team session' })] });
    expect(body.teams).toHaveLength(1);
    expect(body.teams[0]).toMatchObject({ application: selected.json().id, libraryName: 'Juniper Street Branch Library', city: 'Tucson', state: 'AZ' });
    expect(body.teams[0].members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: teammate.email.toLowerCase(), hasAccount: true, completedSessions: [slug] }),
        expect.objectContaining({ email: lead.email.toLowerCase(), hasAccount: true, completedSessions: [] }),
        expect.objectContaining({ name: 'No account yet', hasAccount: false, completedSessions: [] }),
      ]),
    );
    expect((await app.inject({ method: 'GET', url: `/api/v1/admin/cohorts/${cohort}/progress`, headers: lead.auth })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/v1/admin/cohorts/${cohort}/progress` })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/admin/cohorts/no-such-cohort/progress', headers: admin.auth })).statusCode).toBe(404);
  });

  it("links a badge to the cohort without signing anything in the request: one cohort-badge-changed job, refusals named", async () => {
    const cohort = await openCohort(2);
    const tag = randomUUID().slice(0, 8);
    const badge = (extra: Record<string, unknown> = {}) => ({ slug: `innovators-badge-${tag}`, name: 'Innovators team member', description: 'A member of a selected team.', criteriaNarrative: 'Completed every session of the cohort.', issuer: 'ala', ...extra });
    const put = (body: unknown, headers: Record<string, string> = admin.auth, slug = cohort) => app.inject({ method: 'PUT', url: `/api/v1/admin/cohorts/${slug}/badge`, headers, payload: body as Record<string, unknown> });

    const linked = await put(badge());
    expect(linked.statusCode).toBe(200);
    expect(linked.json().badge).toEqual({ slug: `innovators-badge-${tag}`, name: 'Innovators team member', description: 'A member of a selected team.', criteriaNarrative: 'Completed every session of the cohort.', issuer: 'ala' });
    expect((await app.inject({ method: 'GET', url: `/api/v1/cohorts/${cohort}` })).json().badge).toMatchObject({ slug: `innovators-badge-${tag}` });
    const achievement = await prisma.achievement.findUniqueOrThrow({ where: { slug: `innovators-badge-${tag}` }, include: { cohort: true } });
    expect(achievement).toMatchObject({ rule: 'COHORT_COMPLETED', cohort: expect.objectContaining({ slug: cohort }) });
    // Renaming is an update; the same link again writes no second job. Nothing was awarded or signed by the API.
    expect((await put(badge({ name: 'Innovators team' }))).json().badge.name).toBe('Innovators team');
    expect(await prisma.outboxEvent.count({ where: { jobName: 'cohort-badge-changed', jobId: { startsWith: `cohort-badge-changed.${achievement.cohortId}.` } } })).toBe(1);
    expect(await prisma.badgeAward.count({ where: { achievementId: achievement.id } })).toBe(0);

    const renamedSlug = await put(badge({ slug: `other-badge-${tag}` }));
    expect(renamedSlug.statusCode).toBe(409);
    expect(renamedSlug.json().errors).toEqual([expect.objectContaining({ field: 'slug', rule: 'unchanged' })]);
    const otherCohort = await openCohort(1);
    const taken = await put(badge(), admin.auth, otherCohort);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([expect.objectContaining({ field: 'slug', rule: 'unique' })]);
    const noIssuer = await put(badge({ slug: `third-badge-${tag}`, issuer: 'no-such-issuer' }), admin.auth, otherCohort);
    expect(noIssuer.statusCode).toBe(400);
    expect(noIssuer.json().errors).toEqual([expect.objectContaining({ field: 'issuer', rule: 'exists' })]);
    const invalid = await put({ slug: 'Bad Slug', name: 'x' }, admin.auth, otherCohort);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.map((error: { field: string }) => error.field)).toEqual(expect.arrayContaining(['slug', 'name', 'description', 'criteriaNarrative', 'issuer']));
    expect((await put(badge(), admin.auth, 'no-such-cohort')).statusCode).toBe(404);
    const learner = await registerLearner(app, 'Learner');
    expect((await put(badge(), learner.auth)).statusCode).toBe(403);
    expect((await put(badge(), {})).statusCode).toBe(401);
  });
});
