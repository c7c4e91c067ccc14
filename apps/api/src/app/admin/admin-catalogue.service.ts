import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type Program, type Series } from '@stacks/db';
import { toProgramSummary, toSeriesSummary } from '../catalogue/catalogue.mapper.js';
import type { ProgramSummaryDto, SeriesSummaryDto } from '../catalogue/dto/catalogue.dto.js';
import { DomainError } from '../problem/domain-error.js';
import type { CreateProgramDto, CreateSeriesDto } from './dto/catalogue-admin.dto.js';

export interface Created<T> {
  created: boolean;
  value: T;
}

/**
 * Programs and series are created by slug. A retry of the same request (same slug, same content)
 * returns the existing row instead of failing, so a client that lost the response can resend;
 * the same slug with different content is a conflict naming the slug.
 */
@Injectable()
export class AdminCatalogueService {
  constructor(private readonly prisma: PrismaService) {}

  async createProgram(adminId: string, body: CreateProgramDto): Promise<Created<ProgramSummaryDto>> {
    if (body.startsOn && body.endsOn && body.endsOn < body.startsOn) {
      throw fieldError(400, 'endsOn', 'onOrAfterStartsOn', 'endsOn must be on or after startsOn');
    }
    const data = {
      slug: body.slug,
      title: body.title,
      acronym: body.acronym ?? null,
      kind: body.kind,
      summary: body.summary,
      description: body.description,
      audience: body.audience,
      libraryTypes: body.libraryTypes ?? [],
      librarySizes: body.librarySizes ?? [],
      startsOn: body.startsOn ? new Date(`${body.startsOn}T00:00:00Z`) : null,
      endsOn: body.endsOn ? new Date(`${body.endsOn}T00:00:00Z`) : null,
      url: body.url ?? null,
      tags: body.tags ?? [],
    };
    const existing = await this.prisma.program.findUnique({ where: { slug: body.slug } });
    if (existing) return this.repeatOrConflict(existing, data, 'program', toProgramSummary);
    try {
      const program = await this.prisma.$transaction(async (tx) => {
        const created = await tx.program.create({ data });
        await tx.auditEntry.create({
          data: { actorId: adminId, action: 'program.create', subjectType: 'Program', subjectId: created.id, details: { slug: created.slug } },
        });
        return created;
      });
      return { created: true, value: toProgramSummary(program) };
    } catch (error) {
      // A concurrent request with the same slug won the insert: answer as if it had come first.
      if (isUniqueViolation(error)) return this.createProgram(adminId, body);
      throw error;
    }
  }

  async createSeries(adminId: string, body: CreateSeriesDto): Promise<Created<SeriesSummaryDto>> {
    const program = await this.prisma.program.findUnique({ where: { slug: body.program }, select: { id: true } });
    if (!program) throw fieldError(404, 'program', 'exists', `program ${body.program} does not exist`);
    const rule = body.rule ?? 'ALL';
    const data = {
      programId: program.id,
      slug: body.slug,
      title: body.title,
      description: body.description,
      audience: body.audience,
      rule,
      requiredCount: rule === 'ANY_K' ? (body.requiredCount ?? null) : null,
      unlockTitle: body.unlockTitle ?? null,
      unlockDescription: body.unlockDescription ?? null,
      libraryTypes: body.libraryTypes ?? [],
      librarySizes: body.librarySizes ?? [],
    };
    if (rule !== 'ANY_K' && body.requiredCount !== undefined) {
      throw fieldError(400, 'requiredCount', 'onlyWithAnyK', 'requiredCount applies only when rule is ANY_K');
    }
    const existing = await this.prisma.series.findUnique({ where: { slug: body.slug } });
    if (existing) return this.repeatOrConflict(existing, data, 'series', toSeriesSummary);
    try {
      const series = await this.prisma.$transaction(async (tx) => {
        const created = await tx.series.create({ data });
        await tx.auditEntry.create({
          data: { actorId: adminId, action: 'series.create', subjectType: 'Series', subjectId: created.id, details: { slug: created.slug, program: body.program } },
        });
        return created;
      });
      return { created: true, value: toSeriesSummary(series) };
    } catch (error) {
      if (isUniqueViolation(error)) return this.createSeries(adminId, body);
      throw error;
    }
  }

  private repeatOrConflict<Row extends Program | Series, Dto>(
    existing: Row,
    requested: Record<string, unknown>,
    what: 'program' | 'series',
    toDto: (row: Row) => Dto,
  ): Created<Dto> {
    const differing = Object.keys(requested).filter((key) => !sameValue((existing as Record<string, unknown>)[key], requested[key]));
    if (differing.length > 0) {
      throw fieldError(409, 'slug', 'unique', `a ${what} with slug ${existing.slug} already exists with a different ${differing.join(', ')}`);
    }
    return { created: false, value: toDto(existing) };
  }
}

function sameValue(stored: unknown, requested: unknown): boolean {
  if (stored instanceof Date || requested instanceof Date) {
    return stored instanceof Date && requested instanceof Date && stored.getTime() === requested.getTime();
  }
  if (Array.isArray(stored) && Array.isArray(requested)) {
    return stored.length === requested.length && [...stored].sort().join('\u0000') === [...requested].sort().join('\u0000');
  }
  return stored === requested;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

function fieldError(status: 400 | 404 | 409, field: string, rule: string, message: string): DomainError {
  return new DomainError(status, status === 404 ? 'not-found' : status === 409 ? 'conflict' : 'validation', message, [{ field, rule, message }]);
}
