import { PrismaService } from '@stacks/db';
import { hashLinkCode, LINK_CODE_TTL_SECONDS } from '@stacks/discord-link';
import { registerLearner } from '../../testing/accounts.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('Discord link codes and links (/me/discord-link…)', () => {
  let app: TestApp;
  let prisma: PrismaService;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
  });
  afterAll(() => app.close());

  it('issues a short-lived one-time code and stores only its hash', async () => {
    const learner = await registerLearner(app);
    const before = Date.now();
    const response = await app.inject({ method: 'POST', url: '/api/v1/me/discord-link-code', headers: learner.auth });
    expect(response.statusCode).toBe(201);
    const { code, expiresAt, command } = response.json();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(command).toBe(`/link code:${code}`);
    const ttlMs = new Date(expiresAt).getTime() - before;
    expect(ttlMs).toBeGreaterThan((LINK_CODE_TTL_SECONDS - 5) * 1000);
    expect(ttlMs).toBeLessThanOrEqual((LINK_CODE_TTL_SECONDS + 5) * 1000);

    const stored = await prisma.discordLinkCode.findMany({ where: { userId: learner.id } });
    expect(stored).toEqual([expect.objectContaining({ codeHash: hashLinkCode(code), usedAt: null })]);
    // The plain code appears nowhere in the row.
    expect(JSON.stringify(stored)).not.toContain(code.replace('-', ''));
  });

  it('cancels the previous unused code when a new one is issued', async () => {
    const learner = await registerLearner(app);
    const first = (await app.inject({ method: 'POST', url: '/api/v1/me/discord-link-code', headers: learner.auth })).json().code;
    const second = (await app.inject({ method: 'POST', url: '/api/v1/me/discord-link-code', headers: learner.auth })).json().code;
    expect(second).not.toBe(first);
    const hashes = (await prisma.discordLinkCode.findMany({ where: { userId: learner.id } })).map((row) => row.codeHash);
    expect(hashes).toEqual([hashLinkCode(second)]);
  });

  it('shows the link to its owner only, and unlinks idempotently', async () => {
    const [owner, other] = [await registerLearner(app, 'Owner'), await registerLearner(app, 'Other')];
    await app.inject({ method: 'POST', url: '/api/v1/me/discord-link-code', headers: owner.auth });
    await prisma.discordAccountLink.create({ data: { userId: owner.id, discordUserId: '80351110224678912' } });

    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/discord-link', headers: owner.auth });
    expect(mine.json()).toEqual({ linked: true, discordUserId: '80351110224678912', linkedAt: expect.any(String) });
    const theirs = await app.inject({ method: 'GET', url: '/api/v1/me/discord-link', headers: other.auth });
    expect(theirs.json()).toEqual({ linked: false, discordUserId: null, linkedAt: null });

    expect((await app.inject({ method: 'DELETE', url: '/api/v1/me/discord-link', headers: owner.auth })).statusCode).toBe(204);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/me/discord-link', headers: owner.auth })).statusCode).toBe(204);
    expect(await prisma.discordAccountLink.findUnique({ where: { userId: owner.id } })).toBeNull();
    // Unlinking also cancels a code still waiting to be used.
    expect(await prisma.discordLinkCode.count({ where: { userId: owner.id, usedAt: null } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { subjectId: owner.id, action: 'discord.unlink' } })).toBe(1);
  });

  it('refuses anonymous callers', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/v1/me/discord-link-code' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/discord-link' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/me/discord-link' })).statusCode).toBe(401);
  });
});
