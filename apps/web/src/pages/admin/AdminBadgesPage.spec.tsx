import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AdminBadge, AdminBadgeIssuance } from '../../api/types';
import { AdminBadgesPage } from './AdminBadgesPage';

const learner = { id: '6b1f7f0e-1111-4222-8333-444455556666', email: 'maya@example.org', displayName: 'Maya Okafor' };
const achievement = { id: 'a7d1c0a2-1111-4222-8333-444455556666', slug: 'dialogue-facilitation', name: 'Dialogue facilitation' };
const pending: AdminBadgeIssuance = {
  id: 'c0ffee00-1111-4222-8333-444455556666',
  awardId: 'aa000000-1111-4222-8333-444455556666',
  status: 'PENDING',
  credentialId: null,
  replaces: null,
  subjectDid: null,
  failure: null,
  requestedAt: '2026-12-01T10:00:00.000Z',
  completedAt: null,
  poll: '/api/v1/admin/badge-issuances/c0ffee00-1111-4222-8333-444455556666',
  learner,
  achievement,
  credential: null,
};
const issuedBadge = { credentialId: 'cc000000-1111-4222-8333-444455556666', learner, manual: true, status: 'valid', issuedAt: '2026-12-01T10:00:02.000Z' } as unknown as AdminBadge;
const originalFetch = globalThis.fetch;
let signed = false;
let posted: unknown;

beforeEach(() => {
  signed = false;
  posted = undefined;
  globalThis.fetch = (async (url: string, init: RequestInit = {}) => {
    const reply = (status: number, json?: unknown) => ({ ok: status < 300, status, statusText: '', json: async () => json, text: async () => JSON.stringify(json) }) as Response;
    const path = url.split('?')[0];
    if (path === '/api/v1/achievements') return reply(200, [{ ...achievement, issuer: { name: 'ALA', did: 'did:web:x', url: 'https://www.ala.org' } }]);
    if (path === '/api/v1/admin/learners') return reply(200, { items: [learner], page: { total: 1, limit: 20, offset: 0 } });
    if (path === '/api/v1/admin/badge-awards' && init.method === 'POST') {
      posted = JSON.parse(init.body as string);
      return reply(202, pending);
    }
    if (path === '/api/v1/admin/badge-awards') return reply(200, { items: signed ? [{ ...issuedBadge, achievement }] : [], page: { total: signed ? 1 : 0, limit: 50, offset: 0 } });
    if (path === '/api/v1/admin/badge-issuances') return reply(200, { items: posted && !signed ? [pending] : [] });
    if (path === pending.poll) {
      // The worker signs it between the first and the second look.
      if (!signed) {
        signed = true;
        return reply(200, pending);
      }
      return reply(200, { ...pending, status: 'ISSUED', credentialId: issuedBadge.credentialId, completedAt: issuedBadge.issuedAt });
    }
    if (path === '/api/v1/admin/badges/expiring') return reply(200, { items: [], page: { total: 0, limit: 100, offset: 0 } });
    return reply(404, { title: 'Not Found', status: 404 });
  }) as typeof fetch;
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('AdminBadgesPage', () => {
  it('shows a manual award as being signed until the worker has issued it, then among the issued badges', async () => {
    const user = userEvent.setup();
    render(<AdminBadgesPage issuancePollMs={10} />);
    const form = screen.getByRole('heading', { name: 'Award a badge' }).closest('section') as HTMLElement;
    await user.click(within(form).getByRole('button', { name: 'Find learners' }));
    await within(form).findByRole('option', { name: /Maya Okafor/ });
    await within(form).findByRole('option', { name: 'Dialogue facilitation' });
    await user.selectOptions(within(form).getByLabelText(/^Badge/), achievement.slug);
    await user.type(within(form).getByLabelText(/^Evidence in words/), 'Led three community conversations.');
    await user.click(within(form).getByRole('button', { name: 'Award the badge' }));
    expect(await within(form).findByText(/its credential is being signed/)).toBeTruthy();
    expect(posted).toMatchObject({ learnerId: learner.id, achievement: achievement.slug });

    const beingSigned = screen.getByRole('heading', { name: 'Being signed' }).closest('section') as HTMLElement;
    expect(await within(beingSigned).findByText(/Dialogue facilitation — Maya Okafor/)).toBeTruthy();
    expect(within(beingSigned).getByText('Pending')).toBeTruthy();

    await waitFor(() => expect(within(beingSigned).getByRole('status').textContent).toContain('just issued: “Dialogue facilitation” for Maya Okafor'));
    expect(within(beingSigned).queryByText('Pending')).toBeNull();
    const issued = screen.getByRole('heading', { name: 'Issued badges' }).closest('section') as HTMLElement;
    expect(await within(issued).findByText('1 found')).toBeTruthy();
  });
});
