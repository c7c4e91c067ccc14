import { Injectable } from '@nestjs/common';
import { type Prisma, ReadPrismaService } from '@stacks/db';
import type { Page } from '../common/pagination.dto.js';
import { notFound } from '../problem/domain-error.js';
import type { LearnerQueryDto, LearnerSummaryDto } from './dto/learner-query.dto.js';

@Injectable()
export class AdminLearnersService {
  constructor(private readonly read: ReadPrismaService) {}

  async list(query: LearnerQueryDto): Promise<Page<LearnerSummaryDto>> {
    const where: Prisma.UserWhereInput = query.q
      ? { OR: [{ email: { contains: query.q, mode: 'insensitive' } }, { displayName: { contains: query.q, mode: 'insensitive' } }] }
      : {};
    const [total, users] = await Promise.all([
      this.read.client.user.count({ where }),
      this.read.client.user.findMany({
        where,
        include: {
          profile: { select: { libraryType: true } },
          _count: { select: { completions: true, refreshTokens: { where: { revokedAt: null, expiresAt: { gt: new Date() } } } } },
          refreshTokens: { select: { createdAt: true }, orderBy: { createdAt: 'desc' }, take: 1 },
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        skip: query.offset,
        take: query.limit,
      }),
    ]);
    return {
      items: users.map((user) => ({
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        libraryType: user.profile?.libraryType ?? null,
        sessionsCompleted: user._count.completions,
        emailVerifiedAt: user.emailVerifiedAt,
        disabledAt: user.disabledAt,
        deletedAt: user.deletedAt,
        activeSessions: user._count.refreshTokens,
        lastSignInAt: user.refreshTokens[0]?.createdAt ?? null,
        createdAt: user.createdAt,
      })),
      page: { total, limit: query.limit, offset: query.offset },
    };
  }

  async assertExists(userId: string): Promise<void> {
    const user = await this.read.client.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFound('User', userId);
  }
}
