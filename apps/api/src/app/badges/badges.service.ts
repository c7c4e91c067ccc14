import { Inject, Injectable } from '@nestjs/common';
import {
  bakePng,
  bakeSvg,
  BakingError,
  credentialOf,
  decodeJws,
  type DidDocument,
  extractFromPng,
  extractFromSvg,
  linkedInAddToProfileUrl,
  OB_CONTEXT,
  renderBadgeSvg,
  renderPng,
  type Verdict,
} from '@stacks/badges';
import { achievementCredits, BadgeIssuance, BadgeIssuanceError, type SignedStatusList, UUID } from '@stacks/badge-issuance';
import { type BadgeIssuanceRequest, type Prisma, PrismaService } from '@stacks/db';
import { OutboxPublisher } from '@stacks/queues';
import { assertCovers, type IssuerScope } from './issuer-scope.js';
import { whereIdOrSlug } from '../common/id-or-slug.js';
import type { Page } from '../common/pagination.dto.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import { renderCredentialPage } from './credential-page.js';
import type {
  AchievementDto,
  AdminBadgeDto,
  AdminBadgeIssuanceDto,
  AdminBadgeQueryDto,
  BadgeDto,
  BadgeIssuanceDto,
  ManualAwardDto,
  VerdictDto,
} from './dto/badges.dto.js';

const achievementInclude = {
  issuer: true,
  series: { select: { slug: true } },
  program: { select: { slug: true } },
} satisfies Prisma.AchievementInclude;
type AchievementRow = Prisma.AchievementGetPayload<{ include: typeof achievementInclude }>;

const credentialInclude = {
  award: { include: { achievement: { include: achievementInclude }, user: { select: { id: true, email: true, displayName: true, deletedAt: true } } } },
} satisfies Prisma.BadgeCredentialInclude;
type CredentialRow = Prisma.BadgeCredentialGetPayload<{ include: typeof credentialInclude }>;

const issuanceInclude = {
  award: { include: { achievement: { select: { id: true, slug: true, name: true, issuerId: true } }, user: { select: { id: true, email: true, displayName: true } } } },
} satisfies Prisma.BadgeIssuanceRequestInclude;
type IssuanceRow = Prisma.BadgeIssuanceRequestGetPayload<{ include: typeof issuanceInclude }>;

export type PresentedKind = 'jws' | 'json' | 'png' | 'svg';

@Injectable()
export class BadgesService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(BadgeIssuance) private readonly issuance: BadgeIssuance,
    private readonly outbox: OutboxPublisher,
  ) {}

  // --- Issuer identity ------------------------------------------------------------------------

  async didDocument(issuerSlug: string | null): Promise<DidDocument> {
    const did = issuerSlug === null ? this.issuance.urls.rootDid : `${this.issuance.urls.rootDid}:issuers:${encodeURIComponent(issuerSlug)}`;
    const document = await this.issuance.didDocument(did);
    if (!document) throw notFound('Issuer', issuerSlug ?? '(primary)');
    return document;
  }

  // --- Achievements ---------------------------------------------------------------------------

  async listAchievements(): Promise<AchievementDto[]> {
    const rows = await this.prisma.achievement.findMany({ include: achievementInclude, orderBy: { name: 'asc' } });
    const credits = await this.creditsAvailableOf(rows);
    return rows.map((row) => this.toAchievementDto(row, credits.get(row.id)));
  }

  async achievementJson(idOrSlug: string): Promise<object> {
    const row = await this.findAchievement(idOrSlug);
    const urls = this.issuance.urls;
    const { available } = await achievementCredits(this.prisma, row, null);
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2', OB_CONTEXT],
      id: urls.achievement(row.id),
      type: ['Achievement'],
      achievementType: row.achievementType,
      name: row.name,
      description: row.description,
      criteria: { narrative: row.criteriaNarrative },
      image: { id: row.imageUrl ?? urls.achievementImage(row.id), type: 'Image', caption: row.name },
      tag: row.tags,
      ...(available !== null ? { creditsAvailable: available } : {}),
      creator: { id: urls.issuerDid(row.issuer), type: ['Profile'], name: row.issuer.name, url: row.issuer.url },
      ...(Array.isArray(row.alignment) && row.alignment.length > 0 ? { alignment: row.alignment } : {}),
    };
  }

  async achievementImage(idOrSlug: string): Promise<string> {
    return this.badgeSvg(await this.findAchievement(idOrSlug));
  }

  // --- Credentials ----------------------------------------------------------------------------

  /** The credential JSON with its Data Integrity proof (what wallets import and verifiers check). */
  async credentialJson(id: string): Promise<object> {
    return this.signedJson(await this.findCredential(id));
  }

  /** The stored credential with its proof; a credential the backfill has not reached yet is read from its JWS. */
  private signedJson(row: { id: string; jws: string; credential: Prisma.JsonValue }): object {
    if (row.credential && typeof row.credential === 'object') return row.credential;
    const decoded = decodeJws(row.jws);
    if (!decoded.ok) throw new Error(`stored credential ${row.id} is not a readable JWS`);
    return credentialOf(decoded.payload);
  }

  /** The same name the public page shows as "Awarded to". */
  async credentialHolder(id: string): Promise<{ credentialId: string; name: string | null }> {
    const row = await this.findCredential(id);
    // An erased holder is named by nobody; the credential itself still verifies.
    return { credentialId: row.id, name: row.award.user.deletedAt ? null : row.award.user.displayName };
  }

  async credentialJws(id: string): Promise<string> {
    return (await this.findCredential(id)).jws;
  }

  async credentialPage(id: string): Promise<string> {
    const row = await this.findCredential(id);
    const verdict = await this.issuance.verify(row.jws);
    return renderCredentialPage({
      credentialId: row.id,
      learnerName: row.award.user.deletedAt ? 'a former member (name withheld at their request)' : row.award.user.displayName,
      achievement: { name: row.award.achievement.name, description: row.award.achievement.description, criteria: row.award.achievement.criteriaNarrative },
      issuer: { name: row.award.achievement.issuer.name, url: row.award.achievement.issuer.url, did: this.issuance.urls.issuerDid(row.award.achievement.issuer) },
      issuedAt: row.issuedAt,
      validUntil: row.validUntil,
      revokedAt: row.revokedAt,
      revocationReason: row.revocationReason,
      evidence: { url: row.award.evidenceUrl, narrative: row.award.evidenceNarrative },
      verdict,
      links: this.links(row.id),
      imageUrl: this.issuance.urls.achievementImage(row.award.achievement.id),
    });
  }

  /** The badge image with the credential JSON (and its proof) baked in, as Open Badges 3.0 baking says. */
  async bakedSvg(id: string): Promise<string> {
    const row = await this.findCredential(id);
    return bakeSvg(this.badgeSvg(row.award.achievement), JSON.stringify(this.signedJson(row)));
  }

  async bakedPng(id: string): Promise<Buffer> {
    const row = await this.findCredential(id);
    return bakePng(renderPng(this.badgeSvg(row.award.achievement)), JSON.stringify(this.signedJson(row)));
  }

  /** The list as the worker signed it; 503 while a new list waits for its first signing (seconds). */
  async statusList(id: string): Promise<SignedStatusList> {
    if (!UUID.test(id)) throw invalidId('id');
    const stored = await this.issuance.statusList(id);
    if (stored.state === 'missing') throw notFound('Status list', id);
    // A list opened moments ago (or while the worker is behind) has no signature yet: ask again shortly.
    if (stored.state === 'unsigned') throw new DomainError(503, 'status-list-pending', `status list ${id} is being signed; try again in a few seconds`, undefined, 5);
    return stored.list;
  }

  // --- Verification ---------------------------------------------------------------------------

  /** Verifies a JWS, a JSON credential or a baked image; every outcome is a verdict, never a 5xx. */
  async verify(body: unknown, contentType: string | undefined): Promise<VerdictDto> {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    let presented: unknown;
    let kind: PresentedKind;
    try {
      if (type === 'image/png') {
        kind = 'png';
        if (!Buffer.isBuffer(body)) throw new BakingError('the upload is empty');
        presented = extractFromPng(body);
      } else if (type === 'image/svg+xml') {
        kind = 'svg';
        presented = extractFromSvg(typeof body === 'string' ? body : '');
      } else if (typeof body === 'string') {
        kind = body.trim().startsWith('{') ? 'json' : 'jws';
        presented = body;
      } else if (body && typeof body === 'object' && !Array.isArray(body) && 'credential' in body) {
        presented = (body as { credential: unknown }).credential;
        kind = typeof presented === 'string' && !presented.trim().startsWith('{') ? 'jws' : 'json';
      } else {
        kind = 'json';
        presented = body;
      }
    } catch (error) {
      if (!(error instanceof BakingError)) throw error;
      const image = type === 'image/png' ? 'png' : 'svg';
      return unreadable(image, `${error.message}`);
    }
    if (presented === null && (kind === 'png' || kind === 'svg')) {
      return unreadable(kind, `the image carries no baked Open Badges credential`);
    }
    if (presented === undefined || presented === null || presented === '') {
      throw new DomainError(400, 'validation-failed', 'Send a credential to verify', [
        { field: 'credential', rule: 'required', message: 'send a compact JWS, a credential JSON object, or a baked PNG/SVG image' },
      ]);
    }
    const verdict = await this.issuance.verify(presented);
    return { ...verdict, presented: kind, revocationReason: await this.revocationReasonFor(verdict) };
  }

  private async revocationReasonFor(verdict: Verdict): Promise<string | null> {
    if (verdict.status !== 'revoked' || !verdict.credential?.id) return null;
    const id = this.issuance.urls.credentialIdOf(verdict.credential.id);
    if (!id) return null;
    const row = await this.prisma.badgeCredential.findUnique({ where: { id }, select: { revocationReason: true } });
    return row?.revocationReason ?? null;
  }

  // --- Learners -------------------------------------------------------------------------------

  async myBadges(userId: string): Promise<BadgeDto[]> {
    const rows = await this.prisma.badgeCredential.findMany({
      where: { award: { userId } },
      include: credentialInclude,
      orderBy: { issuedAt: 'desc' },
    });
    const credits = await this.creditsAvailableOf(rows.map((row) => row.award.achievement));
    return rows.map((row) => this.toBadgeDto(row, credits.get(row.award.achievementId)));
  }

  // --- Admins ---------------------------------------------------------------------------------

  /** Issued credentials; division staff see only their issuers' (and so only those learners). */
  async search(query: AdminBadgeQueryDto, scope: IssuerScope): Promise<Page<AdminBadgeDto>> {
    const now = new Date();
    const where: Prisma.BadgeCredentialWhereInput = {};
    const award: Prisma.BadgeAwardWhereInput = {};
    if (query.q) {
      award.user = { OR: [{ email: { contains: query.q, mode: 'insensitive' } }, { displayName: { contains: query.q, mode: 'insensitive' } }] };
    }
    if (query.achievement) {
      const achievement = whereIdOrSlug(query.achievement);
      if (!achievement) throw invalidId('achievement');
      award.achievement = achievement;
    }
    if (!scope.all) award.achievement = { ...(award.achievement as Prisma.AchievementWhereInput | undefined), issuerId: { in: [...scope.issuerIds] } };
    where.award = award;
    if (query.status === 'revoked') where.revokedAt = { not: null };
    if (query.status === 'expired') Object.assign(where, { revokedAt: null, validUntil: { lt: now } });
    if (query.status === 'valid') Object.assign(where, { revokedAt: null, OR: [{ validUntil: null }, { validUntil: { gte: now } }] });
    const [total, rows] = await Promise.all([
      this.prisma.badgeCredential.count({ where }),
      this.prisma.badgeCredential.findMany({ where, include: credentialInclude, orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }], take: query.limit, skip: query.offset }),
    ]);
    return {
      items: rows.map((row) => ({
        ...this.toBadgeDto(row),
        learner: row.award.user,
        replaces: row.replacesId,
      })),
      page: { total, limit: query.limit, offset: query.offset },
    };
  }

  /** Records the award and asks the worker to sign its credential; the answer is the pending request. */
  async manualAward(actorId: string, body: ManualAwardDto, scope: IssuerScope): Promise<AdminBadgeIssuanceDto> {
    const achievement = await this.findAchievement(body.achievement);
    assertCovers(scope, achievement.issuerId);
    const learner = await this.prisma.user.findUnique({ where: { id: body.learnerId }, select: { id: true } });
    if (!learner) throw notFound('Learner', body.learnerId);
    const requested = await this.mapIssuanceErrors(
      () =>
        this.issuance.requestManualAward({
          userId: learner.id,
          achievementId: achievement.id,
          awardedById: actorId,
          evidenceUrl: body.evidenceUrl ?? null,
          evidenceNarrative: body.evidenceNarrative ?? null,
        }),
      'already-awarded',
    );
    await this.outbox.publish(requested.outboxIds);
    return this.adminIssuance(requested.request.id, scope);
  }

  async revoke(actorId: string, id: string, reason: string, scope: IssuerScope): Promise<AdminBadgeDto> {
    if (!UUID.test(id)) throw invalidId('credentialId');
    assertCovers(scope, (await this.findCredential(id)).award.achievement.issuerId);
    const revoked = await this.mapIssuanceErrors(() => this.issuance.revoke(id, reason, actorId));
    await this.outbox.publish(revoked.outboxIds);
    return this.adminBadge(id);
  }

  /** Asks the worker to re-issue the credential; it stays in force until the new one is signed. */
  async reissue(actorId: string, id: string, reason: string | null, scope: IssuerScope): Promise<AdminBadgeIssuanceDto> {
    if (!UUID.test(id)) throw invalidId('credentialId');
    assertCovers(scope, (await this.findCredential(id)).award.achievement.issuerId);
    const requested = await this.mapIssuanceErrors(() => this.issuance.requestReissue(id.toLowerCase(), actorId, reason));
    await this.outbox.publish(requested.outboxIds);
    return this.adminIssuance(requested.request.id, scope);
  }

  async adminIssuance(requestId: string, scope: IssuerScope): Promise<AdminBadgeIssuanceDto> {
    if (!UUID.test(requestId)) throw invalidId('issuanceId');
    const row = await this.prisma.badgeIssuanceRequest.findUnique({ where: { id: requestId.toLowerCase() }, include: issuanceInclude });
    if (!row) throw notFound('Badge issuance', requestId);
    assertCovers(scope, row.award.achievement.issuerId);
    return this.toAdminIssuanceDto(row);
  }

  /** Requests still waiting for the worker, or failed, newest first (or those of one status). */
  async adminIssuances(status: 'PENDING' | 'ISSUED' | 'FAILED' | undefined, scope: IssuerScope): Promise<AdminBadgeIssuanceDto[]> {
    const rows = await this.prisma.badgeIssuanceRequest.findMany({
      where: { status: status ?? { in: ['PENDING', 'FAILED'] }, ...(scope.all ? {} : { award: { achievement: { issuerId: { in: [...scope.issuerIds] } } } }) },
      include: issuanceInclude,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: 100,
    });
    return Promise.all(rows.map((row) => this.toAdminIssuanceDto(row)));
  }

  /** One of my issuance requests (a re-issue to my wallet DID); 404 for anyone else's. */
  async myIssuance(userId: string, requestId: string): Promise<BadgeIssuanceDto> {
    if (!UUID.test(requestId)) throw invalidId('issuanceId');
    const row = await this.prisma.badgeIssuanceRequest.findFirst({ where: { id: requestId.toLowerCase(), award: { userId } } });
    if (!row) throw notFound('Badge issuance', requestId);
    return this.toIssuanceDto(row, this.myIssuancePath(row.id));
  }

  myIssuancePath(requestId: string): string {
    return `/api/v1/me/badge-issuances/${requestId}`;
  }

  adminIssuancePath(requestId: string): string {
    return `/api/v1/admin/badge-issuances/${requestId}`;
  }

  // --- Helpers --------------------------------------------------------------------------------

  private async mapIssuanceErrors<T>(action: () => Promise<T>, conflictType = 'badge-conflict'): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof BadgeIssuanceError) {
        throw error.kind === 'not-found' ? new DomainError(404, 'not-found', error.message) : new DomainError(409, conflictType, error.message);
      }
      throw error;
    }
  }

  private async adminBadge(credentialId: string): Promise<AdminBadgeDto> {
    const row = await this.findCredential(credentialId);
    return { ...this.toBadgeDto(row), learner: row.award.user, replaces: row.replacesId };
  }

  private toIssuanceDto(row: BadgeIssuanceRequest, poll: string): BadgeIssuanceDto {
    return {
      id: row.id,
      awardId: row.awardId,
      status: row.status,
      credentialId: row.credentialId,
      replaces: row.replacesId,
      subjectDid: row.subjectDid,
      failure: row.failure,
      requestedAt: row.createdAt.toISOString(),
      completedAt: row.completedAt?.toISOString() ?? null,
      poll,
    };
  }

  private async toAdminIssuanceDto(row: IssuanceRow): Promise<AdminBadgeIssuanceDto> {
    const { achievement, user } = row.award;
    return {
      ...this.toIssuanceDto(row, this.adminIssuancePath(row.id)),
      learner: { id: user.id, email: user.email, displayName: user.displayName },
      achievement: { id: achievement.id, slug: achievement.slug, name: achievement.name },
      credential: row.credentialId ? await this.adminBadge(row.credentialId) : null,
    };
  }

  private async findAchievement(idOrSlug: string): Promise<AchievementRow> {
    const where = whereIdOrSlug(idOrSlug);
    if (!where) throw invalidId('achievement');
    const row = await this.prisma.achievement.findUnique({ where: where as Prisma.AchievementWhereUniqueInput, include: achievementInclude });
    if (!row) throw notFound('Achievement', idOrSlug);
    return row;
  }

  private async findCredential(id: string): Promise<CredentialRow> {
    if (!UUID.test(id)) throw invalidId('credentialId');
    const row = await this.prisma.badgeCredential.findUnique({ where: { id: id.toLowerCase() }, include: credentialInclude });
    if (!row) throw notFound('Credential', id);
    return row;
  }

  private badgeSvg(achievement: AchievementRow): string {
    return renderBadgeSvg({ achievementId: achievement.id, name: achievement.name, issuerName: achievement.issuer.name });
  }

  private links(credentialId: string) {
    const urls = this.issuance.urls;
    return {
      page: urls.credentialPage(credentialId),
      json: urls.credential(credentialId),
      jws: `${urls.credential(credentialId)}/jws`,
      bakedSvg: `${urls.credential(credentialId)}/badge.svg`,
      bakedPng: `${urls.credential(credentialId)}/badge.png`,
    };
  }

  /** Achievement.creditsAvailable per achievement (one query set per distinct achievement). */
  private async creditsAvailableOf(rows: AchievementRow[]): Promise<Map<string, number | null>> {
    const distinct = [...new Map(rows.map((row) => [row.id, row])).values()];
    const entries = await Promise.all(distinct.map(async (row) => [row.id, (await achievementCredits(this.prisma, row, null)).available] as const));
    return new Map(entries);
  }

  private toAchievementDto(row: AchievementRow, creditsAvailable: number | null = null): AchievementDto {
    const urls = this.issuance.urls;
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      description: row.description,
      criteriaNarrative: row.criteriaNarrative,
      rule: row.rule,
      series: row.series?.slug ?? null,
      program: row.program?.slug ?? null,
      tags: row.tags,
      validForDays: row.validForDays,
      creditsAvailable,
      image: row.imageUrl ?? urls.achievementImage(row.id),
      achievementUrl: urls.achievement(row.id),
      issuer: { name: row.issuer.name, did: urls.issuerDid(row.issuer), url: row.issuer.url },
    };
  }

  private toBadgeDto(row: CredentialRow, creditsAvailable: number | null = null): BadgeDto {
    return {
      credentialId: row.id,
      awardId: row.awardId,
      status: credentialStatus(row),
      achievement: this.toAchievementDto(row.award.achievement, creditsAvailable),
      creditsEarned: row.creditsEarned === null ? null : Number(row.creditsEarned),
      issuedAt: row.issuedAt.toISOString(),
      validUntil: row.validUntil?.toISOString() ?? null,
      revokedAt: row.revokedAt?.toISOString() ?? null,
      revocationReason: row.revocationReason,
      manual: row.award.awardedById !== null,
      links: this.links(row.id),
      subjectDid: row.subjectDid,
      addToLinkedIn: linkedInAddToProfileUrl({
        name: row.award.achievement.name,
        organizationName: row.award.achievement.issuer.name,
        issuedAt: row.issuedAt,
        validUntil: row.validUntil,
        credentialUrl: this.issuance.urls.credentialPage(row.id),
        credentialId: row.id,
      }),
    };
  }
}

export function credentialStatus(row: { revokedAt: Date | null; validUntil: Date | null }, now = new Date()): 'valid' | 'expired' | 'revoked' {
  if (row.revokedAt) return 'revoked';
  if (row.validUntil && row.validUntil < now) return 'expired';
  return 'valid';
}

function invalidId(field: string): DomainError {
  return new DomainError(400, 'validation-failed', `${field} is not a valid identifier`, [
    { field, rule: 'isUuid', message: `${field} must be a UUID${field === 'achievement' ? ' or a slug' : ''}` },
  ]);
}

function unreadable(kind: 'png' | 'svg', why: string): VerdictDto {
  return {
    verified: false,
    status: 'invalid',
    reason: `invalid because ${why}`,
    checks: [{ check: 'format', passed: false, message: why }],
    credential: null,
    presented: kind,
    revocationReason: null,
  };
}
