import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { enqueueOutboxEvent, Prisma, PrismaService, type RegistrySubmission } from '@stacks/db';
import { formatCsv, reviewSubmission, submitterMayEdit, type RegistryDecision } from '@stacks/learning-domain';
import { JobName } from '@stacks/queue-contracts';
import { OutboxPublisher } from '@stacks/queues';
import type { Page } from '../common/pagination.dto.js';
import { DomainError } from '../problem/domain-error.js';
import type {
  AdminRegistryQueryDto,
  CreateRegistrySubmissionDto,
  RegistryDecisionDto,
  RegistryEntryDto,
  RegistryQueryDto,
  RegistrySubmissionDto,
  UpdateRegistrySubmissionDto,
} from './dto/registry.dto.js';

/** An export holds at most this many programs; narrow the filters for more. */
export const REGISTRY_EXPORT_MAX_ROWS = 5000;
const DECISION_WORD: Record<RegistryDecision, string> = { publish: 'published', 'request-changes': 'changes-requested', reject: 'rejected' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type SubmissionRow = RegistrySubmission & { program: { slug: string; title: string } };
const WITH_PROGRAM = { program: { select: { slug: true, title: true } } } as const;

/**
 * The program registry: libraries (signed-in learners) submit the programs they host, staff
 * review them, and the published ones form a public, searchable, exportable list. Every staff
 * decision bumps decisionCount and writes its notice to the outbox in the same transaction.
 */
@Injectable()
export class RegistryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxPublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(userId: string, body: CreateRegistrySubmissionDto): Promise<RegistrySubmissionDto> {
    const program = await this.programId(body.program);
    const data = { ...fields(body), programId: program };
    // A retried submit (same library, program, title and date, still undecided) returns the first one.
    const existing = await this.prisma.registrySubmission.findFirst({
      where: { submitterId: userId, programId: program, title: data.title, date: data.date, libraryName: data.libraryName, status: 'PENDING' },
      include: WITH_PROGRAM,
    });
    if (existing) return toSubmission(existing);
    const created = await this.prisma.registrySubmission.create({ data: { ...data, submitterId: userId }, include: WITH_PROGRAM });
    return toSubmission(created);
  }

  /** The submitter's edit: allowed until a final decision; an edit after "changes requested" goes back to review. */
  async update(userId: string, id: string, body: UpdateRegistrySubmissionDto): Promise<RegistrySubmissionDto> {
    const current = await this.own(userId, id);
    if (!submitterMayEdit(current.status)) {
      throw new DomainError(409, 'conflict', `submission ${id} is ${current.status.toLowerCase()}; it can no longer be edited`, [
        { field: 'status', rule: 'editable', message: 'only pending submissions and those with changes requested can be edited' },
      ]);
    }
    const { program, ...rest } = body;
    const updated = await this.prisma.registrySubmission.update({
      where: { id: current.id },
      data: { ...fields(rest), ...(program ? { programId: await this.programId(program) } : {}), status: 'PENDING' },
      include: WITH_PROGRAM,
    });
    return toSubmission(updated);
  }

  async mine(userId: string): Promise<RegistrySubmissionDto[]> {
    const rows = await this.prisma.registrySubmission.findMany({ where: { submitterId: userId }, include: WITH_PROGRAM, orderBy: [{ createdAt: 'desc' }], take: 200 });
    return rows.map(toSubmission);
  }

  async mineOne(userId: string, id: string): Promise<RegistrySubmissionDto> {
    return toSubmission(await this.own(userId, id));
  }

  async publicList(query: RegistryQueryDto): Promise<Page<RegistryEntryDto>> {
    const where = filters(query, 'PUBLISHED');
    const [total, rows] = await Promise.all([
      this.prisma.registrySubmission.count({ where }),
      this.prisma.registrySubmission.findMany({ where, include: WITH_PROGRAM, orderBy: [{ date: 'asc' }, { id: 'asc' }], skip: query.offset, take: query.limit }),
    ]);
    return { items: rows.map(toEntry), page: { total, limit: query.limit, offset: query.offset } };
  }

  async adminList(query: AdminRegistryQueryDto): Promise<Page<RegistrySubmissionDto>> {
    const where = filters(query, query.status ?? 'PENDING');
    const [total, rows] = await Promise.all([
      this.prisma.registrySubmission.count({ where }),
      this.prisma.registrySubmission.findMany({ where, include: WITH_PROGRAM, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], skip: query.offset, take: query.limit }),
    ]);
    return { items: rows.map(toSubmission), page: { total, limit: query.limit, offset: query.offset } };
  }

  /** The published programs matching the filters as CSV or JSON, at most REGISTRY_EXPORT_MAX_ROWS of them. */
  async export(query: RegistryQueryDto, format: 'csv' | 'json'): Promise<{ body: string; contentType: string; truncated: boolean }> {
    const rows = await this.prisma.registrySubmission.findMany({
      where: filters(query, 'PUBLISHED'),
      include: WITH_PROGRAM,
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
      take: REGISTRY_EXPORT_MAX_ROWS + 1,
    });
    const truncated = rows.length > REGISTRY_EXPORT_MAX_ROWS;
    const entries = rows.slice(0, REGISTRY_EXPORT_MAX_ROWS).map(toEntry);
    if (format === 'json') return { body: JSON.stringify(entries), contentType: 'application/json; charset=utf-8', truncated };
    const header = ['program', 'title', 'date', 'library', 'city', 'state', 'audience', 'languages', 'description', 'contact_email'];
    const lines = entries.map((entry) => [
      entry.program,
      entry.title,
      entry.date,
      entry.libraryName,
      entry.city,
      entry.state,
      entry.audience,
      entry.languages.join('; '),
      entry.description,
      entry.contactEmail,
    ]);
    return { body: formatCsv([header, ...lines]), contentType: 'text/csv; charset=utf-8', truncated };
  }

  /** Staff's decision. The same decision again changes nothing and tells nobody twice. */
  async decide(adminId: string, id: string, body: RegistryDecisionDto): Promise<RegistrySubmissionDto> {
    if (!UUID.test(id)) throw missing(id);
    const note = body.note?.trim() || null;
    const { decided, outboxId } = await this.prisma.$transaction(async (tx) => {
      // The row lock serialises two staff deciding at once: the second sees the first's decision.
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "RegistrySubmission" WHERE id = ${id}::uuid FOR UPDATE`;
      if (!locked) throw missing(id);
      const current = await tx.registrySubmission.findUniqueOrThrow({ where: { id }, include: WITH_PROGRAM });
      const outcome = reviewSubmission(current.status, body.decision, note, current.reviewNote);
      if (outcome.kind === 'repeat') return { decided: current, outboxId: null };
      if (outcome.kind === 'refuse') throw new DomainError(409, 'conflict', outcome.message, [{ field: body.decision === 'publish' ? 'decision' : 'note', rule: 'review', message: outcome.message }]);
      const now = new Date();
      const updated = await tx.registrySubmission.update({
        where: { id },
        data: {
          status: outcome.next,
          reviewNote: note,
          reviewedById: adminId,
          reviewedAt: now,
          publishedAt: outcome.next === 'PUBLISHED' ? now : null,
          decisionCount: { increment: 1 },
        },
        include: WITH_PROGRAM,
      });
      await tx.auditEntry.create({ data: { actorId: adminId, action: `registry.${body.decision}`, subjectType: 'RegistrySubmission', subjectId: id, details: { note } } });
      const outboxId = await enqueueOutboxEvent(tx, {
        name: JobName.DecisionNotice,
        data: {
          userId: current.submitterId,
          subject: 'registry-submission',
          subjectId: id,
          decisionNumber: updated.decisionCount,
          decision: DECISION_WORD[body.decision],
          title: current.title,
          note,
          url: `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/registry/mine`,
          decidedAt: now.toISOString(),
        },
      });
      return { decided: updated, outboxId };
    });
    await this.outbox.publish(outboxId ? [outboxId] : []);
    return toSubmission(decided);
  }

  private async own(userId: string, id: string): Promise<SubmissionRow> {
    // Another learner's submission is "not found" for this one: its existence is not theirs to learn.
    const row = UUID.test(id) ? await this.prisma.registrySubmission.findFirst({ where: { id, submitterId: userId }, include: WITH_PROGRAM }) : null;
    if (!row) throw missing(id);
    return row;
  }

  private async programId(slug: string): Promise<string> {
    const program = await this.prisma.program.findUnique({ where: { slug }, select: { id: true } });
    if (!program) throw new DomainError(400, 'validation', `program ${slug} does not exist`, [{ field: 'program', rule: 'exists', message: 'no program has this slug' }]);
    return program.id;
  }
}

const missing = (id: string) => new DomainError(404, 'not-found', `registry submission ${id} does not exist`, [{ field: 'submission', rule: 'exists', message: 'no such submission' }]);

function fields(body: Omit<UpdateRegistrySubmissionDto, 'program'>) {
  return {
    ...(body.title !== undefined ? { title: body.title.trim() } : {}),
    ...(body.date !== undefined ? { date: new Date(`${body.date}T00:00:00.000Z`) } : {}),
    ...(body.libraryName !== undefined ? { libraryName: body.libraryName.trim() } : {}),
    ...(body.city !== undefined ? { city: body.city.trim() } : {}),
    ...(body.state !== undefined ? { state: body.state } : {}),
    ...(body.audience !== undefined ? { audience: body.audience.trim() } : {}),
    ...(body.languages !== undefined ? { languages: [...new Set(body.languages.map((language) => language.trim()))] } : {}),
    ...(body.description !== undefined ? { description: body.description.trim() } : {}),
    ...(body.contactEmail !== undefined ? { contactEmail: body.contactEmail.trim().toLowerCase() } : {}),
  } as { title: string; date: Date; libraryName: string; city: string; state: string; audience: string; languages: string[]; description: string; contactEmail: string };
}

function filters(query: RegistryQueryDto, status: RegistrySubmission['status']): Prisma.RegistrySubmissionWhereInput {
  const date: Prisma.DateTimeFilter = {
    ...(query.from ? { gte: new Date(`${query.from}T00:00:00.000Z`) } : {}),
    ...(query.to ? { lte: new Date(`${query.to}T00:00:00.000Z`) } : {}),
  };
  const text = query.q?.trim();
  return {
    AND: [
      { status },
      query.program ? { program: { slug: query.program } } : {},
      query.state ? { state: query.state } : {},
      Object.keys(date).length > 0 ? { date } : {},
      // Languages are matched whole and case-insensitively through the column's own spelling.
      query.language ? { languages: { hasSome: languageSpellings(query.language) } } : {},
      text
        ? {
            OR: [
              { title: { contains: text, mode: 'insensitive' } },
              { libraryName: { contains: text, mode: 'insensitive' } },
              { city: { contains: text, mode: 'insensitive' } },
              { description: { contains: text, mode: 'insensitive' } },
            ],
          }
        : {},
    ],
  };
}

/** "spanish" finds "Spanish", "SPANISH" and "spanish". */
function languageSpellings(language: string): string[] {
  const trimmed = language.trim();
  const lower = trimmed.toLowerCase();
  return [...new Set([trimmed, lower, lower.toUpperCase(), lower.charAt(0).toUpperCase() + lower.slice(1)])];
}

const calendar = (value: Date) => value.toISOString().slice(0, 10);

function toEntry(row: SubmissionRow): RegistryEntryDto {
  return {
    id: row.id,
    program: row.program.slug,
    programTitle: row.program.title,
    title: row.title,
    date: calendar(row.date),
    libraryName: row.libraryName,
    city: row.city,
    state: row.state,
    audience: row.audience,
    languages: row.languages,
    description: row.description,
    contactEmail: row.contactEmail,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

function toSubmission(row: SubmissionRow): RegistrySubmissionDto {
  return {
    ...toEntry(row),
    status: row.status,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
