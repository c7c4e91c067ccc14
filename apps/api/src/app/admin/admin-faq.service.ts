import { Injectable } from '@nestjs/common';
import { type FaqEntry, Prisma, PrismaService } from '@stacks/db';
import { AskService } from '../ask/ask.service.js';
import { DomainError } from '../problem/domain-error.js';
import type { CreateFaqEntryDto, FaqEntryDto, UpdateFaqEntryDto } from './dto/faq-admin.dto.js';

/**
 * Staff's FAQ for the bot: every write is audited and refreshes this process's answer index at once;
 * the bot (another process) sees it on its next catalogue-version poll (ANSWERING_REFRESH_SECONDS),
 * since the FAQ's updatedAt is part of that version.
 */
@Injectable()
export class AdminFaqService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly ask: AskService,
  ) {}

  async list(): Promise<FaqEntryDto[]> {
    return (await this.prisma.faqEntry.findMany({ orderBy: [{ retiredAt: { sort: 'desc', nulls: 'first' } }, { slug: 'asc' }] })).map(toDto);
  }

  async create(adminId: string, body: CreateFaqEntryDto): Promise<FaqEntryDto> {
    try {
      const entry = await this.prisma.$transaction(async (tx) => {
        const created = await tx.faqEntry.create({ data: { ...body, keywords: body.keywords ?? '' } });
        await tx.auditEntry.create({ data: { actorId: adminId, action: 'faq.create', subjectType: 'FaqEntry', subjectId: created.id, details: { slug: created.slug } } });
        return created;
      });
      await this.ask.refreshIndex();
      return toDto(entry);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new DomainError(409, 'conflict', `an FAQ entry with slug ${body.slug} already exists`, [{ field: 'slug', rule: 'unique', message: 'slug is taken' }]);
      }
      throw error;
    }
  }

  async update(adminId: string, idOrSlug: string, body: UpdateFaqEntryDto): Promise<FaqEntryDto> {
    const entry = await this.prisma.$transaction(async (tx) => {
      const current = await findEntry(tx, idOrSlug);
      const updated = await tx.faqEntry.update({ where: { id: current.id }, data: body });
      await tx.auditEntry.create({
        data: { actorId: adminId, action: 'faq.update', subjectType: 'FaqEntry', subjectId: current.id, details: JSON.parse(JSON.stringify(body)) as Prisma.InputJsonObject },
      });
      return updated;
    });
    await this.ask.refreshIndex();
    return toDto(entry);
  }

  /** Idempotent: retiring a retired entry changes nothing. */
  async retire(adminId: string, idOrSlug: string): Promise<FaqEntryDto> {
    const entry = await this.prisma.$transaction(async (tx) => {
      const current = await findEntry(tx, idOrSlug);
      if (current.retiredAt) return current;
      await tx.auditEntry.create({ data: { actorId: adminId, action: 'faq.retire', subjectType: 'FaqEntry', subjectId: current.id, details: {} } });
      return tx.faqEntry.update({ where: { id: current.id }, data: { retiredAt: new Date() } });
    });
    await this.ask.refreshIndex();
    return toDto(entry);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function findEntry(tx: Prisma.TransactionClient, idOrSlug: string): Promise<FaqEntry> {
  const entry = await tx.faqEntry.findUnique({ where: UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug } });
  if (!entry) throw new DomainError(404, 'not-found', `FAQ entry ${idOrSlug} does not exist`, [{ field: 'faq', rule: 'exists', message: 'no such FAQ entry' }]);
  return entry;
}

function toDto(entry: FaqEntry): FaqEntryDto {
  return {
    id: entry.id,
    slug: entry.slug,
    question: entry.question,
    variants: entry.variants,
    keywords: entry.keywords,
    answer: entry.answer,
    aspect: entry.aspect,
    programSlugs: entry.programSlugs,
    urls: entry.urls,
    retiredAt: entry.retiredAt?.toISOString() ?? null,
    updatedAt: entry.updatedAt.toISOString(),
  };
}
