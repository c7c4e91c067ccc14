import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type Resource } from '@stacks/db';
import { checkResourceFile } from '@stacks/learning-domain';
import { whereIdOrSlug } from '../common/id-or-slug.js';
import type { Page } from '../common/pagination.dto.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import { API_PREFIX } from '../api-prefix.js';
import { byRank } from '../catalogue/catalogue.service.js';
import type { CreateResourceDto, ResourceDto, ResourceQueryDto, UpdateResourceDto } from './dto/resource.dto.js';

const SEARCH_CANDIDATES = 500;
type ResourceRow = Resource & { program: { slug: string } | null; session: { slug: string } | null };
const REFS = { program: { select: { slug: true } }, session: { select: { slug: true } } } as const;

/**
 * Materials of programs and sessions (worksheets, conversation guides, booklists, recordings):
 * a link, or a file uploaded by staff. Files live in PostgreSQL (ResourceFile, bytea) under a
 * small size limit, so any API replica serves any file; what a file is comes from its bytes.
 */
@Injectable()
export class ResourcesService {
  constructor(private readonly prisma: PrismaService) {}

  async list(query: ResourceQueryDto): Promise<Page<ResourceDto>> {
    const ranked = query.q ? await this.searchIds(query.q) : undefined;
    const where: Prisma.ResourceWhereInput = {
      AND: [
        ranked ? { id: { in: ranked } } : {},
        query.program ? { OR: [{ program: { slug: query.program } }, { session: { program: { slug: query.program } } }] } : {},
        query.session ? { session: { slug: query.session } } : {},
        query.kind ? { kind: query.kind } : {},
        query.libraryType ? { OR: [{ libraryTypes: { has: query.libraryType } }, { libraryTypes: { isEmpty: true } }] } : {},
      ],
    };
    const [total, rows] = await Promise.all([
      this.prisma.resource.count({ where }),
      ranked
        ? this.prisma.resource.findMany({ where, include: REFS })
        : this.prisma.resource.findMany({ where, include: REFS, orderBy: [{ title: 'asc' }, { id: 'asc' }], skip: query.offset, take: query.limit }),
    ]);
    const ordered = ranked ? byRank(rows, ranked).slice(query.offset, query.offset + query.limit) : rows;
    return { items: ordered.map(toDto), page: { total, limit: query.limit, offset: query.offset } };
  }

  async one(idOrSlug: string): Promise<ResourceDto> {
    return toDto(await this.find(idOrSlug));
  }

  /** The stored file, with the media type its bytes proved at upload. */
  async file(idOrSlug: string): Promise<{ name: string; mediaType: string; content: Uint8Array }> {
    const resource = await this.find(idOrSlug);
    const file = resource.fileType ? await this.prisma.resourceFile.findUnique({ where: { resourceId: resource.id } }) : null;
    if (!file || !resource.fileName || !resource.fileType) {
      throw new DomainError(404, 'not-found', `resource ${idOrSlug} has no uploaded file`, [{ field: 'resource', rule: 'hasFile', message: 'this resource is a link, not a file' }]);
    }
    return { name: resource.fileName, mediaType: resource.fileType, content: file.content };
  }

  async create(adminId: string, body: CreateResourceDto): Promise<ResourceDto> {
    const session = body.session ? await this.prisma.session.findUnique({ where: { slug: body.session }, select: { id: true, programId: true } }) : null;
    if (body.session && !session) throw unknown('session', body.session);
    const program = body.program ? await this.prisma.program.findUnique({ where: { slug: body.program }, select: { id: true } }) : null;
    if (body.program && !program) throw unknown('program', body.program);
    if (!program && !session) {
      throw new DomainError(400, 'validation', 'a resource belongs to a program or a session', [{ field: 'program', rule: 'required', message: 'name a program or a session' }]);
    }
    try {
      const created = await this.prisma.$transaction(async (tx) => {
        const row = await tx.resource.create({
          data: {
            slug: body.slug,
            programId: program?.id ?? session?.programId ?? null,
            sessionId: session?.id ?? null,
            title: body.title.trim(),
            description: body.description?.trim() ?? '',
            kind: body.kind,
            url: body.url ?? null,
            audience: body.audience?.trim() ?? '',
            libraryTypes: body.libraryTypes ?? [],
          },
          include: REFS,
        });
        await tx.auditEntry.create({ data: { actorId: adminId, action: 'resource.create', subjectType: 'Resource', subjectId: row.id, details: { slug: row.slug } } });
        return row;
      });
      return toDto(created);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new DomainError(409, 'conflict', `a resource with slug ${body.slug} already exists`, [{ field: 'slug', rule: 'unique', message: 'slug is taken' }]);
      }
      throw error;
    }
  }

  async update(adminId: string, idOrSlug: string, body: UpdateResourceDto): Promise<ResourceDto> {
    const current = await this.find(idOrSlug);
    const updated = await this.prisma.$transaction(async (tx) => {
      const row = await tx.resource.update({ where: { id: current.id }, data: body, include: REFS });
      await tx.auditEntry.create({ data: { actorId: adminId, action: 'resource.update', subjectType: 'Resource', subjectId: current.id, details: JSON.parse(JSON.stringify(body)) as Prisma.InputJsonObject } });
      return row;
    });
    return toDto(updated);
  }

  async remove(adminId: string, idOrSlug: string): Promise<void> {
    const current = await this.find(idOrSlug);
    await this.prisma.$transaction(async (tx) => {
      await tx.resource.delete({ where: { id: current.id } });
      await tx.auditEntry.create({ data: { actorId: adminId, action: 'resource.delete', subjectType: 'Resource', subjectId: current.id, details: { slug: current.slug } } });
    });
  }

  /**
   * Stores (or replaces) the file. The body limit (RESOURCE_UPLOAD_MAX_BYTES) is enforced while
   * the body is read; here the bytes must prove an allowed type that the name's extension agrees
   * with. Uploading the same bytes again changes nothing.
   */
  async upload(adminId: string, idOrSlug: string, fileName: string, body: unknown): Promise<ResourceDto> {
    if (!Buffer.isBuffer(body)) {
      throw new DomainError(400, 'validation', 'send the file as the request body with Content-Type: application/octet-stream', [
        { field: 'body', rule: 'octetStream', message: 'the body must be the raw file (application/octet-stream)' },
      ]);
    }
    const check = checkResourceFile(fileName, body);
    if (!check.ok) throw new DomainError(400, 'validation', `the upload was refused: ${check.message}`, [{ field: 'file', rule: check.rule, message: check.message }]);
    const current = await this.find(idOrSlug);
    const sha256 = createHash('sha256').update(body).digest('hex');
    if (current.fileSha256 === sha256 && current.fileName === fileName) return toDto(current);
    const content = new Uint8Array(body);
    const updated = await this.prisma.$transaction(async (tx) => {
      await tx.resourceFile.upsert({ where: { resourceId: current.id }, create: { resourceId: current.id, content }, update: { content } });
      const row = await tx.resource.update({
        where: { id: current.id },
        data: { fileName, fileType: check.mediaType, fileSize: body.length, fileSha256: sha256 },
        include: REFS,
      });
      await tx.auditEntry.create({
        data: { actorId: adminId, action: 'resource.upload', subjectType: 'Resource', subjectId: current.id, details: { fileName, mediaType: check.mediaType, size: body.length, sha256 } },
      });
      return row;
    });
    return toDto(updated);
  }

  private async find(idOrSlug: string): Promise<ResourceRow> {
    const where = whereIdOrSlug(idOrSlug);
    const row = where ? await this.prisma.resource.findFirst({ where, include: REFS }) : null;
    if (!row) throw notFound('Resource', idOrSlug);
    return row;
  }

  private async searchIds(text: string): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Resource", websearch_to_tsquery('english', ${text}) AS query
       WHERE stacks_search_document("title", "description" || ' ' || "audience", NULL::TEXT, NULL::TEXT[]) @@ query
       ORDER BY ts_rank(stacks_search_document("title", "description" || ' ' || "audience", NULL::TEXT, NULL::TEXT[]), query) DESC, id
       LIMIT ${SEARCH_CANDIDATES}`;
    return rows.map((row) => row.id);
  }
}

const unknown = (field: 'program' | 'session', slug: string) =>
  new DomainError(400, 'validation', `${field} ${slug} does not exist`, [{ field, rule: 'exists', message: `no ${field} has this slug` }]);

export function toDto(row: ResourceRow): ResourceDto {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    kind: row.kind,
    url: row.url,
    audience: row.audience,
    libraryTypes: row.libraryTypes,
    program: row.program?.slug ?? null,
    session: row.session?.slug ?? null,
    file:
      row.fileName && row.fileType && row.fileSize !== null && row.fileSha256
        ? { name: row.fileName, mediaType: row.fileType, size: row.fileSize, sha256: row.fileSha256, downloadPath: `/${API_PREFIX}/resources/${row.slug}/file` }
        : null,
  };
}
