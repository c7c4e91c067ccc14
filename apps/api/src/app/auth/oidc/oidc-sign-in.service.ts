import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { Prisma, PrismaService } from '@stacks/db';
import { SecretBox } from '@stacks/secret-box';
import * as oidc from 'openid-client';
import { DomainError } from '../../problem/domain-error.js';
import { AccountTokens, RandomSecret } from '../account-tokens.js';
import { AuthService } from '../auth.service.js';
import type { TokenPairDto } from '../dto/auth.dto.js';
import { EmailVerificationService } from '../email-verification.service.js';
import { OidcProviderClient } from './oidc-provider-client.js';

/** From "Sign in with …" to the provider's answer. */
const SIGN_IN_TTL_MS = 10 * 60_000;
/** From the provider's answer to the web app redeeming the one-time code (one redirect away). */
const HANDOFF_TTL_MS = 2 * 60_000;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Why a sign-in through the provider failed; the web app's sign-in page explains each. None says
 * whether an account exists for an address (a disabled account is named only to its owner, who has
 * just proved who they are at the provider).
 */
export const SSO_FAILURE_REASONS = [
  /** No sign-in under way in this browser (no or unknown cookie). */
  'state-missing',
  /** The provider's answer was already taken once (a replay, or the back button). */
  'state-used',
  'state-expired',
  /** The answer's state is not the one sent (tampered, or another tab's). */
  'state-mismatch',
  /** The provider answered with an error (e.g. the person declined). */
  'provider-error',
  'provider-unavailable',
  /** The provider refused the code (expired, already used, wrong PKCE verifier). */
  'exchange-failed',
  'nonce-mismatch',
  /** The ID token failed a check other than the nonce (signature, audience, issuer, time). */
  'id-token-invalid',
  'email-missing',
  'email-not-verified',
  'account-disabled',
] as const;
export type SsoFailureReason = (typeof SSO_FAILURE_REASONS)[number];

export class SsoFailure extends Error {
  constructor(
    readonly reason: SsoFailureReason,
    /** The provider's OAuth error code, when it gave one (letters, digits, underscores only). */
    readonly providerError?: string,
  ) {
    super(`single sign-on failed: ${reason}`);
    this.name = 'SsoFailure';
  }
}

export const invalidSignInCode = () =>
  new DomainError(400, 'invalid-sign-in-code', 'This sign-in code is invalid, has expired, was already used or belongs to another browser; sign in again', [
    { field: 'token', rule: 'validSignInCode', message: 'token is not a live sign-in code of this browser' },
  ]);

interface ProviderPerson {
  issuer: string;
  subject: string;
  email: string;
  name: string;
}

interface PendingSignIn {
  id: string;
  stateHash: string;
  nonce: string;
  codeVerifier: string;
  next: string | null;
  live: boolean;
}

/**
 * Single sign-on with the member identity provider: authorization code with PKCE (S256), state
 * and nonce. What a sign-in needs between the two redirects lives in one database row found by the
 * hash of a random handle that only the starting browser holds (an HttpOnly cookie); the row is
 * taken once. Our own session is handed over as a one-time code the web app redeems by POST in the
 * same browser, so no token ever appears in a URL.
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger(OidcSignInService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly provider: OidcProviderClient,
    private readonly auth: AuthService,
    private readonly verification: EmailVerificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    /** The provider's ID token is kept sealed (a bearer credential naming the person) and opened only for the hint. */
    private readonly secrets: SecretBox,
  ) {}

  /** Where to send the browser, and the handle its cookie keeps. */
  async start(next?: string): Promise<{ authorizationUrl: string; handle: string }> {
    const configuration = await this.provider.configuration().catch(() => {
      throw new SsoFailure('provider-unavailable');
    });
    const handle = RandomSecret.mint();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const now = Date.now();
    await this.prisma.oidcSignIn.create({
      data: { handleHash: RandomSecret.digest(handle), stateHash: RandomSecret.digest(state), nonce, codeVerifier, next: next ?? null, expiresAt: new Date(now + SIGN_IN_TTL_MS) },
    });
    const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.provider.redirectUrl,
      scope: this.provider.scopes,
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { authorizationUrl: authorizationUrl.toString(), handle };
  }

  /**
   * Takes the provider's answer (the callback's query string) for the sign-in this browser's handle
   * names: checks state, exchanges the code (openid-client checks PKCE, the ID token and its
   * nonce), requires a verified address, finds, links or creates the account, and returns the
   * one-time code for the web app. Throws SsoFailure naming the reason.
   */
  async callback(handle: string | undefined, query: string): Promise<{ code: string; next: string | null }> {
    const pending = await this.take(handle);
    const answer = new URLSearchParams(query);
    const state = answer.get('state') ?? '';
    if (!RandomSecret.matches(pending.stateHash, state)) throw new SsoFailure('state-mismatch');
    const providerError = answer.get('error');
    if (providerError !== null) throw new SsoFailure('provider-error', providerError.replace(/\W/g, '').slice(0, 64));

    const configuration = await this.provider.configuration().catch(() => {
      throw new SsoFailure('provider-unavailable');
    });
    const currentUrl = new URL(this.provider.redirectUrl);
    currentUrl.search = answer.toString();
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        // Compared with the stored hash above, in constant time; openid-client compares again.
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw this.exchangeFailure(error);
    }
    const person = await this.person(configuration, tokens);
    const userId = await this.resolveAccount(person);
    const code = RandomSecret.mint();
    await this.prisma.oidcSignIn.update({
      where: { id: pending.id },
      data: { userId, handoffHash: RandomSecret.digest(code), idToken: tokens.id_token ? this.secrets.seal(tokens.id_token) : null, expiresAt: new Date(Date.now() + HANDOFF_TTL_MS) },
    });
    return { code, next: pending.next };
  }

  /** Redeems the callback's one-time code, in the browser that started the sign-in, for our normal session. */
  async redeem(handle: string | undefined, code: string): Promise<TokenPairDto> {
    if (!RandomSecret.isWellFormed(handle) || !RandomSecret.isWellFormed(code)) throw invalidSignInCode();
    const [row] = await this.prisma.$queryRaw<{ userId: string | null; idToken: string | null }[]>`
      DELETE FROM "OidcSignIn"
      WHERE "handleHash" = ${RandomSecret.digest(handle)} AND "handoffHash" = ${RandomSecret.digest(code)} AND "expiresAt" > now()
      RETURNING "userId", "idToken"`;
    if (!row?.userId) throw invalidSignInCode();
    const user = await this.prisma.user.findUnique({ where: { id: row.userId }, select: { id: true, role: true, disabledAt: true } });
    // Disabled in the seconds since the callback.
    if (!user || user.disabledAt) throw new DomainError(403, 'account-disabled', 'This account has been disabled; contact the association');
    const sessionId = randomUUID();
    // Still sealed: it moves from the handoff row to the session as stored.
    if (row.idToken) await this.prisma.oidcSession.create({ data: { sessionId, userId: user.id, idToken: row.idToken } });
    return this.auth.startSession(user.id, user.role, sessionId);
  }

  /**
   * After our session `sessionId` was revoked: the provider's end-session URL when the session came
   * from single sign-on and the provider offers RP-initiated logout, else null.
   */
  async endSessionUrl(sessionId: string): Promise<string | null> {
    const session = await this.prisma.oidcSession.findUnique({ where: { sessionId } });
    if (!session) return null;
    await this.prisma.oidcSession.deleteMany({ where: { sessionId } });
    if (!this.provider.enabled) return null;
    const configuration = await this.provider.configuration().catch(() => null);
    if (!configuration?.serverMetadata().end_session_endpoint) return null;
    let idTokenHint: string | undefined;
    try {
      idTokenHint = this.secrets.open(session.idToken); // a legacy plaintext row opens as itself
    } catch (error) {
      // Sealed with a key since retired: sign out at the provider without the hint (it then asks who).
      this.logger.warn({ sessionId, error: (error as Error).message }, 'the ID token of a single sign-on session could not be opened; signing out without id_token_hint');
    }
    const parameters: Record<string, string> = { post_logout_redirect_uri: this.provider.postLogoutRedirectUrl };
    if (idTokenHint) parameters.id_token_hint = idTokenHint;
    return oidc.buildEndSessionUrl(configuration, parameters).toString();
  }

  /** The pending sign-in of this handle, marked used in the same statement (two racing callbacks: one wins). */
  private async take(handle: string | undefined): Promise<PendingSignIn> {
    if (!RandomSecret.isWellFormed(handle)) throw new SsoFailure('state-missing');
    const handleHash = RandomSecret.digest(handle);
    const [pending] = await this.prisma.$queryRaw<PendingSignIn[]>`
      UPDATE "OidcSignIn" SET "usedAt" = now()
      WHERE "handleHash" = ${handleHash} AND "usedAt" IS NULL
      RETURNING id, "stateHash", nonce, "codeVerifier", next, "expiresAt" > now() AS live`;
    if (!pending) {
      const seen = await this.prisma.oidcSignIn.count({ where: { handleHash } });
      throw new SsoFailure(seen > 0 ? 'state-used' : 'state-missing');
    }
    if (!pending.live) throw new SsoFailure('state-expired');
    return pending;
  }

  private exchangeFailure(error: unknown): SsoFailure {
    const code = (error as { code?: string }).code ?? (error instanceof Error ? error.name : 'unknown');
    // Codes and names only: the provider's response bodies can echo codes and tokens.
    this.logger.warn({ code, error: (error as { error?: string }).error }, 'OpenID code exchange failed');
    if (error instanceof oidc.AuthorizationResponseError) return new SsoFailure('provider-error', error.error.replace(/\W/g, '').slice(0, 64));
    if (error instanceof oidc.ResponseBodyError) return new SsoFailure('exchange-failed');
    const claim = ((error as { cause?: { cause?: { claim?: string } } }).cause?.cause as { claim?: string } | undefined)?.claim;
    if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce') return new SsoFailure('nonce-mismatch');
    if (/JWT|JWS|ID_TOKEN|CLAIM|TIMESTAMP/.test(code)) return new SsoFailure('id-token-invalid');
    if (error instanceof TypeError || /TIMEOUT|ABORT/i.test(code)) return new SsoFailure('provider-unavailable');
    return new SsoFailure('exchange-failed');
  }

  /** Who the provider says signed in: the ID token's claims, completed from UserInfo when they lack the address. */
  private async person(configuration: oidc.Configuration, tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>): Promise<ProviderPerson> {
    const idToken = tokens.claims();
    if (!idToken) throw new SsoFailure('id-token-invalid');
    let claims: Record<string, unknown> = idToken;
    if (typeof idToken.email !== 'string' || typeof idToken.email_verified !== 'boolean') {
      try {
        // Many providers put the address in UserInfo only; openid-client checks that it is the same subject.
        claims = { ...idToken, ...(await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub)) };
      } catch (error) {
        throw this.exchangeFailure(error);
      }
    }
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!EMAIL.test(email) || email.length > 254) throw new SsoFailure('email-missing');
    // Only the provider's explicit `true` counts: an address it has not proved could be anyone's.
    if (claims.email_verified !== true) throw new SsoFailure('email-not-verified');
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : email.split('@')[0];
    return { issuer: idToken.iss, subject: idToken.sub, email, name: name.slice(0, 100) };
  }

  /**
   * The account of this provider identity: the linked one; else the account with the same address,
   * now linked; else a new one. Linking an account whose address was never verified verifies it
   * (the provider proved it) and releases what was held, through the e-mail verification path.
   */
  private async resolveAccount(person: ProviderPerson, attempt = 0): Promise<string> {
    try {
      const outcome = await this.prisma.$transaction(async (tx) => {
        const identity = await tx.oidcIdentity.findUnique({ where: { issuer_subject: { issuer: person.issuer, subject: person.subject } }, include: { user: true } });
        if (identity) {
          if (identity.user.disabledAt) throw new SsoFailure('account-disabled');
          await tx.oidcIdentity.update({ where: { id: identity.id }, data: { email: person.email, lastSignInAt: new Date() } });
          return identity.user;
        }
        const existing = await tx.user.findUnique({ where: { email: person.email } });
        if (existing) {
          if (existing.disabledAt) throw new SsoFailure('account-disabled');
          await tx.oidcIdentity.create({ data: { issuer: person.issuer, subject: person.subject, userId: existing.id, email: person.email } });
          if (!existing.emailVerifiedAt) await this.verifyByProvider(tx, existing.id, person.email);
          return tx.user.findUniqueOrThrow({ where: { id: existing.id } });
        }
        return tx.user.create({
          data: {
            email: person.email,
            // No local password: '' never matches (see AuthService.passwordMatches); a reset can set one.
            passwordHash: '',
            displayName: person.name,
            emailVerifiedAt: new Date(),
            // NULL: the release below credits attendance imported for this address before the account existed.
            heldReleasedAt: null,
            profile: { create: {} },
            oidcIdentities: { create: { issuer: person.issuer, subject: person.subject, email: person.email } },
          },
        });
      });
      if (outcome.emailVerifiedAt && !outcome.heldReleasedAt) await this.verification.releaseHeld(outcome.id);
      return outcome.id;
    } catch (error) {
      // Two first sign-ins of one person at once: the loser finds what the winner created.
      if (attempt === 0 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return this.resolveAccount(person, 1);
      throw error;
    }
  }

  /**
   * The provider proved the address of an account registered here but never verified. Whoever
   * registered it chose its password and may still be signed in, and could be someone other than
   * the address's owner: both are voided, and the owner can choose a password by reset.
   */
  private async verifyByProvider(tx: Prisma.TransactionClient, userId: string, email: string): Promise<void> {
    await this.verification.markVerified(tx, userId, email);
    await tx.user.update({ where: { id: userId }, data: { passwordHash: '' } });
    await this.auth.revokeSessions(tx, userId);
    await AccountTokens.revokeAll(tx, userId, 'EMAIL_VERIFICATION');
  }
}

