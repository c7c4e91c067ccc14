import { randomUUID } from 'node:crypto';
import { PrismaService } from '@stacks/db';
import { JobName } from '@stacks/queue-contracts';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('admin catalogue: programs and series', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
    admin = await createAdmin(app, prisma);
  });
  afterAll(() => app.close());

  const post = (url: string, payload: object, account: TestAccount = admin) =>
    app.inject({ method: 'POST', url: `/api/v1/admin/${url}`, headers: account.auth, payload });

  const programBody = (slug = `program-${randomUUID().slice(0, 8)}`) => ({
    slug,
    title: 'Community Conversations 2027',
    kind: 'LEARNING_SERIES',
    summary: 'Webinars and a workshop on hosting community conversations.',
    description: 'A year of webinars for library staff who lead conversations.',
    audience: 'Public library staff',
    libraryTypes: ['PUBLIC', 'RURAL'],
    startsOn: '2027-01-15',
    endsOn: '2027-12-15',
    tags: ['dialogue'],
  });

  it('creates a program that the public catalogue then lists, and audits it', async () => {
    const body = programBody();
    const response = await post('programs', body);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ slug: body.slug, kind: 'LEARNING_SERIES', startsOn: '2027-01-15', endsOn: '2027-12-15', libraryTypes: ['PUBLIC', 'RURAL'] });
    const detail = await app.inject({ method: 'GET', url: `/api/v1/programs/${body.slug}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ title: body.title, description: body.description, series: [], sessions: [] });
    const audit = await prisma.auditEntry.findFirst({ where: { action: 'program.create', subjectId: response.json().id } });
    expect(audit?.actorId).toBe(admin.id);
  });

  it('answers a repeat of the same program with 200 and the same row, and a different one with 409', async () => {
    const body = programBody();
    const first = await post('programs', body);
    const repeat = await post('programs', { ...body, libraryTypes: ['RURAL', 'PUBLIC'] });
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json().id).toBe(first.json().id);
    const conflicting = await post('programs', { ...body, title: 'Another title' });
    expect(conflicting.statusCode).toBe(409);
    expect(conflicting.headers['content-type']).toContain('application/problem+json');
    expect(conflicting.json().errors).toEqual([expect.objectContaining({ field: 'slug', rule: 'unique', message: expect.stringContaining('title') })]);
    expect(await prisma.program.count({ where: { slug: body.slug } })).toBe(1);
  });

  it('rejects bad program input naming the field and the rule, and unknown fields', async () => {
    const response = await post('programs', { ...programBody('Not A Slug'), kind: 'PODCAST', startsOn: '15/01/2027', colour: 'red' });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((error: { field: string; rule: string }) => `${error.field}:${error.rule}`);
    expect(fields).toEqual(expect.arrayContaining(['slug:matches', 'kind:isEnum', 'startsOn:matches', 'colour:unknownField']));
    const backwards = await post('programs', { ...programBody(), startsOn: '2027-05-01', endsOn: '2027-04-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ field: 'endsOn', rule: 'onOrAfterStartsOn' })]);
  });

  it('creates a series in a program; sessions join it and its progress rule applies', async () => {
    const program = programBody();
    await post('programs', program);
    const slug = `series-${randomUUID().slice(0, 8)}`;
    const created = await post('series', {
      program: program.slug,
      slug,
      title: 'Community conversations: two of three webinars',
      description: 'Any two of the three count.',
      audience: 'Public library staff',
      rule: 'ANY_K',
      requiredCount: 2,
      unlockTitle: 'Invitation to the workshop',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ slug, rule: 'ANY_K', requiredCount: 2, unlockTitle: 'Invitation to the workshop' });

    const session = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/sessions',
      headers: admin.auth,
      payload: { program: program.slug, series: slug, position: 1, slug: `${slug}-part-1`, title: 'Part one', description: 'The first webinar.', type: 'WEBINAR' },
    });
    expect(session.statusCode).toBe(201);
    // A new session is published to Discord too (the worker decides whether it is live and publishing is on).
    expect(await prisma.outboxEvent.count({ where: { jobName: JobName.SyncDiscordEvent, payload: { path: ['sessionId'], equals: session.json().id } } })).toBe(1);
    const series = await app.inject({ method: 'GET', url: `/api/v1/series/${slug}` });
    expect(series.json()).toMatchObject({ program: { slug: program.slug }, rule: 'ANY_K', sessions: [expect.objectContaining({ slug: `${slug}-part-1` })] });
  });

  it('validates series: unknown program 404, ANY_K without a count 400, a count without ANY_K 400, repeat 200', async () => {
    const program = programBody();
    await post('programs', program);
    const base = { program: program.slug, slug: `series-${randomUUID().slice(0, 8)}`, title: 'A series', description: 'Described.', audience: 'Everyone' };
    const missing = await post('series', { ...base, program: 'no-such-program' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().errors).toEqual([expect.objectContaining({ field: 'program', rule: 'exists' })]);
    const anyK = await post('series', { ...base, rule: 'ANY_K' });
    expect(anyK.statusCode).toBe(400);
    expect(anyK.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'requiredCount', rule: 'isInt' })]));
    const stray = await post('series', { ...base, requiredCount: 2 });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().errors).toEqual([expect.objectContaining({ field: 'requiredCount', rule: 'onlyWithAnyK' })]);
    const first = await post('series', base);
    const repeat = await post('series', base);
    expect([first.statusCode, repeat.statusCode]).toEqual([201, 200]);
    expect(repeat.json().id).toBe(first.json().id);
  });

  it('refuses learners', async () => {
    const learner = await registerLearner(app, 'Curious');
    expect((await post('programs', programBody(), learner)).statusCode).toBe(403);
    expect((await post('series', {}, learner)).statusCode).toBe(403);
  });
});
