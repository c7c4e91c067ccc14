import { PrismaService } from '@stacks/db';
import { createAdmin } from '../../testing/accounts.js';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('POST /api/v1/ask', () => {
  let app: TestApp;
  let prisma: PrismaService;
  beforeAll(async () => {
    app = await startTestApp({ ANSWERING_REFRESH_SECONDS: '1', ASK_RATE_LIMIT_PER_MINUTE: '1000' });
    prisma = app.nest.get(PrismaService);
  });
  afterAll(() => app.close());

  const ask = (payload: unknown) => app.inject({ method: 'POST', url: '/api/v1/ask', payload: payload as Record<string, unknown> });

  it('answers without signing in, from the catalogue in the database, and follows catalogue changes', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 2, title: 'Quillwork conservation for archivists' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const first = await ask({ question: 'What does completing the quillwork conservation series unlock?' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ id: expect.any(String), answer: expect.stringContaining('Invitation to the test workshop'), sources: expect.any(Array), confidence: expect.any(Number) });
    expect(first.json().confidence).toBeGreaterThanOrEqual(0.5);

    await prisma.series.update({ where: { slug: fixture.seriesSlug }, data: { unlockTitle: 'A signed copy of the quillwork handbook' } });
    // The next question after the refresh interval checks the catalogue version first.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await ask({ question: 'What does completing the quillwork conservation series unlock?' });
    expect(second.json().answer).toContain('A signed copy of the quillwork handbook');
  });

  it('says it does not know, with no sources, when the catalogue has no answer', async () => {
    const response = await ask({ question: 'How do I reset my router?' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ answer: expect.stringMatching(/^I don't know/), sources: [] });
    expect(response.json().confidence).toBeLessThan(0.5);
  });

  it('rejects a missing, blank, too long or non-string question and unknown fields with a problem naming the field', async () => {
    for (const [payload, field] of [
      [{}, 'question'],
      [{ question: '   ' }, 'question'],
      [{ question: 'x'.repeat(501) }, 'question'],
      [{ question: 42 }, 'question'],
      [{ question: 'What is LTC?', extra: true }, 'extra'],
    ] as const) {
      const response = await ask(payload);
      expect({ payload, status: response.statusCode }).toEqual({ payload, status: 400 });
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
    }
  });

  it('stores each question with its answer and rating, and shows admins the most asked, unanswered and down-voted ones', async () => {
    const web = (question: string) => app.inject({ method: 'POST', url: '/api/v1/ask', headers: { 'x-stacks-client': 'web' }, payload: { question } });
    const declined = (await web('Where can I park my zeppelin?')).json();
    await web('where can i park my zeppelin');
    const rate = (id: string, rating: unknown) => app.inject({ method: 'POST', url: `/api/v1/ask/${id}/rating`, payload: { rating } });
    expect((await rate(declined.id, 'down')).statusCode).toBe(204);
    expect((await rate(declined.id, 'down')).statusCode).toBe(204);
    expect(await prisma.askedQuestion.findUniqueOrThrow({ where: { id: declined.id } })).toMatchObject({ rating: 'DOWN', channel: 'web', answered: false });

    const bad = await rate(declined.id, 'meh');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'rating' });
    expect((await rate('not-a-uuid', 'up')).json().errors[0]).toMatchObject({ field: 'id', rule: 'isUuid' });
    expect((await rate('00000000-0000-4000-8000-000000000000', 'up')).statusCode).toBe(404);

    const admin = await createAdmin(app, prisma);
    const insights = (await app.inject({ method: 'GET', url: '/api/v1/admin/questions?days=1', headers: admin.auth })).json();
    expect(insights.unanswered[0]).toMatchObject({ question: 'where can i park my zeppelin', asked: 2, unanswered: 2 });
    expect(insights.downVoted[0]).toMatchObject({ downVotes: 1, lastAnswer: expect.stringMatching(/^I don't know/) });
    expect((await app.inject({ method: 'GET', url: '/api/v1/admin/questions?days=0', headers: admin.auth })).statusCode).toBe(400);
  });

  it('limits questions per address per minute', async () => {
    const limited = await startTestApp({ ASK_RATE_LIMIT_PER_MINUTE: '2', QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-ask-limit` });
    try {
      const call = () => limited.inject({ method: 'POST', url: '/api/v1/ask', payload: { question: 'What is LTC?' } });
      expect((await call()).statusCode).toBe(200);
      expect((await call()).statusCode).toBe(200);
      const refused = await call();
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs-json' })).json();
    expect(document.paths['/api/v1/ask'].post.requestBody).toBeDefined();
  });
});
