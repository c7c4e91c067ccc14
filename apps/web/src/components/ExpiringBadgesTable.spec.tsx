import { cleanup, render, screen, within } from '@testing-library/react';
import type { ExpiringCredential } from '../api/types';
import { ExpiringBadgesTable } from './ExpiringBadgesTable';

afterEach(cleanup);

const item = (id: string, daysLeft: number, validUntil: string): ExpiringCredential => ({
  credentialId: id,
  validUntil,
  issuedAt: '2025-12-01T00:00:00.000Z',
  daysLeft,
  holder: { userId: `u-${id}`, email: `${id}@example.org`, displayName: `Learner ${id}` },
  achievement: { id: 'a', slug: 'dialogue', name: 'Dialogue Facilitation', validForDays: 365 },
  issuer: { name: 'Public Programs Office', email: null, url: 'https://ppo.example.org' },
  renewal: 'Watch the refresher, then ask for a re-issue.',
  credentialPage: `http://localhost:3000/api/v1/credentials/${id}/page`,
});

describe('ExpiringBadgesTable', () => {
  it('lists each expiring badge with its date, days left, holder, badge page and renewal text, in the order given', () => {
    render(<ExpiringBadgesTable withinDays={30} items={[item('one', 6, '2026-12-08T00:00:00.000Z'), item('two', 29, '2026-12-31T00:00:00.000Z')]} />);
    const rows = within(screen.getByRole('region', { name: 'Badges expiring soon' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1].textContent)).toEqual(['6', '29']);
    expect(rows[0].textContent).toContain('December 8, 2026');
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('Learner one one@example.org');
    expect(within(rows[0]).getByRole('link', { name: 'Dialogue Facilitation' }).getAttribute('href')).toBe('/api/v1/credentials/one/page');
    expect(rows[1].textContent).toContain('Watch the refresher, then ask for a re-issue.');
  });

  it('says so when nothing expires in the window', () => {
    render(<ExpiringBadgesTable withinDays={7} items={[]} />);
    expect(screen.getByText('No badge expires in the next 7 days.')).toBeTruthy();
  });
});
