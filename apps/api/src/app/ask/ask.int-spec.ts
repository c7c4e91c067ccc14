import { randomUUID } from 'node:crypto';
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
    expect(first.json()).toEqual({
      id: expect.any(String),
      answer: expect.stringContaining('Invitation to the test workshop'),
      sources: expect.any(Array),
      confidence: expect.any(Number),
      suggestions: [],
      related: expect.any(Array),
    });
    expect(first.json().confidence).toBeGreaterThanOrEqual(0.5);
    // A confident answer offers the other topics it came close to, each answerable by /ask/topic.
    const [related] = first.json().related;
    expect(related).toEqual({ entryId: expect.stringMatching(/^[a-z][a-z-]*:/), topic: expect.any(String) });
    expect((await app.inject({ method: 'POST', url: '/api/v1/ask/topic', payload: { entryId: related.entryId } })).json()).toMatchObject({ confidence: 1, suggestions: [] });

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

  describe('a topic picked from the suggestions of an unsure answer (POST /api/v1/ask/topic)', () => {
    const askTopic = (payload: unknown) => app.inject({ method: 'POST', url: '/api/v1/ask/topic', headers: { 'x-stacks-client': 'web' }, payload: payload as Record<string, unknown> });
    const QUESTION = 'Who repairs hovercraft engines?';

    it('offers close topics with their entry ids, answers the one picked with its sources and an id to rate, and says 404 once it is retired', async () => {
      const slug = `hovercraft-mooring-${randomUUID().slice(0, 8)}`;
      await prisma.faqEntry.create({
        data: {
          slug,
          question: 'Where can members moor a hovercraft at the conference?',
          keywords: 'hovercraft mooring dock',
          answer: 'Hovercraft dock at pier 4, next to the conference hall.',
          urls: ['https://example.org/hovercraft-docks'],
        },
      });
      await new Promise((resolve) => setTimeout(resolve, 1100));

      const declined = (await ask({ question: QUESTION })).json();
      expect(declined).toMatchObject({ answer: expect.stringMatching(/^I don't know/), sources: [] });
      for (const suggested of declined.suggestions) expect(suggested).toEqual({ entryId: expect.stringMatching(/^[a-z][a-z-]*:/), topic: expect.any(String) });
      expect(declined.suggestions).toContainEqual({ entryId: `faq:${slug}`, topic: 'Where can members moor a hovercraft at the conference?' });

      const picked = await askTopic({ entryId: `faq:${slug}`, question: QUESTION });
      expect(picked.statusCode).toBe(200);
      expect(picked.json()).toEqual({
        id: expect.any(String),
        answer: expect.stringContaining('pier 4'),
        sources: [expect.objectContaining({ url: 'https://example.org/hovercraft-docks' })],
        confidence: 1,
        suggestions: [],
        related: [],
      });
      expect(picked.json().id).not.toBe(declined.id);
      // Logged as the topic picked; the question itself was logged with the unsure answer.
      expect(await prisma.askedQuestion.findUniqueOrThrow({ where: { id: picked.json().id } })).toMatchObject({
        question: 'Where can members moor a hovercraft at the conference?',
        entryId: `faq:${slug}`,
        answered: true,
        channel: 'web',
      });
      const rated = await app.inject({ method: 'POST', url: `/api/v1/ask/${picked.json().id}/rating`, payload: { rating: 'up' } });
      expect(rated.statusCode).toBe(204);
      expect(await prisma.askedQuestion.findUniqueOrThrow({ where: { id: picked.json().id } })).toMatchObject({ rating: 'UP' });

      // Staff retire the item; a member who picks it from an older answer is told it is gone.
      await prisma.faqEntry.update({ where: { slug }, data: { retiredAt: new Date() } });
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const gone = await askTopic({ entryId: `faq:${slug}`, question: QUESTION });
      expect(gone.statusCode).toBe(404);
      expect(gone.headers['content-type']).toContain('application/problem+json');
      expect(gone.json().errors).toEqual([expect.objectContaining({ field: 'entryId', rule: 'exists' })]);
    });

    it('answers a picked topic without the question too, logging the topic as what was asked', async () => {
      const [first] = (await ask({ question: QUESTION })).json().suggestions;
      const picked = await app.inject({ method: 'POST', url: '/api/v1/ask/topic', payload: { entryId: first.entryId } });
      expect(picked.statusCode).toBe(200);
      expect(picked.json()).toMatchObject({ confidence: 1, suggestions: [] });
      expect(await prisma.askedQuestion.findUniqueOrThrow({ where: { id: picked.json().id } })).toMatchObject({ question: first.topic, channel: 'api', answered: true });
    });

    it('says 404, naming entryId, for a topic that never was', async () => {
      const response = await askTopic({ entryId: 'program:no-such-program', question: QUESTION });
      expect(response.statusCode).toBe(404);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'entryId', rule: 'exists' })]);
    });

    it('rejects a missing or malformed entryId, a blank or too long question and unknown fields, naming the field and the rule', async () => {
      for (const [payload, field, rule] of [
        [{}, 'entryId', 'isString'],
        [{ entryId: '' }, 'entryId', 'isNotEmpty'],
        [{ entryId: 'Program:LTC' }, 'entryId', 'matches'],
        [{ entryId: 'no-colon' }, 'entryId', 'matches'],
        [{ entryId: `faq:${'x'.repeat(200)}` }, 'entryId', 'maxLength'],
        [{ entryId: 42 }, 'entryId', 'isString'],
        [{ entryId: 'faq:ala-mission', question: '   ' }, 'question', 'isNotEmpty'],
        [{ entryId: 'faq:ala-mission', question: 'x'.repeat(501) }, 'question', 'maxLength'],
        [{ entryId: 'faq:ala-mission', extra: true }, 'extra', 'unknownField'],
      ] as const) {
        const response = await askTopic(payload);
        expect({ payload, status: response.statusCode }).toEqual({ payload, status: 400 });
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json().errors).toContainEqual(expect.objectContaining({ field, rule }));
      }
    });
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
    expect(document.paths['/api/v1/ask/topic'].post.requestBody).toBeDefined();
    expect(document.components.schemas.AnswerDto.required).toEqual(expect.arrayContaining(['suggestions', 'related']));
  });
});
