import { randomUUID } from 'node:crypto';
import { PrismaService } from '@stacks/db';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('admin FAQ: staff teach the bot', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  beforeAll(async () => {
    // Other specs in this project ask too, from the same address, within the same minute.
    app = await startTestApp({ ASK_RATE_LIMIT_PER_MINUTE: '1000' });
    prisma = app.nest.get(PrismaService);
    admin = await createAdmin(app, prisma);
  });
  afterAll(() => app.close());

  const ask = async (question: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/ask', payload: { question } });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const faqBody = (slug = `faq-${randomUUID().slice(0, 8)}`) => ({
    slug,
    question: 'Where do I park for the Quokka Reading Festival?',
    variants: ['quokka festival parking'],
    keywords: 'parking car park garage',
    answer: 'Park in the Juniper Street garage; the Quokka Reading Festival validates tickets.',
    aspect: 'general',
  });

  it('answers with a new entry at once, with an edit after it, and stops after retiring it; each change audited', async () => {
    expect((await ask('where do i park for the quokka reading festival')).answer).toMatch(/^I don't know/);

    const body = faqBody();
    const created = await app.inject({ method: 'POST', url: '/api/v1/admin/faq', headers: admin.auth, payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ slug: body.slug, retiredAt: null });
    expect((await ask('where do i park for the quokka reading festival')).answer).toContain('Juniper Street garage');

    const edited = await app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/faq/${body.slug}`,
      headers: admin.auth,
      payload: { answer: 'Park at the Birch Lane lot; the Quokka Reading Festival validates tickets.' },
    });
    expect(edited.statusCode).toBe(200);
    const after = await ask('where do i park for the quokka reading festival');
    expect(after.answer).toContain('Birch Lane lot');
    expect(after.answer).not.toContain('Juniper');

    const retired = await app.inject({ method: 'POST', url: `/api/v1/admin/faq/${body.slug}/retire`, headers: admin.auth });
    expect(retired.statusCode).toBe(200);
    expect(retired.json().retiredAt).toEqual(expect.any(String));
    const again = await app.inject({ method: 'POST', url: `/api/v1/admin/faq/${body.slug}/retire`, headers: admin.auth });
    expect(again.json().retiredAt).toBe(retired.json().retiredAt);
    expect((await ask('where do i park for the quokka reading festival')).answer).toMatch(/^I don't know/);

    const actions = (await prisma.auditEntry.findMany({ where: { subjectId: created.json().id }, orderBy: { createdAt: 'asc' } })).map((entry) => entry.action);
    expect(actions).toEqual(['faq.create', 'faq.update', 'faq.retire']);
  });

  it('lists entries, and rejects a taken slug (409), a bad field (400 naming it) and an unknown entry (404)', async () => {
    const body = faqBody();
    expect((await app.inject({ method: 'POST', url: '/api/v1/admin/faq', headers: admin.auth, payload: body })).statusCode).toBe(201);
    const list = await app.inject({ method: 'GET', url: '/api/v1/admin/faq', headers: admin.auth });
    expect(list.json().map((entry: { slug: string }) => entry.slug)).toContain(body.slug);

    const taken = await app.inject({ method: 'POST', url: '/api/v1/admin/faq', headers: admin.auth, payload: body });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([expect.objectContaining({ field: 'slug', rule: 'unique' })]);

    const bad = await app.inject({ method: 'POST', url: '/api/v1/admin/faq', headers: admin.auth, payload: { ...faqBody(), aspect: 'gossip', urls: ['http://insecure.example'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors.map((error: { field: string }) => error.field)).toEqual(expect.arrayContaining(['aspect', 'urls']));

    const missing = await app.inject({ method: 'PATCH', url: '/api/v1/admin/faq/no-such-entry', headers: admin.auth, payload: { answer: 'Nothing to see here.' } });
    expect(missing.statusCode).toBe(404);
  });

  it('is for admins only', async () => {
    const learner = await registerLearner(app);
    expect((await app.inject({ method: 'GET', url: '/api/v1/admin/faq', headers: learner.auth })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/v1/admin/faq', payload: faqBody() })).statusCode).toBe(401);
  });
});
