import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FaqEntry, QuestionInsights } from '../../api/types';
import { AdminFaqPage } from './AdminFaqPage';
import { type RecordedCall, scriptFetch } from '../../testing/scripted-fetch';

const entry: FaqEntry = {
  id: 'e7d1c0a2-1111-4222-8333-444455556666',
  slug: 'mfc-newsletter',
  question: 'How do I hear about new Models for Change sessions?',
  variants: [],
  keywords: 'newsletter',
  answer: 'Sign up for the Programming Librarian e-newsletter.',
  aspect: null,
  programSlugs: [],
  urls: [],
  retiredAt: null,
  updatedAt: '2026-12-01T10:00:00.000Z',
};
const tally = { question: 'where do i park for the festival', asked: 3, unanswered: 3, downVotes: 0, upVotes: 0, lastAnswer: "I don't know…", lastAskedAt: '2026-12-01T09:00:00.000Z' };
const insights: QuestionInsights = { mostAsked: [tally], unanswered: [tally], downVoted: [] };
const calls: RecordedCall[] = [];
const originalFetch = globalThis.fetch;

beforeEach(() => {
  calls.length = 0;
  scriptFetch(calls, ({ url, method, body: sent }) => {
    const body = sent as Record<string, unknown> | undefined;
    const reply = (status: number, json?: unknown) => ({ status, body: json });
    if (url === '/api/v1/admin/questions') return reply(200, insights);
    if (url === '/api/v1/admin/faq' && method === 'POST') return reply(201, { ...entry, ...body, id: 'new' });
    if (url === '/api/v1/admin/faq') return reply(200, [entry]);
    if (url === `/api/v1/admin/faq/${entry.slug}`) return reply(200, { ...entry, ...body });
    return reply(404, { title: 'Not Found', status: 404 });
  });
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('AdminFaqPage', () => {
  it('turns an unanswered question into a draft entry with one click and creates it', async () => {
    const user = userEvent.setup();
    render(<AdminFaqPage />);
    const [draft] = await screen.findAllByRole('button', { name: 'Make an FAQ entry for “where do i park for the festival”' });
    await user.click(draft);
    const form = screen.getByRole('heading', { name: 'New FAQ entry' }).closest('section') as HTMLElement;
    expect((within(form).getByLabelText(/^Question/) as HTMLInputElement).value).toBe('where do i park for the festival');
    expect((within(form).getByLabelText(/^Slug/) as HTMLInputElement).value).toBe('where-do-i-park-for-the-festival');
    await user.type(within(form).getByLabelText(/^Answer/), 'Park in the Juniper Street garage.');
    await user.click(within(form).getByRole('button', { name: 'Add the entry' }));
    expect(await within(form).findByText(/The bot answers with it within seconds/)).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: '/api/v1/admin/faq',
      body: { slug: 'where-do-i-park-for-the-festival', question: 'where do i park for the festival', variants: [], answer: 'Park in the Juniper Street garage.' },
    });
  });

  it('edits an entry’s answer with PATCH', async () => {
    const user = userEvent.setup();
    render(<AdminFaqPage />);
    const card = await screen.findByRole('article', { name: entry.question });
    const answer = within(card).getByLabelText(/^Answer/);
    await user.clear(answer);
    await user.type(answer, 'Read the Programming Librarian e-newsletter.');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect(await within(card).findByText('Saved.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PATCH')).toMatchObject({ url: `/api/v1/admin/faq/${entry.slug}`, body: { answer: 'Read the Programming Librarian e-newsletter.' } });
  });
});
