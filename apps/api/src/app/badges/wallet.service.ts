import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { BadgeIssuance, BadgeIssuanceError, UUID } from '@stacks/badge-issuance';
import { checkHolderDid, didAuthenticationRequest, learnerCredentialWalletUrl, VC_CONTEXT_V2 } from '@stacks/badges';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService, type WalletExchange } from '@stacks/db';
import { toString as qrCodeString } from 'qrcode';
import { OutboxPublisher } from '@stacks/queues';
import { DomainError, notFound } from '../problem/domain-error.js';
import { BadgesService } from './badges.service.js';
import type { HolderDidDto, NewWalletExchangeDto, ReissuedToDidDto, WalletExchangeDto } from './dto/wallet.dto.js';

/** 32 random bytes, base64url: the exchange URL is its own capability, so it must be unguessable. */
const EXCHANGE_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

const fieldError = (status: 400 | 409 | 422, field: string, rule: string, message: string) =>
  new DomainError(status, 'validation-failed', message, [{ field, rule, message }]);

/**
 * "Add to wallet": one-time VC-API exchanges that hand a learner's credential to the DCC Learner
 * Credential Wallet, and the holder DID a learner may have their badges re-issued to.
 *
 * The wallet cannot carry the learner's sign-in, so the exchange URL is the capability: created
 * only by the signed-in holder for their own credential, random, stored as a hash, single use and
 * short-lived. The wallet's DIDAuth presentation must answer the exchange's challenge; its
 * signature is not checked here (that needs the Data Integrity verifier), which is why a DID it
 * presents is only offered to the learner, never written into a credential without their say.
 */
@Injectable()
export class WalletService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(BadgeIssuance) private readonly issuance: BadgeIssuance,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly badges: BadgesService,
    private readonly outbox: OutboxPublisher,
  ) {}

  async createExchange(userId: string, credentialId: string, now = new Date()): Promise<NewWalletExchangeDto> {
    const credential = await this.ownCredential(userId, credentialId);
    if (credential.revokedAt) throw new DomainError(409, 'credential-revoked', `Credential ${credentialId} was revoked; it cannot go into a wallet`);
    const token = randomBytes(32).toString('base64url');
    // A new code retires the learner's earlier open ones for this credential: one live link at a time.
    const [, exchange] = await this.prisma.$transaction([
      this.prisma.walletExchange.updateMany({
        where: { userId, credentialId: credential.id, completedAt: null, expiresAt: { gt: now } },
        data: { expiresAt: now },
      }),
      this.prisma.walletExchange.create({
        data: {
          tokenHash: sha256(token),
          userId,
          credentialId: credential.id,
          challenge: randomUUID(),
          expiresAt: new Date(now.getTime() + this.config.WALLET_EXCHANGE_TTL_SECONDS * 1000),
        },
      }),
    ]);
    const exchangeUrl = this.issuance.urls.walletExchange(token);
    const walletUrl = learnerCredentialWalletUrl({ exchangeUrl, challenge: exchange.challenge, issuer: new URL(this.issuance.urls.base).host });
    const qrSvg = await qrCodeString(walletUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { ...toExchangeDto(exchange, now), exchangeUrl, walletUrl, qrSvg, challenge: exchange.challenge };
  }

  async exchangeStatus(userId: string, exchangeId: string): Promise<WalletExchangeDto> {
    const exchange = UUID.test(exchangeId) ? await this.prisma.walletExchange.findFirst({ where: { id: exchangeId.toLowerCase(), userId } }) : null;
    if (!exchange) throw notFound('Wallet exchange', exchangeId);
    return toExchangeDto(exchange);
  }

  /**
   * The wallet's side (VC-API `POST /exchanges/{id}`). An empty body starts it: the answer asks for
   * DID authentication. A DIDAuth presentation (bare, or as `verifiablePresentation`) answering the
   * challenge completes it, once: the answer is a presentation carrying the stored credential.
   */
  async participate(token: string, body: unknown, now = new Date()): Promise<object> {
    if (!EXCHANGE_TOKEN.test(token)) throw fieldError(400, 'exchangeId', 'format', 'exchangeId must be the 43-character token from the wallet link');
    const exchange = await this.prisma.walletExchange.findUnique({ where: { tokenHash: sha256(token) } });
    if (!exchange) throw notFound('Exchange', '(this link)');
    assertOpen(exchange, now);
    const exchangeUrl = this.issuance.urls.walletExchange(token);
    const presentation = presentationIn(body);
    if (presentation === null) {
      return didAuthenticationRequest({ exchangeUrl, challenge: exchange.challenge, domain: new URL(this.issuance.urls.base).host });
    }
    const holder = checkDidAuth(presentation, exchange.challenge);
    // Single use under concurrency: only the request that flips completedAt delivers.
    const claimed = await this.prisma.walletExchange.updateMany({
      where: { id: exchange.id, completedAt: null, expiresAt: { gt: now } },
      data: { completedAt: now, presentedDid: holder },
    });
    if (claimed.count === 0) {
      assertOpen(await this.prisma.walletExchange.findUniqueOrThrow({ where: { id: exchange.id } }), now);
      throw new DomainError(409, 'exchange-used', 'This wallet link was already used; ask for a new one from My badges');
    }
    const credential = await this.badges.credentialJson(exchange.credentialId);
    return {
      verifiablePresentation: {
        '@context': [VC_CONTEXT_V2],
        type: ['VerifiablePresentation'],
        verifiableCredential: [credential],
      },
    };
  }

  async holderDid(userId: string): Promise<HolderDidDto> {
    const row = await this.prisma.holderDid.findUnique({ where: { userId } });
    return { did: row?.did ?? null };
  }

  async setHolderDid(userId: string, value: string): Promise<HolderDidDto> {
    const did = validDid(value, 'did');
    await this.prisma.holderDid.upsert({ where: { userId }, create: { userId, did }, update: { did } });
    return { did };
  }

  async clearHolderDid(userId: string): Promise<void> {
    await this.prisma.holderDid.deleteMany({ where: { userId } });
  }

  /** Re-issues one of my credentials naming my wallet DID as credentialSubject.id; the old one is superseded. */
  async reissueToDid(userId: string, credentialId: string, value: string | undefined): Promise<ReissuedToDidDto> {
    const credential = await this.ownCredential(userId, credentialId);
    const did = value !== undefined ? validDid(value, 'did') : (await this.holderDid(userId)).did;
    if (!did) throw fieldError(422, 'did', 'required', 'did is required: give one, or save your wallet DID in settings first');
    if (credential.revokedAt) throw new DomainError(409, 'credential-revoked', `Credential ${credentialId} is no longer in force; re-issue the one that replaced it`);
    if (credential.subjectDid === did) throw new DomainError(409, 'already-names-did', `Credential ${credentialId} already names ${did}`);
    try {
      const issued = await this.issuance.reissue(credential.id, userId, 'Re-issued to the holder’s wallet DID', { subjectDid: did });
      await this.outbox.publish(issued.outboxIds);
      return { credentialId: issued.credentialId, replaces: credential.id, subjectDid: did };
    } catch (error) {
      if (error instanceof BadgeIssuanceError) throw new DomainError(error.kind === 'not-found' ? 404 : 409, 'badge-conflict', error.message);
      throw error;
    }
  }

  /** My credential, or 404 whether it is someone else's or nobody's (so ids reveal nothing). */
  private async ownCredential(userId: string, credentialId: string) {
    if (!UUID.test(credentialId)) throw fieldError(400, 'credentialId', 'isUuid', 'credentialId must be a UUID');
    const credential = await this.prisma.badgeCredential.findFirst({
      where: { id: credentialId.toLowerCase(), award: { userId } },
      select: { id: true, revokedAt: true, subjectDid: true },
    });
    if (!credential) throw notFound('Credential', credentialId);
    return credential;
  }
}

function toExchangeDto(exchange: WalletExchange, now = new Date()): WalletExchangeDto {
  return {
    id: exchange.id,
    credentialId: exchange.credentialId,
    status: exchange.completedAt ? 'completed' : exchange.expiresAt <= now ? 'expired' : 'pending',
    expiresAt: exchange.expiresAt.toISOString(),
    completedAt: exchange.completedAt?.toISOString() ?? null,
    presentedDid: exchange.presentedDid,
  };
}

function assertOpen(exchange: WalletExchange, now: Date): void {
  if (exchange.completedAt) throw new DomainError(409, 'exchange-used', 'This wallet link was already used; ask for a new one from My badges');
  if (exchange.expiresAt <= now) throw new DomainError(410, 'exchange-expired', 'This wallet link has expired; ask for a new one from My badges');
}

function validDid(value: string, field: string): string {
  const checked = checkHolderDid(value);
  if (!checked.ok) throw fieldError(400, field, 'isDid', `${field} ${checked.reason}`);
  return checked.did;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The presentation a wallet posted (VC-API wraps it; older LCW versions post it bare), or null for "start". */
function presentationIn(body: unknown): Json | null {
  if (body === undefined || body === null || body === '') return null;
  if (!isObject(body)) throw fieldError(400, 'body', 'isObject', 'send {} to start the exchange, then the DIDAuth presentation as a JSON object');
  if (Object.keys(body).length === 0) return null;
  const presentation = 'verifiablePresentation' in body ? body.verifiablePresentation : body;
  if (!isObject(presentation)) throw fieldError(400, 'verifiablePresentation', 'isObject', 'verifiablePresentation must be a Verifiable Presentation object');
  return presentation;
}

/** The DIDAuth presentation's holder, once its shape and challenge are right. */
function checkDidAuth(presentation: Json, challenge: string): string {
  const types = Array.isArray(presentation.type) ? presentation.type : [presentation.type];
  if (!types.includes('VerifiablePresentation')) {
    throw fieldError(400, 'verifiablePresentation.type', 'includes', 'verifiablePresentation.type must include VerifiablePresentation');
  }
  const holderValue = isObject(presentation.holder) ? presentation.holder.id : presentation.holder;
  const holder = checkHolderDid(holderValue);
  if (!holder.ok) throw fieldError(400, 'verifiablePresentation.holder', 'isDid', `verifiablePresentation.holder ${holder.reason}`);
  const proofs = (Array.isArray(presentation.proof) ? presentation.proof : [presentation.proof]).filter(isObject).slice(0, 8);
  if (proofs.length === 0) throw fieldError(400, 'verifiablePresentation.proof', 'required', 'verifiablePresentation.proof is required (the DIDAuth signature)');
  const answering = proofs.find((proof) => proof.challenge === challenge);
  if (!answering) {
    throw fieldError(400, 'verifiablePresentation.proof.challenge', 'equals', 'verifiablePresentation.proof.challenge must be the challenge of this exchange');
  }
  const method = answering.verificationMethod;
  if (typeof method !== 'string' || !method.startsWith(`${holder.did}#`)) {
    throw fieldError(400, 'verifiablePresentation.proof.verificationMethod', 'ofHolder', 'verifiablePresentation.proof.verificationMethod must be a key of the holder DID');
  }
  return holder.did;
}
