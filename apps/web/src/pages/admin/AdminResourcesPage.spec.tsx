import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Resource } from '../../api/types';
import { type RecordedCall, scriptFetch } from '../../testing/scripted-fetch';
import { AdminResourcesPage } from './AdminResourcesPage';

const MAX_BYTES = 5_242_880;
const booklist: Resource = {
  id: '0b6f3a10-1111-4222-8333-444455556666',
  slug: 'dia-booklists',
  title: 'Día booklists',
  description: '',
  kind: 'BOOKLIST',
  url: 'https://dia.example/booklists',
  audience: 'Children and families',
  libraryTypes: ['PUBLIC'],
  program: 'dia',
  session: null,
  file: null,
};
const calls: RecordedCall[] = [];
const originalFetch = globalThis.fetch;
let created: Resource[] = [];

beforeEach(() => {
  calls.length = 0;
  created = [];
  scriptFetch(calls, ({ method, url, body: sent }) => {
    const reply = (status: number, json?: unknown) => ({ status, body: json });
    if (url.startsWith('/api/v1/resources?')) return reply(200, { items: [booklist, ...created], page: { total: 1 + created.length, limit: 100, offset: 0 } });
    if (url.startsWith('/api/v1/programs?')) return reply(200, { items: [{ slug: 'dia', title: 'Día' }], page: { total: 1, limit: 100, offset: 0 } });
    if (url === '/api/v1/programs/dia') return reply(200, { slug: 'dia', title: 'Día', sessions: [{ slug: 'dia-kickoff', title: 'Día kickoff webinar' }] });
    if (method === 'POST' && url === '/api/v1/admin/resources') {
      const body = sent as Record<string, unknown>;
      if (body.url === 'http://insecure.example') {
        return reply(400, { title: 'Your request has invalid fields', status: 400, detail: 'url must be an https URL', errors: [{ field: 'url', rule: 'isUrl', message: 'url must be an https URL' }] });
      }
      const resource = { ...booklist, id: 'e7a1b2c3-1111-4222-8333-444455556666', url: null, file: null, ...body } as Resource;
      created.push(resource);
      return reply(201, resource);
    }
    if (method === 'PUT' && url.includes('/file?fileName=')) {
      const file = sent as File;
      if (file.size > 8) {
        return reply(413, { title: 'Payload Too Large', status: 413, detail: `The file is larger than the ${MAX_BYTES} bytes allowed`, errors: [{ field: 'file', rule: 'maxBytes', message: `at most ${MAX_BYTES} bytes` }] });
      }
      return reply(200, { ...created[0], file: { name: file.name, mediaType: 'application/pdf', size: file.size, sha256: 'ab', downloadPath: '/api/v1/resources/x/file' } });
    }
    return reply(404, { title: 'Not Found', status: 404 });
  });
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

const pdf = (bytes: number) => new File([new Uint8Array(bytes).fill(0x25)], 'family-guide.pdf', { type: 'application/pdf' });

async function fillBasics(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Title/), 'Family conversation guide');
  await user.selectOptions(screen.getByLabelText('Kind'), 'CONVERSATION_GUIDE');
  await user.selectOptions(await screen.findByLabelText('Program'), await screen.findByRole('option', { name: 'Día' }));
  await user.selectOptions(screen.getByLabelText(/^Session/), await screen.findByRole('option', { name: 'Día kickoff webinar' }));
  await user.type(screen.getByLabelText(/^Audience/), 'Families');
  await user.click(screen.getByLabelText('Rural'));
}

describe('AdminResourcesPage', () => {
  it('lists the resources with their kind, program and link', async () => {
    render(<AdminResourcesPage />);
    const card = await screen.findByRole('article', { name: 'Día booklists' });
    expect(within(card).getByText(/Booklist · program dia · Children and families · Public libraries/)).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'https://dia.example/booklists' })).toBeTruthy();
  });

  it('creates a session resource with audience and library types, then uploads its file', async () => {
    const user = userEvent.setup();
    render(<AdminResourcesPage />);
    await fillBasics(user);
    await user.upload(screen.getByLabelText(/^File/), pdf(4));
    await user.click(screen.getByRole('button', { name: 'Add the resource' }));
    expect(await screen.findByText('Family conversation guide was added with its file family-guide.pdf.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      slug: 'family-conversation-guide',
      title: 'Family conversation guide',
      kind: 'CONVERSATION_GUIDE',
      audience: 'Families',
      libraryTypes: ['RURAL'],
      program: 'dia',
      session: 'dia-kickoff',
    });
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.url).toBe('/api/v1/admin/resources/family-conversation-guide/file?fileName=family-guide.pdf');
    expect(put?.body).toBeInstanceOf(File);
  });

  it('shows a too-large file’s 413 next to the file input and announces it', async () => {
    const user = userEvent.setup();
    render(<AdminResourcesPage />);
    await fillBasics(user);
    await user.upload(screen.getByLabelText(/^File/), pdf(64));
    await user.click(screen.getByRole('button', { name: 'Add the resource' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`Family conversation guide was added, but its file was refused: The file is larger than the ${MAX_BYTES} bytes allowed`);
    const input = screen.getByLabelText(/^File/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(describedBy).toContain(`at most ${MAX_BYTES} bytes`);
  });

  it('shows a refused link next to the link field', async () => {
    const user = userEvent.setup();
    render(<AdminResourcesPage />);
    await fillBasics(user);
    await user.type(screen.getByLabelText(/^Link/), 'http://insecure.example');
    await user.click(screen.getByRole('button', { name: 'Add the resource' }));
    await screen.findByRole('alert');
    const link = screen.getByLabelText(/^Link/);
    expect(link.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById((link.getAttribute('aria-describedby') ?? '').split(' ').at(-1) ?? '')?.textContent).toBe('url must be an https URL');
  });

  it('uploads a file to an existing resource from its card', async () => {
    const user = userEvent.setup();
    render(<AdminResourcesPage />);
    const card = await screen.findByRole('article', { name: 'Día booklists' });
    await user.upload(within(card).getByLabelText('Upload a file for Día booklists'), pdf(64));
    await user.click(within(card).getByRole('button', { name: 'Upload' }));
    expect(await within(card).findByRole('alert')).toBeTruthy();
    expect(within(card).getByText(`at most ${MAX_BYTES} bytes`)).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.url).toBe('/api/v1/admin/resources/dia-booklists/file?fileName=family-guide.pdf');
  });
});
