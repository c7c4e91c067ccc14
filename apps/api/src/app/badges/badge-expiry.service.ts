import { Inject, Injectable } from '@nestjs/common';
import { BadgeIssuance, findExpiringCredentials } from '@stacks/badge-issuance';
import { type Prisma, PrismaService } from '@stacks/db';
import { whereIdOrSlug } from '../common/id-or-slug.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import type { ExpiringPageDto, ExpiringQueryDto, UpdateAchievementDto } from './dto/badge-expiry.dto.js';

const DAY_MS = 86_400_000;

/** Validity periods of achievements, and what expires when. */
@Injectable()
export class BadgeExpiryService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(BadgeIssuance) private readonly issuance: BadgeIssuance,
  ) {}

  async expiring(query: ExpiringQueryDto, now = new Date()): Promise<ExpiringPageDto> {
    const until = new Date(now.getTime() + query.within * DAY_MS);
    const { total, items } = await findExpiringCredentials(this.prisma, this.issuance.urls, { after: now, until, limit: query.limit, offset: query.offset });
    return {
      items: items.map((item) => ({
        ...item,
        validUntil: item.validUntil.toISOString(),
        issuedAt: item.issuedAt.toISOString(),
        daysLeft: Math.floor((item.validUntil.getTime() - now.getTime()) / DAY_MS),
      })),
      page: { total, limit: query.limit, offset: query.offset },
      until: until.toISOString(),
    };
  }

  /** Sets the validity period and renewal text; credentials already issued keep their dates (a re-issue applies the new period). */
  async updateAchievement(actorId: string, idOrSlug: string, body: UpdateAchievementDto) {
    const where = whereIdOrSlug(idOrSlug);
    if (!where) {
      throw new DomainError(400, 'validation-failed', 'idOrSlug is not a valid identifier', [
        { field: 'idOrSlug', rule: 'isIdOrSlug', message: 'idOrSlug must be an achievement UUID or slug' },
      ]);
    }
    const data: Prisma.AchievementUpdateInput = {};
    if (body.validForDays !== undefined) data.validForDays = body.validForDays;
    if (body.renewalInstructions !== undefined) data.renewalInstructions = body.renewalInstructions;
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.achievement.findUnique({ where: where as Prisma.AchievementWhereUniqueInput, select: { id: true } });
      if (!current) throw notFound('Achievement', idOrSlug);
      const updated = await tx.achievement.update({
        where: { id: current.id },
        data,
        select: { id: true, slug: true, name: true, validForDays: true, renewalInstructions: true },
      });
      await tx.auditEntry.create({
        data: { actorId, action: 'achievement.update', subjectType: 'Achievement', subjectId: current.id, details: JSON.parse(JSON.stringify(body)) as Prisma.InputJsonObject },
      });
      return updated;
    });
  }
}
