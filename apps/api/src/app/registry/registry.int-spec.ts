import { randomUUID } from 'node:crypto';
import { PrismaService } from '@stacks/db';
import { parseCsv } from '@stacks/learning-domain';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { createProgramFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('program registry: libraries submit, staff review, the public searches and exports', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  let program: string;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
    admin = await createAdmin(app, prisma);
    program = await createProgramFixture(prisma, { slugPrefix: 'dia', title: 'Día test program', kind: 'CELEBRATION', summary: 'Día', audience: 'Children and families' });
  });
  afterAll(() => app.close());

  const city = () => `Quokkaville ${randomUUID().slice(0, 6)}`;
  const submission = (overrides: Record<string, unknown> = {}) => ({
    program,
    title: 'Día family story time',
    date: '2031-04-30',
    libraryName: 'Juniper Street Branch Library',
    city: city(),
    state: 'AZ',
    audience: 'Children and families',
    languages: ['English', 'Spanish'],
    description: 'Bilingual stories, songs and a book giveaway for families.',
    contactEmail: 'Programs@Library.example',
    ...overrides,
  });
  const submit = (learner: TestAccount, body: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/v1/me/registry-submissions', headers: learner.auth, payload: body });
  const decide = (id: string, payload: Record<string, unknown>) => app.inject({ method: 'POST', url: `/api/v1/admin/registry-submissions/${id}/decision`, headers: admin.auth, payload });
  const notices = (id: string) => prisma.outboxEvent.findMany({ where: { jobName: 'decision-notice', jobId: { startsWith: `decision-notice.registry-submission.${id}.` } }, orderBy: { jobId: 'asc' } });

  it('walks a submission from submit through changes requested to published, telling the submitter once per decision', async () => {
    const learner = await registerLearner(app, 'Librarian');
    const body = submission();
    const created = await submit(learner, body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ status: 'PENDING', contactEmail: 'programs@library.example', date: '2031-04-30' });
    // A retried submit returns the same submission instead of a duplicate.
    expect((await submit(learner, body)).json().id).toBe(id);

    // Not public yet.
    expect((await app.inject({ method: 'GET', url: `/api/v1/registry?q=${encodeURIComponent(body.city)}` })).json().page.total).toBe(0);
    const queue = await app.inject({ method: 'GET', url: `/api/v1/admin/registry-submissions?program=${program}`, headers: admin.auth });
    expect(queue.json().items.map((item: { id: string }) => item.id)).toContain(id);

    const changes = await decide(id, { decision: 'request-changes', note: 'Please add the start time to the description.' });
    expect(changes.statusCode).toBe(200);
    expect(changes.json()).toMatchObject({ status: 'CHANGES_REQUESTED', reviewNote: 'Please add the start time to the description.' });
    // Repeating the same decision (a retry) changes nothing and enqueues no second notice.
    expect((await decide(id, { decision: 'request-changes', note: 'Please add the start time to the description.' })).statusCode).toBe(200);
    expect(await notices(id)).toHaveLength(1);

    const edited = await app.inject({ method: 'PATCH', url: `/api/v1/me/registry-submissions/${id}`, headers: learner.auth, payload: { description: 'Bilingual stories at 10 a.m., songs and a book giveaway.' } });
    expect(edited.json()).toMatchObject({ status: 'PENDING' });

    const published = await decide(id, { decision: 'publish' });
    expect(published.json()).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(String) });
    await decide(id, { decision: 'publish' });
    const sent = await notices(id);
    expect(sent.map((event) => (event.payload as { decision: string }).decision)).toEqual(['changes-requested', 'published']);
    expect(sent[1].payload).toMatchObject({ userId: learner.id, subject: 'registry-submission', decisionNumber: 2, title: body.title });

    // A published submission is final for its submitter.
    const late = await app.inject({ method: 'PATCH', url: `/api/v1/me/registry-submissions/${id}`, headers: learner.auth, payload: { title: 'Renamed' } });
    expect(late.statusCode).toBe(409);

    const found = await app.inject({ method: 'GET', url: `/api/v1/registry?program=${program}&state=AZ&language=spanish&from=2031-04-01&to=2031-04-30&q=${encodeURIComponent(body.city)}` });
    expect(found.statusCode).toBe(200);
    expect(found.json().items).toEqual([expect.objectContaining({ id, title: body.title, languages: ['English', 'Spanish'] })]);
    expect(found.json().items[0]).not.toHaveProperty('submitterId');
    for (const miss of ['state=CA', 'language=French', 'from=2031-05-01', 'to=2031-04-29']) {
      expect((await app.inject({ method: 'GET', url: `/api/v1/registry?program=${program}&${miss}` })).json().page.total).toBe(0);
    }

    const csv = await app.inject({ method: 'GET', url: `/api/v1/registry/export?program=${program}` });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['x-truncated']).toBe('false');
    const [header, ...rows] = parseCsv(csv.body).map((record) => record.fields);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((name, index) => [name, rows[0][index]]));
    expect(row).toMatchObject({ title: body.title, city: body.city, languages: 'English; Spanish', date: '2031-04-30', contact_email: 'programs@library.example' });
    const json = await app.inject({ method: 'GET', url: `/api/v1/registry/export?program=${program}&format=json` });
    expect(json.json()).toEqual([expect.objectContaining({ id, state: 'AZ' })]);
  });

  it('rejects with a reason (needed), keeps a rejection final and off the public registry', async () => {
    const learner = await registerLearner(app, 'Librarian');
    const id = (await submit(learner, submission())).json().id as string;
    const noReason = await decide(id, { decision: 'reject' });
    expect(noReason.statusCode).toBe(409);
    expect(noReason.json().errors).toEqual([expect.objectContaining({ field: 'note', rule: 'review' })]);
    const rejected = await decide(id, { decision: 'reject', note: 'This is not a library program.' });
    expect(rejected.json()).toMatchObject({ status: 'REJECTED', reviewNote: 'This is not a library program.' });
    expect((await decide(id, { decision: 'publish' })).statusCode).toBe(409);
    const listed = await app.inject({ method: 'GET', url: `/api/v1/registry?program=${program}` });
    expect(listed.json().items.map((item: { id: string }) => item.id)).not.toContain(id);
    expect(await notices(id)).toHaveLength(1);
  });

  it("names the field and rule of bad input, and keeps one learner out of another's submissions", async () => {
    const learner = await registerLearner(app, 'Librarian');
    const bad = await submit(learner, submission({ date: '2031-02-30', state: 'ZZ', languages: [], contactEmail: 'not-an-address', description: 'x'.repeat(4001) }));
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors.map((error: { field: string }) => error.field)).toEqual(expect.arrayContaining(['date', 'state', 'languages', 'contactEmail', 'description']));
    const unknownProgram = await submit(learner, submission({ program: 'no-such-program' }));
    expect(unknownProgram.statusCode).toBe(400);
    expect(unknownProgram.json().errors).toEqual([expect.objectContaining({ field: 'program', rule: 'exists' })]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/registry?from=yesterday' })).statusCode).toBe(400);

    const id = (await submit(learner, submission())).json().id as string;
    const other = await registerLearner(app, 'Other');
    expect((await app.inject({ method: 'GET', url: `/api/v1/me/registry-submissions/${id}`, headers: other.auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PATCH', url: `/api/v1/me/registry-submissions/${id}`, headers: other.auth, payload: { title: 'Mine now' } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/registry-submissions', headers: other.auth })).json()).toEqual([]);
    expect((await app.inject({ method: 'POST', url: '/api/v1/me/registry-submissions', payload: submission() })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: `/api/v1/admin/registry-submissions/${id}/decision`, headers: learner.auth, payload: { decision: 'publish' } })).statusCode).toBe(403);
  });
});
