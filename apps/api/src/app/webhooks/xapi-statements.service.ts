import { Injectable } from '@nestjs/common';
import { PrismaService } from '@stacks/db';
import type { PageQueryDto } from '../common/pagination.dto.js';
import type { XapiStatementDto } from './dto/webhooks.dto.js';

/** A learner's own xAPI statements, as generated and sent to the LRS (never anyone else's). */
@Injectable()
export class XapiStatementsService {
  constructor(private readonly prisma: PrismaService) {}

  async mine(userId: string, page: PageQueryDto): Promise<XapiStatementDto[]> {
    const rows = await this.prisma.xapiStatement.findMany({
      where: { userId },
      orderBy: { createdAt: 'desc' },
      take: page.limit,
      skip: page.offset,
      select: { id: true, verb: true, status: true, sentAt: true, createdAt: true, statement: true },
    });
    return rows.map((row) => ({ ...row, statement: row.statement as Record<string, unknown> }));
  }
}
