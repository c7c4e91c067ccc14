import { BadgeIssuance } from '@stacks/badge-issuance';
import { type OpenBadgeCredential, signOpenBadge } from '@stacks/badges';
import { registerLearner } from '../../testing/accounts.js';
import { statusListSigned } from '../../testing/badge-award.js';
import { type BadgeTestApp, startBadgeTestApp } from '../../testing/badge-test-app.js';
import { createSeriesWithBadge } from '../../testing/catalogue-fixture.js';
import { verifierCoreStep, verifyWithVerifierCore } from '../../testing/independent-verifier.js';

/**
 * A pathway's higher credential (achievementType Certificate, aligned to competencies), signed as
 * Stacks signs every credential, checked as the Learner Credential Wallet and VerifierPlus check
 * it: @digitalcredentials/verifier-core, with our DID documents and status lists served by the API.
 */
describe('a pathway-style Certificate verifies in the wallet’s verifier', () => {
  let badgeApp: BadgeTestApp;
  beforeAll(async () => {
    badgeApp = await startBadgeTestApp();
  }, 60_000);
  afterAll(() => badgeApp?.close());

  it('signature, expiry and revocation status pass for an aligned Certificate; revoking its status entry shows', async () => {
    const { app, prisma, admin } = badgeApp;
    const issuance = app.nest.get(BadgeIssuance);
    const learner = await registerLearner(app, 'Pathway');
    const series = await createSeriesWithBadge(prisma);
    const awarded = await issuance.award({ userId: learner.id, achievementId: series.achievementId });
    const credentialId = awarded.credentialId as string;
    await statusListSigned(app, credentialId, { signHere: true });
    const stored = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${credentialId}` })).json() as OpenBadgeCredential & { proof?: unknown };
    // The same credential (issuer, holder, status entry) for a Certificate with alignments, signed with the issuer's key.
    const { proof: _proof, ...unsigned } = stored;
    const certificate: OpenBadgeCredential = {
      ...unsigned,
      credentialSubject: {
        ...unsigned.credentialSubject,
        achievement: {
          ...unsigned.credentialSubject.achievement,
          achievementType: 'Certificate',
          alignment: [{ type: ['Alignment'], targetName: 'Facilitating community conversations', targetUrl: 'https://www.ala.org/tools/librariestransform', targetFramework: 'Models for Change' }],
        },
      },
    };
    const { credential } = await signOpenBadge(certificate, unsigned.issuer.id, issuance.keys.active);
    expect(credential.credentialSubject.achievement).toMatchObject({ achievementType: 'Certificate', alignment: [{ targetFramework: 'Models for Change' }] });

    const inWallet = await verifyWithVerifierCore(app, credential);
    expect(['valid_signature', 'expiration', 'revocation_status'].map((step) => verifierCoreStep(inWallet, step))).toEqual([true, true, true]);
    // Our own verifier agrees.
    expect((await app.inject({ method: 'POST', url: '/api/v1/verify', payload: { credential } })).json()).toMatchObject({ verified: true, status: 'valid' });

    const revoked = await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${credentialId}/revoke`, headers: admin.auth, payload: { reason: 'Pathway test' } });
    expect(revoked.statusCode).toBe(201);
    await statusListSigned(app, credentialId, { signHere: true });
    const afterRevoke = await verifyWithVerifierCore(app, credential);
    expect(verifierCoreStep(afterRevoke, 'valid_signature')).toBe(true);
    expect(verifierCoreStep(afterRevoke, 'revocation_status')).toBe(false);
  }, 60_000);
});
