import { randomUUID } from 'node:crypto';
import { PrismaService } from '@stacks/db';
import { minimalDocx } from '@stacks/test-processes';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

const UPLOAD_LIMIT = 64 * 1024;
const pdf = (size = 2048) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);

describe('resources: program and session materials, links or uploaded files', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  let program: string;
  beforeAll(async () => {
    app = await startTestApp({ RESOURCE_UPLOAD_MAX_BYTES: String(UPLOAD_LIMIT) });
    prisma = app.nest.get(PrismaService);
    admin = await createAdmin(app, prisma);
    program = `dia-${randomUUID().slice(0, 8)}`;
    await prisma.program.create({
      data: { slug: program, title: 'Día resources test', kind: 'CELEBRATION', summary: 'Día', description: 'Día', audience: 'Families', libraryTypes: ['PUBLIC'] },
    });
  });
  afterAll(() => app.close());

  const create = (body: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/v1/admin/resources', headers: admin.auth, payload: body });
  const upload = (slug: string, fileName: string, body: Buffer, headers: Record<string, string> = admin.auth) =>
    app.inject({ method: 'PUT', url: `/api/v1/admin/resources/${slug}/file?fileName=${encodeURIComponent(fileName)}`, headers: { ...headers, 'content-type': 'application/octet-stream' }, payload: body });
  const resource = async (kind = 'WORKSHEET') => {
    const slug = `res-${randomUUID().slice(0, 8)}`;
    const created = await create({ slug, program, title: `Quokka ${kind.toLowerCase()} ${slug}`, kind, audience: 'Children and families' });
    expect(created.statusCode).toBe(201);
    return slug;
  };

  it('stores a PDF upload in PostgreSQL and serves it back with the type its bytes proved, to anyone', async () => {
    const slug = await resource();
    const file = pdf();
    const uploaded = await upload(slug, 'worksheet.pdf', file);
    expect(uploaded.statusCode).toBe(200);
    expect(uploaded.json().file).toMatchObject({ name: 'worksheet.pdf', mediaType: 'application/pdf', size: file.length, downloadPath: `/api/v1/resources/${slug}/file` });
    const download = await app.inject({ method: 'GET', url: `/api/v1/resources/${slug}/file` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe('attachment; filename="worksheet.pdf"');
    expect(download.rawPayload.equals(file)).toBe(true);
    // The same bytes again: nothing changes (one upload in the audit trail).
    await upload(slug, 'worksheet.pdf', file);
    const uploads = await prisma.auditEntry.count({ where: { subjectId: uploaded.json().id, action: 'resource.upload' } });
    expect(uploads).toBe(1);

    const docx = await upload(slug, 'guide.docx', minimalDocx());
    expect(docx.json().file).toMatchObject({ mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  });

  it('refuses by magic bytes (an executable named .pdf, a PDF named .docx), an empty file and a file over the limit (413)', async () => {
    const slug = await resource();
    const executable = await upload(slug, 'worksheet.pdf', Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(512)]));
    expect(executable.statusCode).toBe(400);
    expect(executable.headers['content-type']).toContain('application/problem+json');
    expect(executable.json().errors).toEqual([expect.objectContaining({ field: 'file', rule: 'fileType' })]);
    const renamed = await upload(slug, 'worksheet.docx', pdf());
    expect(renamed.json().errors).toEqual([expect.objectContaining({ field: 'file', rule: 'extension' })]);
    expect((await upload(slug, 'worksheet.pdf', Buffer.alloc(0))).statusCode).toBe(400);
    const tooBig = await upload(slug, 'worksheet.pdf', pdf(UPLOAD_LIMIT + 1));
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.headers['content-type']).toContain('application/problem+json');
    expect(tooBig.json().errors).toEqual([{ field: 'file', rule: 'maxBytes', message: `at most ${UPLOAD_LIMIT} bytes` }]);
    expect((await upload(slug, '../../etc/passwd', pdf())).json().errors).toEqual([expect.objectContaining({ field: 'fileName' })]);
    // Nothing was stored by any of them.
    expect((await app.inject({ method: 'GET', url: `/api/v1/resources/${slug}` })).json().file).toBeNull();
    expect((await app.inject({ method: 'GET', url: `/api/v1/resources/${slug}/file` })).statusCode).toBe(404);
  });

  it('is staff-only to write: a learner gets 403, an anonymous caller 401', async () => {
    const slug = await resource();
    const learner = await registerLearner(app, 'Learner');
    expect((await upload(slug, 'worksheet.pdf', pdf(), learner.auth)).statusCode).toBe(403);
    expect((await upload(slug, 'worksheet.pdf', pdf(), {})).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/v1/admin/resources', headers: learner.auth, payload: {} })).statusCode).toBe(403);
  });

  it('finds resources by full-text search and by program and kind; links need https', async () => {
    const slug = `booklist-${randomUUID().slice(0, 8)}`;
    expect((await create({ slug, program, title: 'Día booklists from the Quicklists Consulting Committee', kind: 'BOOKLIST' })).statusCode).toBe(201);
    const searched = await app.inject({ method: 'GET', url: `/api/v1/resources?q=${encodeURIComponent('quicklists booklists')}&program=${program}` });
    expect(searched.json().items.map((item: { slug: string }) => item.slug)).toEqual([slug]);
    const byKind = await app.inject({ method: 'GET', url: `/api/v1/resources?program=${program}&kind=BOOKLIST` });
    expect(byKind.json().items.map((item: { slug: string }) => item.slug)).toEqual([slug]);
    const bad = await create({ slug: `bad-${randomUUID().slice(0, 8)}`, program, title: 'Insecure link', kind: 'OTHER', url: 'http://example.org/x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'url' })]);
    const orphan = await create({ slug: `orphan-${randomUUID().slice(0, 8)}`, title: 'Belongs nowhere', kind: 'OTHER' });
    expect(orphan.json().errors).toEqual([expect.objectContaining({ field: 'program', rule: 'required' })]);
  });
});
