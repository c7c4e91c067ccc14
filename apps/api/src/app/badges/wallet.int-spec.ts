import { createDidKeyWallet, type DidKeyWallet } from '@stacks/badges';
import { PrismaService } from '@stacks/db';
import { registerLearner, type TestAccount } from '../../testing/accounts.js';
import { awardByAdmin, waitForIssued } from '../../testing/badge-award.js';
import { createSeriesWithBadge } from '../../testing/catalogue-fixture.js';
import { type BadgeTestApp, startBadgeTestApp } from '../../testing/badge-test-app.js';
import type { TestApp } from '../../testing/test-app.js';

const WALLET_DID = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

/** The exchange's DIDAuth domain: the host of PUBLIC_BASE_URL. */
const DOMAIN = 'localhost:3000';

describe('into a wallet: VC-API exchanges for the Learner Credential Wallet, holder DIDs, LinkedIn', () => {
  let badgeApp: BadgeTestApp;
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  /** The learner's wallet: a fresh did:key that signs DIDAuth as the Learner Credential Wallet does. */
  let wallet: DidKeyWallet;
  /** What the wallet posts: a DIDAuth presentation answering the challenge, really signed. */
  const didAuth = (challenge: string, options: { domain?: string; date?: Date; signer?: DidKeyWallet } = {}) =>
    (options.signer ?? wallet).signDidAuth({ challenge, domain: options.domain ?? DOMAIN, date: options.date });

  beforeAll(async () => {
    wallet = await createDidKeyWallet();
    badgeApp = await startBadgeTestApp({}, { worker: true });
    ({ app, prisma, admin } = badgeApp);
  }, 60_000);
  afterAll(() => badgeApp?.close());

  const earn = async (name: string) => {
    const series = await createSeriesWithBadge(prisma);
    const learner = await registerLearner(app, name);
    const { credentialId } = await awardByAdmin(app, admin, learner.id, series.achievementSlug);
    return { learner, credentialId };
  };
  const newExchange = (learner: TestAccount, credentialId: string) =>
    app.inject({ method: 'POST', url: `/api/v1/me/badges/${credentialId}/wallet-exchanges`, headers: learner.auth });
  /** The wallet calls the exchange URL with no sign-in of ours. */
  const walletPost = (exchangeUrl: string, payload: unknown) => app.inject({ method: 'POST', url: new URL(exchangeUrl).pathname, payload: payload as object });

  it('the wallet link and QR code lead the wallet through DIDAuth to the stored credential, once', async () => {
    const { learner, credentialId } = await earn('Maya');
    const created = await newExchange(learner, credentialId);
    expect(created.statusCode).toBe(201);
    const exchange = created.json();
    expect(exchange).toMatchObject({ credentialId, status: 'pending', completedAt: null });
    expect(new Date(exchange.expiresAt).getTime() - Date.now()).toBeGreaterThan(800_000);
    const walletUrl = new URL(exchange.walletUrl);
    expect(`${walletUrl.origin}${walletUrl.pathname}`).toBe('https://lcw.app/request.html');
    expect(walletUrl.searchParams.get('vc_request_url')).toBe(exchange.exchangeUrl);
    expect(walletUrl.searchParams.get('challenge')).toBe(exchange.challenge);
    expect(exchange.exchangeUrl).toMatch(/^http:\/\/localhost:3000\/api\/v1\/exchanges\/[A-Za-z0-9_-]{43}$/);
    expect(exchange.qrSvg).toMatch(/^<svg[^>]+viewBox/);
    // The token is stored only as a hash.
    const token = exchange.exchangeUrl.split('/').pop();
    expect(JSON.stringify(await prisma.walletExchange.findMany({ where: { userId: learner.id } }))).not.toContain(token);

    const start = await walletPost(exchange.exchangeUrl, {});
    expect(start.statusCode).toBe(200);
    expect(start.json().verifiablePresentationRequest).toMatchObject({
      query: [{ type: 'DIDAuthentication' }],
      challenge: exchange.challenge,
      interact: { service: [{ type: 'VerifiableCredentialApiExchangeService', serviceEndpoint: exchange.exchangeUrl }] },
    });

    const delivered = await walletPost(exchange.exchangeUrl, { verifiablePresentation: await didAuth(exchange.challenge) });
    expect(delivered.statusCode).toBe(200);
    const stored = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${credentialId}` })).json();
    expect(delivered.json().verifiablePresentation).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      verifiableCredential: [stored],
    });

    const again = await walletPost(exchange.exchangeUrl, { verifiablePresentation: await didAuth(exchange.challenge) });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await walletPost(exchange.exchangeUrl, {})).statusCode).toBe(409);
    const status = (await app.inject({ method: 'GET', url: `/api/v1/me/wallet-exchanges/${exchange.id}`, headers: learner.auth })).json();
    expect(status).toMatchObject({ status: 'completed', presentedDid: wallet.did });
  });

  it('a bare presentation (older wallets) works too; two racing wallets get one credential between them', async () => {
    const { learner, credentialId } = await earn('Race');
    const exchange = (await newExchange(learner, credentialId)).json();
    const [first, second] = [await didAuth(exchange.challenge), await didAuth(exchange.challenge)];
    const results = await Promise.all([walletPost(exchange.exchangeUrl, first), walletPost(exchange.exchangeUrl, second)]);
    expect(results.map((result) => result.statusCode).sort()).toEqual([200, 409]);
  });

  it('expired links are refused with 410, and bad input with a 4xx naming the field', async () => {
    const { learner, credentialId } = await earn('Late');
    const exchange = (await newExchange(learner, credentialId)).json();
    const signed = await didAuth(exchange.challenge);
    const other = await createDidKeyWallet();
    // Each refusal names the field and the rule it broke.
    const badPresentations: [string, unknown, string, string][] = [
      ['not an object', { verifiablePresentation: 'a string' }, 'verifiablePresentation', 'isObject'],
      ['not a presentation', { verifiablePresentation: { ...signed, type: ['VerifiableCredential'] } }, 'verifiablePresentation.type', 'includes'],
      ['unsupported DID method', { verifiablePresentation: { ...signed, holder: 'did:web:wallet.example' } }, 'verifiablePresentation.holder', 'didMethod'],
      ['no proof', { verifiablePresentation: { ...signed, proof: undefined } }, 'verifiablePresentation.proof', 'required'],
      ['wrong challenge', { verifiablePresentation: await didAuth('another-challenge') }, 'verifiablePresentation.proof.challenge', 'equals'],
      ['wrong domain', { verifiablePresentation: await didAuth(exchange.challenge, { domain: 'evil.example' }) }, 'verifiablePresentation.proof.domain', 'equals'],
      ['expired', { verifiablePresentation: await didAuth(exchange.challenge, { date: new Date(Date.now() - 3_600_000) }) }, 'verifiablePresentation.proof.created', 'fresh'],
      ['another holder’s key', { verifiablePresentation: { ...signed, holder: other.did } }, 'verifiablePresentation.proof.verificationMethod', 'ofHolder'],
      ['tampered', { verifiablePresentation: { ...signed, id: 'urn:uuid:0d9c1b52-3a7e-4a0f-9d55-6f3a1c2b4e77' } }, 'verifiablePresentation.proof', 'signature'],
    ];
    for (const [why, payload, field, rule] of badPresentations) {
      const response = await walletPost(exchange.exchangeUrl, payload);
      expect({ why, status: response.statusCode }).toEqual({ why, status: 400 });
      expect({ why, errors: response.json().errors.map((error: { field: string; rule: string }) => [error.field, error.rule]) }).toEqual({ why, errors: [[field, rule]] });
    }
    // None of those used the link up.
    expect((await walletPost(exchange.exchangeUrl, {})).statusCode).toBe(200);

    const malformed = await app.inject({ method: 'POST', url: '/api/v1/exchanges/not-a-token', payload: {} });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].field).toBe('exchangeId');
    expect((await app.inject({ method: 'POST', url: `/api/v1/exchanges/${'A'.repeat(43)}`, payload: {} })).statusCode).toBe(404);

    await prisma.walletExchange.update({ where: { id: exchange.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await walletPost(exchange.exchangeUrl, { verifiablePresentation: await didAuth(exchange.challenge) });
    expect(expired.statusCode).toBe(410);
    expect((await app.inject({ method: 'GET', url: `/api/v1/me/wallet-exchanges/${exchange.id}`, headers: learner.auth })).json().status).toBe('expired');

    // Asking for a new code retires the open one: only the newest link works.
    const first = (await newExchange(learner, credentialId)).json();
    const second = (await newExchange(learner, credentialId)).json();
    expect((await walletPost(first.exchangeUrl, {})).statusCode).toBe(410);
    expect((await walletPost(second.exchangeUrl, await didAuth(second.challenge))).statusCode).toBe(200);
  });

  it('another learner cannot reach my exchange or my badge', async () => {
    const { learner, credentialId } = await earn('Owner');
    const other = await registerLearner(app, 'Other');
    const exchange = (await newExchange(learner, credentialId)).json();
    expect((await app.inject({ method: 'GET', url: `/api/v1/me/wallet-exchanges/${exchange.id}`, headers: other.auth })).statusCode).toBe(404);
    expect((await newExchange(other, credentialId)).statusCode).toBe(404);
    const reissue = await app.inject({ method: 'POST', url: `/api/v1/me/badges/${credentialId}/reissue-to-did`, headers: other.auth, payload: { did: WALLET_DID } });
    expect(reissue.statusCode).toBe(404);
    expect(await prisma.badgeCredential.count({ where: { replacesId: credentialId } })).toBe(0);
    expect((await newExchange(learner, 'not-a-uuid')).json().errors[0].field).toBe('credentialId');
  });

  it('a learner saves their wallet DID and has the badge re-issued naming it; revoked badges cannot go into a wallet', async () => {
    const { learner, credentialId } = await earn('Holder');
    const invalid = await app.inject({ method: 'PUT', url: '/api/v1/me/holder-did', headers: learner.auth, payload: { did: 'did:web:example.org#frag' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].field).toBe('did');
    const noneYet = await app.inject({ method: 'POST', url: `/api/v1/me/badges/${credentialId}/reissue-to-did`, headers: learner.auth, payload: {} });
    expect(noneYet.statusCode).toBe(422);
    expect(noneYet.json().errors[0].field).toBe('did');

    expect((await app.inject({ method: 'PUT', url: '/api/v1/me/holder-did', headers: learner.auth, payload: { did: WALLET_DID } })).json()).toEqual({ did: WALLET_DID });
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/holder-did', headers: learner.auth })).json()).toEqual({ did: WALLET_DID });
    const reissued = await app.inject({ method: 'POST', url: `/api/v1/me/badges/${credentialId}/reissue-to-did`, headers: learner.auth, payload: {} });
    expect(reissued.statusCode).toBe(202);
    expect(reissued.headers.location).toBe(`/api/v1/me/badge-issuances/${reissued.json().id}`);
    expect(reissued.json()).toMatchObject({ replaces: credentialId, subjectDid: WALLET_DID, status: expect.stringMatching(/^(PENDING|ISSUED)$/) });
    // Someone else cannot poll my re-issue.
    const other = await registerLearner(app, 'Onlooker');
    expect((await app.inject({ method: 'GET', url: String(reissued.headers.location), headers: other.auth })).statusCode).toBe(404);
    const issued = await waitForIssued(app, learner.auth, String(reissued.headers.location));
    const newId = issued.credentialId as string;
    expect(issued).toMatchObject({ status: 'ISSUED', credentialId: expect.any(String), replaces: credentialId, subjectDid: WALLET_DID });

    const credential = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${newId}` })).json();
    expect(credential.credentialSubject.id).toBe(WALLET_DID);
    const jws = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${newId}/jws` })).body;
    expect((await app.inject({ method: 'POST', url: '/api/v1/verify', payload: { credential: jws } })).json()).toMatchObject({ verified: true });
    const badges = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: learner.auth })).json();
    expect(badges.find((badge: { credentialId: string }) => badge.credentialId === newId)).toMatchObject({ status: 'valid', subjectDid: WALLET_DID });
    expect(badges.find((badge: { credentialId: string }) => badge.credentialId === credentialId)).toMatchObject({ status: 'revoked' });

    // A retry of the same re-issue, or re-issuing to the DID it already names, is a conflict, not a second credential.
    expect((await app.inject({ method: 'POST', url: `/api/v1/me/badges/${credentialId}/reissue-to-did`, headers: learner.auth, payload: {} })).statusCode).toBe(409);
    expect((await app.inject({ method: 'POST', url: `/api/v1/me/badges/${newId}/reissue-to-did`, headers: learner.auth, payload: {} })).statusCode).toBe(409);
    expect(await prisma.badgeCredential.count({ where: { award: { userId: learner.id }, revokedAt: null } })).toBe(1);
    // The superseded credential cannot be handed to a wallet.
    expect((await newExchange(learner, credentialId)).statusCode).toBe(409);

    expect((await app.inject({ method: 'DELETE', url: '/api/v1/me/holder-did', headers: learner.auth })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/holder-did', headers: learner.auth })).json()).toEqual({ did: null });
  });

  it('a credential naming a holder DID goes only to the wallet that proves it controls that DID', async () => {
    const { learner, credentialId } = await earn('Bound');
    const reissued = await app.inject({ method: 'POST', url: `/api/v1/me/badges/${credentialId}/reissue-to-did`, headers: learner.auth, payload: { did: wallet.did } });
    expect(reissued.statusCode).toBe(202);
    const bound = (await waitForIssued(app, learner.auth, String(reissued.headers.location))).credentialId as string;
    const exchange = (await newExchange(learner, bound)).json();
    const stranger = await createDidKeyWallet();
    const refused = await walletPost(exchange.exchangeUrl, await didAuth(exchange.challenge, { signer: stranger }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'verifiablePresentation.holder', rule: 'matchesCredentialSubject' })]);
    const delivered = await walletPost(exchange.exchangeUrl, await didAuth(exchange.challenge));
    expect(delivered.statusCode).toBe(200);
    expect(delivered.json().verifiablePresentation.verifiableCredential[0].credentialSubject.id).toBe(wallet.did);
  });

  it('My badges offers a LinkedIn “Add to profile” link prefilled from the credential', async () => {
    const { learner, credentialId } = await earn('Linked');
    const [badge] = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: learner.auth })).json();
    const url = new URL(badge.addToLinkedIn);
    const issued = new Date(badge.issuedAt);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Dialogue facilitation (test series)',
      organizationName: 'Test Division',
      issueYear: String(issued.getUTCFullYear()),
      issueMonth: String(issued.getUTCMonth() + 1),
      certUrl: `http://localhost:3000/api/v1/credentials/${credentialId}/page`,
      certId: credentialId,
    });
  });
});
