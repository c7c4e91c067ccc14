import { PrismaService } from '@stacks/db';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('public catalogue', () => {
  let app: TestApp;
  let prisma: PrismaService;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
  });
  afterAll(() => app.close());

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('lists programs without signing in, paged with a bounded limit', async () => {
    await createSeriesFixture(prisma, { sessions: 1 });
    await createSeriesFixture(prisma, { sessions: 1 });
    const page = await get('/api/v1/programs?limit=1&offset=0');
    expect(page.statusCode).toBe(200);
    expect(page.json().items).toHaveLength(1);
    expect(page.json().page.total).toBeGreaterThanOrEqual(2);

    for (const query of ['limit=0', 'limit=101', 'limit=abc', 'offset=-1', 'offset=99999999999', 'kind=NOPE', 'unknown=1']) {
      const response = await get(`/api/v1/programs?${query}`);
      expect({ query, status: response.statusCode }).toEqual({ query, status: 400 });
      expect(response.json().errors[0].field).toBe(query.split('=')[0]);
    }
  });

  it('finds programs and sessions by stemmed full-text search', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 2, title: 'Deliberative facilitation techniques' });
    await prisma.session.update({ where: { id: fixture.sessionIds[1] }, data: { description: 'Facilitating deliberations with rural communities' } });
    const programs = await get('/api/v1/programs?q=facilitating');
    expect(programs.json().items.map((program: { slug: string }) => program.slug)).toContain(fixture.programSlug);
    const sessions = await get('/api/v1/sessions?q=deliberation%20rural');
    expect(sessions.json().items.map((session: { slug: string }) => session.slug)).toEqual([fixture.sessionSlugs[1]]);
  });

  it('filters sessions by program, type, free, upcoming/past and date range', async () => {
    const soon = new Date(Date.now() + 3 * 86_400_000);
    const upcoming = await createSeriesFixture(prisma, { sessions: 2, startsAt: soon, type: 'WORKSHOP', priceCents: 2500 });
    const past = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date('2017-02-01T18:00:00Z') });
    const slugs = async (query: string) =>
      (await get(`/api/v1/sessions?${query}&limit=100`)).json().items.map((session: { slug: string }) => session.slug);

    expect(await slugs(`program=${upcoming.programSlug}`)).toEqual(upcoming.sessionSlugs);
    expect(await slugs(`program=${upcoming.programSlug}&type=WEBINAR`)).toEqual([]);
    expect(await slugs(`program=${upcoming.programSlug}&free=false`)).toEqual(upcoming.sessionSlugs);
    expect(await slugs(`program=${upcoming.programSlug}&free=true`)).toEqual([]);
    expect(await slugs(`program=${upcoming.programSlug}&when=upcoming`)).toEqual(upcoming.sessionSlugs);
    expect(await slugs(`program=${past.programSlug}&when=past`)).toEqual(past.sessionSlugs);
    expect(await slugs(`program=${past.programSlug}&from=2017-01-01T00:00:00Z&to=2017-03-01T00:00:00Z`)).toEqual(past.sessionSlugs);
    expect(await slugs(`program=${past.programSlug}&from=2018-01-01T00:00:00Z`)).toEqual([]);
    expect((await get('/api/v1/sessions?from=yesterday')).statusCode).toBe(400);
    expect((await get('/api/v1/sessions?free=maybe')).json().errors[0]).toMatchObject({ field: 'free', rule: 'isBoolean' });
  });

  it('shows program, series and session details by slug or id, and 404s for unknown ones', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 3 });
    const program = (await get(`/api/v1/programs/${fixture.programSlug}`)).json();
    expect(program.series.map((series: { slug: string }) => series.slug)).toEqual([fixture.seriesSlug]);
    expect(program.sessions).toHaveLength(3);
    const series = (await get(`/api/v1/series/${fixture.seriesId}`)).json();
    expect(series).toMatchObject({ slug: fixture.seriesSlug, rule: 'ALL', unlockTitle: 'Invitation to the test workshop' });
    expect(series.sessions.map((session: { position: number }) => session.position)).toEqual([1, 2, 3]);
    const session = (await get(`/api/v1/sessions/${fixture.sessionSlugs[0]}`)).json();
    expect(session.recording).toMatchObject({ availableNow: true, minutes: 60 });
    for (const url of ['/api/v1/programs/nope', '/api/v1/series/NOT_A_SLUG', '/api/v1/sessions/00000000-0000-4000-8000-000000000000']) {
      const response = await get(url);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
  });
});
