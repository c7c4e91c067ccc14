import { Injectable } from '@nestjs/common';
import { EnrolmentStatus, Prisma, ReadPrismaService } from '@stacks/db';
import type { Page } from '../common/pagination.dto.js';
import { whereIdOrSlug } from '../common/id-or-slug.js';
import { notFound } from '../problem/domain-error.js';
import {
  SESSION_SUMMARY_INCLUDE,
  toKeyDate,
  toOrganization,
  toProgramSummary,
  toSeriesSummary,
  toSessionSummary,
} from './catalogue.mapper.js';
import type {
  KeyDateDto,
  ProgramDetailDto,
  ProgramSummaryDto,
  SeriesDetailDto,
  SessionDetailDto,
  SessionSummaryDto,
} from './dto/catalogue.dto.js';
import type { KeyDateQueryDto, ProgramQueryDto, SessionQueryDto } from './dto/catalogue-query.dto.js';

/** Upper bound on full-text matches considered before filtering and paging. */
const SEARCH_CANDIDATES = 1000;

@Injectable()
export class CatalogueService {
  constructor(private readonly read: ReadPrismaService) {}

  private get db() {
    return this.read.client;
  }

  async listPrograms(query: ProgramQueryDto): Promise<Page<ProgramSummaryDto>> {
    const ranked = query.q ? await this.searchIds('Program', query.q) : undefined;
    const where: Prisma.ProgramWhereInput = {
      ...(ranked ? { id: { in: ranked } } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.libraryType ? { libraryTypes: { has: query.libraryType } } : {}),
      ...(query.librarySize ? { librarySizes: { has: query.librarySize } } : {}),
    };
    const [total, programs] = await Promise.all([
      this.db.program.count({ where }),
      ranked
        ? this.db.program.findMany({ where })
        : this.db.program.findMany({ where, orderBy: [{ startsOn: { sort: 'desc', nulls: 'last' } }, { title: 'asc' }], skip: query.offset, take: query.limit }),
    ]);
    const ordered = ranked ? byRank(programs, ranked).slice(query.offset, query.offset + query.limit) : programs;
    return { items: ordered.map(toProgramSummary), page: { total, limit: query.limit, offset: query.offset } };
  }

  async program(idOrSlug: string): Promise<ProgramDetailDto> {
    const where = whereIdOrSlug(idOrSlug);
    const program = where
      ? await this.db.program.findFirst({
          where,
          include: {
            organizations: { include: { organization: true }, orderBy: [{ role: 'asc' }] },
            series: { orderBy: { title: 'asc' } },
            sessions: { include: SESSION_SUMMARY_INCLUDE, orderBy: [{ seriesId: 'asc' }, { position: 'asc' }, { startsAt: 'asc' }] },
            keyDates: { include: { program: { select: { slug: true, title: true } } }, orderBy: { date: 'asc' } },
          },
        })
      : null;
    if (!program) throw notFound('Program', idOrSlug);
    const now = new Date();
    return {
      ...toProgramSummary(program),
      description: program.description,
      organizations: program.organizations.map(toOrganization),
      series: program.series.map(toSeriesSummary),
      sessions: program.sessions.map((session) => toSessionSummary(session, now)),
      keyDates: program.keyDates.map(toKeyDate),
    };
  }

  async series(idOrSlug: string): Promise<SeriesDetailDto> {
    const where = whereIdOrSlug(idOrSlug);
    const series = where
      ? await this.db.series.findFirst({
          where,
          include: {
            program: { select: { slug: true, title: true } },
            sessions: { include: SESSION_SUMMARY_INCLUDE, orderBy: { position: 'asc' } },
          },
        })
      : null;
    if (!series) throw notFound('Series', idOrSlug);
    const now = new Date();
    return {
      ...toSeriesSummary(series),
      program: series.program,
      sessions: series.sessions.map((session) => toSessionSummary(session, now)),
    };
  }

  async listSessions(query: SessionQueryDto): Promise<Page<SessionSummaryDto>> {
    const now = new Date();
    const ranked = query.q ? await this.searchIds('Session', query.q) : undefined;
    const startsAt: Prisma.DateTimeNullableFilter = {
      ...(query.from ? { gte: new Date(query.from) } : {}),
      ...(query.to ? { lt: new Date(query.to) } : {}),
    };
    const where: Prisma.SessionWhereInput = {
      AND: [
        ranked ? { id: { in: ranked } } : {},
        query.program ? { program: { slug: query.program } } : {},
        query.type ? { type: query.type } : {},
        query.libraryType ? { OR: [{ libraryTypes: { has: query.libraryType } }, { program: { libraryTypes: { has: query.libraryType } } }] } : {},
        query.free === undefined ? {} : query.free ? { priceCents: 0 } : { priceCents: { gt: 0 } },
        Object.keys(startsAt).length > 0 ? { startsAt } : {},
        query.when === 'upcoming' ? { startsAt: { gt: now }, status: 'SCHEDULED' } : {},
        query.when === 'past' ? { startsAt: { lte: now } } : {},
      ],
    };
    const orderBy: Prisma.SessionOrderByWithRelationInput[] =
      query.when === 'past' ? [{ startsAt: 'desc' }, { slug: 'asc' }] : [{ startsAt: { sort: 'asc', nulls: 'last' } }, { slug: 'asc' }];
    const [total, sessions] = await Promise.all([
      this.db.session.count({ where }),
      ranked
        ? this.db.session.findMany({ where, include: SESSION_SUMMARY_INCLUDE })
        : this.db.session.findMany({ where, include: SESSION_SUMMARY_INCLUDE, orderBy, skip: query.offset, take: query.limit }),
    ]);
    const ordered = ranked ? byRank(sessions, ranked).slice(query.offset, query.offset + query.limit) : sessions;
    return { items: ordered.map((session) => toSessionSummary(session, now)), page: { total, limit: query.limit, offset: query.offset } };
  }

  async session(idOrSlug: string): Promise<SessionDetailDto> {
    const where = whereIdOrSlug(idOrSlug);
    const session = where ? await this.db.session.findFirst({ where, include: SESSION_SUMMARY_INCLUDE }) : null;
    if (!session) throw notFound('Session', idOrSlug);
    const counts = await this.db.enrolment.groupBy({
      by: ['status'],
      where: { sessionId: session.id, status: { in: [EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED] } },
      _count: { _all: true },
    });
    const count = (status: EnrolmentStatus) => counts.find((row) => row.status === status)?._count._all ?? 0;
    return {
      ...toSessionSummary(session, new Date()),
      description: session.description,
      seatsLeft: session.capacity === null ? null : Math.max(0, session.capacity - count(EnrolmentStatus.ENROLLED)),
      waitlisted: count(EnrolmentStatus.WAITLISTED),
    };
  }

  async listKeyDates(query: KeyDateQueryDto): Promise<Page<KeyDateDto>> {
    const today = new Date(new Date().toISOString().slice(0, 10));
    const where: Prisma.KeyDateWhereInput = {
      ...(query.program ? { program: { slug: query.program } } : {}),
      ...(query.when === 'upcoming' ? { date: { gte: today } } : query.when === 'past' ? { date: { lt: today } } : {}),
    };
    const [total, keyDates] = await Promise.all([
      this.db.keyDate.count({ where }),
      this.db.keyDate.findMany({
        where,
        include: { program: { select: { slug: true, title: true } } },
        orderBy: [{ date: query.when === 'past' ? 'desc' : 'asc' }, { slug: 'asc' }],
        skip: query.offset,
        take: query.limit,
      }),
    ]);
    return { items: keyDates.map(toKeyDate), page: { total, limit: query.limit, offset: query.offset } };
  }

  /** Ids matching a web-search style query, best first (same expressions as the GIN indexes). */
  private async searchIds(table: 'Program' | 'Session', text: string): Promise<string[]> {
    const rows =
      table === 'Program'
        ? await this.db.$queryRaw<{ id: string }[]>`
            SELECT id FROM "Program",
                   websearch_to_tsquery('english', ${text}) AS query
             WHERE stacks_search_document("title", "summary" || ' ' || "description" || ' ' || "audience", "acronym", "tags") @@ query
             ORDER BY ts_rank(stacks_search_document("title", "summary" || ' ' || "description" || ' ' || "audience", "acronym", "tags"), query) DESC, id
             LIMIT ${SEARCH_CANDIDATES}`
        : await this.db.$queryRaw<{ id: string }[]>`
            SELECT id FROM "Session",
                   websearch_to_tsquery('english', ${text}) AS query
             WHERE stacks_search_document("title", "description", "location", NULL::TEXT[]) @@ query
             ORDER BY ts_rank(stacks_search_document("title", "description", "location", NULL::TEXT[]), query) DESC, id
             LIMIT ${SEARCH_CANDIDATES}`;
    return rows.map((row) => row.id);
  }
}

/** Items in the order of a search's ranked ids. */
export function byRank<T extends { id: string }>(items: T[], rankedIds: string[]): T[] {
  const rank = new Map(rankedIds.map((id, index) => [id, index]));
  return [...items].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}
