import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { Prisma, PrismaService, type Role } from '@stacks/db';
import { composeRegistrationAttempt } from '@stacks/notifications';
import { checkPassword } from '@stacks/password-policy';
import { DomainError } from '../problem/domain-error.js';
import { addressKey, LockoutName, RateLimiter, RateLimitName } from '../rate-limit/rate-limit.js';
import { AccountMailer } from './account-mailer.js';
import type { LoginDto, RegisterDto, TokenPairDto } from './dto/auth.dto.js';
import { EmailVerificationService } from './email-verification.service.js';

const ARGON2ID = 2; // Algorithm.Argon2id (const enum in @node-rs/argon2's typings)

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A precomputed hash so that an unknown email costs as much as a wrong password (no user enumeration by timing). */
let dummyHash: Promise<string> | undefined;

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly verification: EmailVerificationService,
    private readonly limiter: RateLimiter,
    private readonly mailer: AccountMailer,
  ) {}

  hashPassword(password: string): Promise<string> {
    return hash(password, { algorithm: ARGON2ID });
  }

  /**
   * The one password policy (length, and not guessable from breached/common lists or the
   * person's own address and name), for every password a person chooses: 400 naming `field`.
   */
  assertAcceptablePassword(password: string, userInputs: string[], field = 'password'): void {
    const verdict = checkPassword(password, userInputs);
    if (!verdict.ok) {
      throw new DomainError(400, 'weak-password', 'The password breaks the password policy', [
        { field, rule: verdict.rule as string, message: (verdict.message as string).replace(/^password/, field) },
      ]);
    }
  }

  /**
   * Creates an unverified learner account and mails the verification link. The answer is the same
   * whether or not the address already has an account (no enumeration): an existing account's
   * owner gets a mail saying someone tried, at most once a day, and nothing about it changes.
   * Mails go out after the response so both cases take the same time.
   */
  async register(input: RegisterDto): Promise<void> {
    const email = input.email.trim().toLowerCase();
    const displayName = input.displayName.trim();
    this.assertAcceptablePassword(input.password, [email, displayName]);
    const passwordHash = await this.hashPassword(input.password);
    try {
      const user = await this.prisma.user.create({
        data: {
          email,
          passwordHash,
          displayName,
          // Anyone can type any address: it counts once its owner follows the mailed link.
          emailVerifiedAt: null,
          heldReleasedAt: null,
          profile: { create: { ...input.profile } },
        },
      });
      this.afterResponse(this.verification.send(user.id), 'verification mail');
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
      this.afterResponse(this.mailRegistrationAttempt(email), 'registration notice mail');
    }
  }

  private afterResponse(work: Promise<unknown>, what: string): void {
    void work.catch((error: unknown) => this.logger.warn({ code: (error as { code?: string }).code ?? 'unknown' }, `${what} failed`));
  }

  private async mailRegistrationAttempt(email: string): Promise<void> {
    const owner = await this.prisma.user.findUnique({ where: { email }, select: { displayName: true, disabledAt: true, deletedAt: true } });
    if (!owner || owner.disabledAt || owner.deletedAt) return;
    if (!(await this.limiter.hit(RateLimitName.RegistrationNoticePerAddress, addressKey(email))).allowed) return;
    await this.mailer.send(
      { name: owner.displayName, address: email },
      composeRegistrationAttempt({
        learnerName: owner.displayName,
        signInUrl: new URL('/sign-in', this.config.PUBLIC_BASE_URL).toString(),
        resetUrl: new URL('/forgot-password', this.config.PUBLIC_BASE_URL).toString(),
      }),
    );
  }

  /**
   * Signs in. Besides the per-client limit on the route, failures are counted per normalised
   * address (known or not, so the answer reveals nothing): past the free ones the address is locked
   * out for a doubling time, during which even the right password gets the same 429.
   */
  async login(input: LoginDto): Promise<TokenPairDto | { lockedForMs: number }> {
    const email = input.email.trim().toLowerCase();
    const account = addressKey(email);
    const lockedForMs = await this.limiter.lockedFor(LockoutName.SignInPerAccount, account);
    if (lockedForMs > 0) return { lockedForMs };
    const user = await this.prisma.user.findUnique({ where: { email } });
    const valid = await this.passwordMatches(user?.passwordHash, input.password);
    if (!user || !valid) {
      await this.limiter.recordFailure(LockoutName.SignInPerAccount, account);
      throw new DomainError(401, 'invalid-credentials', 'Email or password is incorrect');
    }
    await this.limiter.clearFailures(LockoutName.SignInPerAccount, account);
    // Said only to someone who knows the password.
    if (user.disabledAt) throw new DomainError(403, 'account-disabled', 'This account has been disabled; contact the association');
    // A release of held awards and attendance that a crash interrupted is finished now.
    if (user.emailVerifiedAt && !user.heldReleasedAt) await this.verification.releaseHeld(user.id);
    return this.startSession(user.id, user.role);
  }

  /** Checks a password against a stored hash; a missing hash costs as much as a wrong password. */
  async passwordMatches(passwordHash: string | undefined | null, password: string): Promise<boolean> {
    dummyHash ??= this.hashPassword(randomBytes(16).toString('hex'));
    const valid = await verify(passwordHash || (await dummyHash), password);
    return valid && Boolean(passwordHash);
  }

  /** Re-authentication for sensitive changes: the signed-in learner's current password, or 403. */
  async confirmPassword(userId: string, password: string): Promise<void> {
    const user = await this.prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
    if (!(await this.passwordMatches(user?.passwordHash, password))) {
      throw new DomainError(403, 'reauthentication-failed', 'The current password is incorrect', [
        { field: 'currentPassword', rule: 'correct', message: 'currentPassword does not match this account' },
      ]);
    }
  }

  /** Signs the account out everywhere, or everywhere but the session `keepSessionId`. */
  async revokeSessions(db: Prisma.TransactionClient, userId: string, keepSessionId?: string): Promise<void> {
    await db.refreshToken.updateMany({
      where: { userId, revokedAt: null, ...(keepSessionId ? { familyId: { not: keepSessionId } } : {}) },
      data: { revokedAt: new Date() },
    });
  }

  /**
   * Rotates a refresh token. Presenting one that was already rotated means it leaked:
   * the whole family is revoked and the caller must log in again.
   */
  async refresh(refreshToken: string): Promise<TokenPairDto> {
    const tokenHash = sha256(refreshToken);
    const stored = await this.prisma.refreshToken.findUnique({ where: { tokenHash }, include: { user: true } });
    if (!stored || stored.expiresAt <= new Date()) {
      throw new DomainError(401, 'invalid-refresh-token', 'The refresh token is invalid or expired');
    }
    if (stored.user.disabledAt) throw new DomainError(401, 'invalid-refresh-token', 'The refresh token is invalid or expired');
    if (stored.revokedAt) {
      await this.revokeFamily(stored.familyId);
      throw new DomainError(401, 'refresh-token-reused', 'This refresh token was already used; the session has been revoked');
    }
    const rotated = await this.prisma.refreshToken.updateMany({
      where: { id: stored.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (rotated.count === 0) {
      // A concurrent refresh won the race with the same token: treat as reuse.
      await this.revokeFamily(stored.familyId);
      throw new DomainError(401, 'refresh-token-reused', 'This refresh token was already used; the session has been revoked');
    }
    return this.issueTokens(stored.user.id, stored.user.role, stored.familyId);
  }

  async logout(sessionId: string): Promise<void> {
    await this.revokeFamily(sessionId);
  }

  private revokeFamily(familyId: string) {
    return this.prisma.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });
  }

  /** A new session (refresh-token family) for an account that has just proved who it is. */
  startSession(userId: string, role: Role, sessionId: string = randomUUID()): Promise<TokenPairDto> {
    return this.issueTokens(userId, role, sessionId);
  }

  private async issueTokens(userId: string, role: Role, familyId: string): Promise<TokenPairDto> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.prisma.refreshToken.create({
      data: {
        userId,
        familyId,
        tokenHash: sha256(refreshToken),
        expiresAt: new Date(Date.now() + this.config.JWT_REFRESH_TTL_DAYS * 86_400_000),
      },
    });
    const accessToken = await this.jwt.signAsync({ sub: userId, role, sid: familyId });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.JWT_ACCESS_TTL_SECONDS, refreshToken };
  }
}
