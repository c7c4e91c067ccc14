import { randomBytes, randomUUID } from 'node:crypto';
import { PrismaService } from '@stacks/db';
import { SecretBox } from '@stacks/secret-box';
import { createAdmin, registerLearner, type TestAccount } from '../../../testing/accounts.js';
import { createSeriesFixture } from '../../../testing/catalogue-fixture.js';
import { answerCallback, type ProviderAccount, signInWithProvider, startSignIn, TestBrowser, TestOpenIdProvider } from '../../../testing/openid-provider.js';
import { startTestApp, type TestApp } from '../../../testing/test-app.js';
import { RandomSecret } from '../account-tokens.js';

const PUBLIC_BASE_URL = 'http://stacks.test';

/**
 * Single sign-on against a real OpenID provider (oidc-provider on a loopback port) and the real
 * openid-client: every request of a browser's journey is made, the provider's redirects followed
 * with its cookies, the API's reached in-process with its own.
 */
describe('single sign-on with the member identity provider', () => {
  let provider: TestOpenIdProvider;
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;

  beforeAll(async () => {
    provider = await new TestOpenIdProvider().start(PUBLIC_BASE_URL);
    app = await startTestApp({ ...provider.settings(), PUBLIC_BASE_URL });
    prisma = app.nest.get(PrismaService);
    admin = await createAdmin(app, prisma);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await provider?.stop();
  });

  const person = (overrides: Partial<ProviderAccount> = {}) =>
    provider.addAccount({ sub: randomUUID(), email: `member-${randomUUID().slice(0, 8)}@association.example`, email_verified: true, name: 'Member Person', ...overrides });

  /** The whole sign-in, and who /me says is signed in. */
  async function signIn(account: ProviderAccount) {
    const signedIn = await signInWithProvider(app, provider, account);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${signedIn.tokens.accessToken}` } });
    expect(me.statusCode).toBe(200);
    return { ...signedIn, me: me.json() as { id: string; email: string; displayName: string; emailVerifiedAt: string | null } };
  }

  it('says SSO is on, with the provider name for the button', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/oidc' })).json()).toEqual({
      enabled: true,
      providerName: 'Test Association',
      startUrl: '/api/v1/auth/oidc/start',
    });
  });

  it('sends the browser to the provider with state, nonce and a PKCE S256 challenge, remembering them only hashed or behind a cookie', async () => {
    const browser = new TestBrowser(app);
    const started = await browser.visitApi('/api/v1/auth/oidc/start');
    const query = new URL(started.location).searchParams;
    expect(Object.fromEntries(['client_id', 'response_type', 'redirect_uri', 'code_challenge_method', 'scope'].map((key) => [key, query.get(key)]))).toEqual({
      client_id: provider.clientId,
      response_type: 'code',
      redirect_uri: `${PUBLIC_BASE_URL}/api/v1/auth/oidc/callback`,
      code_challenge_method: 'S256',
      scope: 'openid email profile',
    });
    const handle = browser.api.get('stacks_sso') as string;
    const row = await prisma.oidcSignIn.findUniqueOrThrow({ where: { handleHash: RandomSecret.digest(handle) } });
    expect(row.stateHash).toBe(RandomSecret.digest(query.get('state') as string));
    expect(row.nonce).toBe(query.get('nonce'));
    expect(JSON.stringify(row)).not.toContain(handle);
    expect(JSON.stringify(row)).not.toContain(query.get('state'));
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    const cookie = (await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' })).headers['set-cookie'];
    expect(cookie).toMatch(/^stacks_sso=[\w-]{43}; Path=\/api\/v1\/auth\/oidc; Max-Age=600; HttpOnly; SameSite=Lax$/);
  });

  it('creates an account (address verified) at the first sign-in and signs the same account in the second time, by subject even after the address changed', async () => {
    const member = person({ name: 'Rosa Member' });
    const first = await signIn(member);
    expect(first.me).toMatchObject({ email: member.email, displayName: 'Rosa Member', emailVerifiedAt: expect.any(String) });
    expect(await prisma.oidcIdentity.findMany({ where: { userId: first.me.id } })).toEqual([
      expect.objectContaining({ issuer: provider.issuer, subject: member.sub, email: member.email }),
    ]);
    // The code was one-time: the web app cannot redeem it twice.
    const again = await app.inject({ method: 'POST', url: '/api/v1/auth/oidc/session', payload: { token: first.token }, headers: { cookie: first.browser.api.header } });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ type: expect.stringMatching(/invalid-sign-in-code$/), errors: [{ field: 'token' }] });

    member.email = `moved-${randomUUID().slice(0, 8)}@association.example`;
    const second = await signIn(member);
    expect(second.me.id).toBe(first.me.id);
    expect(await prisma.user.count({ where: { email: member.email } })).toBe(0);
    expect(await prisma.oidcIdentity.findFirst({ where: { userId: first.me.id } })).toMatchObject({ email: member.email });
    // No local password was made up for the account.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: first.me.id } })).passwordHash).toBe('');
  });

  it('links an existing local account by its verified address; local passwords keep working', async () => {
    const local = await registerLearner(app, 'Local Member');
    const linked = await signIn(person({ email: local.email.toUpperCase() }));
    expect(linked.me.id).toBe(local.id);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: local.email, password: local.password } })).statusCode).toBe(200);
  });

  it('verifies an unverified local account it links, releasing what was held through the verification path, and voids the password chosen before', async () => {
    const local = await registerLearner(app, 'Unverified Member', { verified: false });
    const fixture = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date('2026-11-02T18:00:00Z') });
    const imported = await app.inject({
      method: 'POST',
      url: `/api/v1/admin/sessions/${fixture.sessionSlugs[0]}/attendance-imports`,
      headers: { ...admin.auth, 'content-type': 'text/csv' },
      payload: ['Name,User Email,Join Time,Leave Time', `Held,${local.email},2026-11-02 18:00:00,2026-11-02 19:00:00`].join('\n'),
    });
    expect(imported.json()).toMatchObject({ held: 1 });
    expect(await prisma.sessionCompletion.count({ where: { userId: local.id } })).toBe(0);

    const linked = await signIn(person({ email: local.email }));
    expect(linked.me).toMatchObject({ id: local.id, emailVerifiedAt: expect.any(String) });
    expect(await prisma.sessionCompletion.count({ where: { userId: local.id } })).toBe(1);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: local.id } })).toMatchObject({ heldReleasedAt: expect.any(Date), passwordHash: '' });
    expect(await prisma.outboxEvent.count({ where: { jobName: 'release-held-badges', payload: { path: ['userId'], equals: local.id } } })).toBe(1);
    // Whoever registered the address before it was proved is signed out, and their password no longer opens it.
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: local.auth })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: local.email, password: local.password } })).statusCode).toBe(401);
  });

  it('refuses an address the provider has not verified, creating and linking nothing', async () => {
    const member = person({ email_verified: false });
    const local = await registerLearner(app, 'Claimed');
    for (const account of [member, { ...member, sub: randomUUID(), email: local.email }]) {
      provider.addAccount(account);
      const { browser, callback } = await startSignIn(app, provider, account);
      const { url, error } = await answerCallback(browser, callback);
      expect({ page: url.pathname, error }).toEqual({ page: '/sign-in', error: 'email-not-verified' });
    }
    expect(await prisma.user.count({ where: { email: member.email } })).toBe(0);
    expect(await prisma.oidcIdentity.count({ where: { userId: local.id } })).toBe(0);
  });

  it('refuses a replayed answer, a tampered state, an expired sign-in, a changed nonce and another browser', async () => {
    const member = person();
    const replay = await startSignIn(app, provider, member);
    expect((await answerCallback(replay.browser, replay.callback)).error).toBeNull();
    expect((await answerCallback(replay.browser, replay.callback)).error).toBe('state-used');

    const tampered = await startSignIn(app, provider, member);
    const forged = tampered.callback.replace(/([?&]state=)[^&]+/, `$1${RandomSecret.mint()}`);
    expect((await answerCallback(tampered.browser, forged)).error).toBe('state-mismatch');

    const late = await startSignIn(app, provider, member);
    const lateHash = RandomSecret.digest(late.browser.api.get('stacks_sso') as string);
    await prisma.oidcSignIn.update({ where: { handleHash: lateHash }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await answerCallback(late.browser, late.callback)).error).toBe('state-expired');

    // openid-client checks the ID token's nonce against the one this sign-in sent.
    const swapped = await startSignIn(app, provider, member);
    const swappedHash = RandomSecret.digest(swapped.browser.api.get('stacks_sso') as string);
    await prisma.oidcSignIn.update({ where: { handleHash: swappedHash }, data: { nonce: 'another-nonce-than-the-one-sent' } });
    expect((await answerCallback(swapped.browser, swapped.callback)).error).toBe('nonce-mismatch');

    // The answer carried to a browser that did not start the sign-in (no cookie there).
    const stolen = await startSignIn(app, provider, member);
    expect((await answerCallback(new TestBrowser(app), stolen.callback)).error).toBe('state-missing');
    // A one-time code is useless in another browser, too.
    const finished = await startSignIn(app, provider, member);
    const { token } = await answerCallback(finished.browser, finished.callback);
    const elsewhere = await app.inject({ method: 'POST', url: '/api/v1/auth/oidc/session', payload: { token } });
    expect(elsewhere.statusCode).toBe(400);
  });

  it('names the provider’s refusal and refuses disabled accounts; failures never put a token in a URL', async () => {
    const declined = await startSignIn(app, provider, null);
    const refusal = await answerCallback(declined.browser, declined.callback);
    expect({ error: refusal.error, providerError: refusal.url.searchParams.get('provider_error') }).toEqual({ error: 'provider-error', providerError: 'access_denied' });

    const member = person();
    const { me } = await signIn(member);
    await prisma.user.update({ where: { id: me.id }, data: { disabledAt: new Date() } });
    const disabled = await startSignIn(app, provider, member);
    const verdict = await answerCallback(disabled.browser, disabled.callback);
    expect(verdict.error).toBe('account-disabled');
    expect(verdict.url.toString()).not.toMatch(/token|code=/);
  });

  const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;
  const storedSessionIdToken = async (userId: string) =>
    (await prisma.$queryRaw<{ idToken: string }[]>`SELECT "idToken" FROM "OidcSession" WHERE "userId" = ${userId}::uuid`).map((row) => row.idToken);
  const logout = async (accessToken: string) => {
    const signedOut = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${accessToken}` } });
    expect(signedOut.statusCode).toBe(200);
    return new URL(signedOut.json().endSessionUrl);
  };

  it('keeps the provider’s ID token sealed at rest, in the handoff row and in the session', async () => {
    const { browser, callback } = await startSignIn(app, provider, person());
    const { token } = await answerCallback(browser, callback);
    const handleHash = RandomSecret.digest(browser.api.get('stacks_sso') as string);
    const [handoff] = await prisma.$queryRaw<{ idToken: string; row: string }[]>`
      SELECT "idToken", row_to_json(s)::text AS row FROM "OidcSignIn" s WHERE "handleHash" = ${handleHash}`;
    expect(handoff.idToken).toMatch(/^enc:v1:development-only:/);
    expect(handoff.row).not.toMatch(/eyJ[\w-]+\.[\w-]+\./); // no JWT anywhere in the row
    const secrets = app.nest.get(SecretBox);
    expect(secrets.open(handoff.idToken)).toMatch(JWT);
    const redeemed = await app.inject({ method: 'POST', url: '/api/v1/auth/oidc/session', payload: { token }, headers: { cookie: browser.api.header } });
    expect(redeemed.statusCode).toBe(200);
    const me = (await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${redeemed.json().accessToken}` } })).json();
    const [stored] = await storedSessionIdToken(me.id);
    expect(stored).toMatch(/^enc:v1:development-only:/);
    expect(secrets.open(stored)).toBe(secrets.open(handoff.idToken));
    // The hint at sign-out is the opened token.
    expect((await logout(redeemed.json().accessToken)).searchParams.get('id_token_hint')).toBe(secrets.open(stored));
  });

  it('signs out with the hint from a legacy plaintext session row, and without one when the key that sealed it is gone', async () => {
    const secrets = app.nest.get(SecretBox);
    const legacy = await signIn(person());
    const [sealed] = await storedSessionIdToken(legacy.me.id);
    const plaintext = secrets.open(sealed);
    await prisma.oidcSession.updateMany({ where: { userId: legacy.me.id }, data: { idToken: plaintext } });
    expect((await logout(legacy.tokens.accessToken)).searchParams.get('id_token_hint')).toBe(plaintext);

    const retired = await signIn(person());
    const gone = SecretBox.fromConfig(`retired:${randomBytes(32).toString('base64')}`, 'test');
    await prisma.oidcSession.updateMany({ where: { userId: retired.me.id }, data: { idToken: gone.seal(plaintext) } });
    const endSession = await logout(retired.tokens.accessToken);
    expect(endSession.toString().startsWith(`${provider.issuer}/session/end`)).toBe(true);
    expect(endSession.searchParams.has('id_token_hint')).toBe(false);
    expect(endSession.searchParams.get('client_id')).toBe(provider.clientId);
  });

  it('signs out here and hands back the provider’s end-session URL, which the provider accepts', async () => {
    const member = person();
    const { browser, tokens } = await signIn(member);
    const signedOut = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${tokens.accessToken}` } });
    expect(signedOut.statusCode).toBe(200);
    const endSession = new URL(signedOut.json().endSessionUrl);
    expect(endSession.toString().startsWith(`${provider.issuer}/session/end`)).toBe(true);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_BASE_URL}/sign-in`);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${tokens.accessToken}` } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: tokens.refreshToken } })).statusCode).toBe(401);

    // The provider asks its user to confirm; confirming sends the browser back to our sign-in page.
    const page = await fetch(endSession, { headers: { cookie: browser.provider.header } });
    expect(page.status).toBe(200);
    const form = await page.text();
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(form)?.[1] as string;
    const confirmed = await fetch(new URL('/session/end/confirm', provider.issuer), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: browser.provider.header, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
    });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`${PUBLIC_BASE_URL}/sign-in`);

    // A password session signs out with 204, as before.
    const local = await registerLearner(app, 'Password Only');
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: local.auth })).statusCode).toBe(204);
  });
});

describe('single sign-on switched off', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ OIDC_ISSUER_URL: '', OIDC_CLIENT_ID: '' });
  }, 60_000);
  afterAll(() => app?.close());

  it('says so to the web app and answers its routes with a 404 problem', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/oidc' })).json()).toEqual({ enabled: false, providerName: null, startUrl: null });
    for (const [method, url] of [
      ['GET', '/api/v1/auth/oidc/start'],
      ['GET', '/api/v1/auth/oidc/callback?code=x&state=y'],
      ['POST', '/api/v1/auth/oidc/session'],
    ] as const) {
      const response = await app.inject({ method, url, ...(method === 'POST' ? { payload: { token: RandomSecret.mint() } } : {}) });
      expect({ url, status: response.statusCode, type: response.json().type }).toEqual({ url, status: 404, type: expect.stringMatching(/sso-not-configured$/) });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
