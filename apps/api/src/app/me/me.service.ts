import { Injectable } from '@nestjs/common';
import { PrismaService } from '@stacks/db';
import { notFound } from '../problem/domain-error.js';
import type { MemberProfileDto } from './dto/member-profile.dto.js';

const ACCOUNT_FIELDS = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  createdAt: true,
  profile: { select: { libraryType: true, librarySize: true, jobRole: true, timeZone: true } },
} as const;

@Injectable()
export class MeService {
  constructor(private readonly prisma: PrismaService) {}

  async account(userId: string) {
    const user = await this.prisma.user.findUnique({ where: { id: userId }, select: ACCOUNT_FIELDS });
    if (!user) throw notFound('User', userId);
    return user;
  }

  async updateProfile(userId: string, changes: MemberProfileDto) {
    await this.prisma.memberProfile.upsert({
      where: { userId },
      create: { userId, ...changes },
      update: changes,
    });
    return this.account(userId);
  }
}
