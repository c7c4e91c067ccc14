import { cleanup, render, screen } from '@testing-library/react';
import type { SessionDetail } from '../api/types';
import { AuthProvider } from '../app/auth';
import { SessionPage } from './SessionPage';

const session = {
  id: '6f1f7a52-7d3c-4c55-9a43-2d3c0e8f1a01',
  slug: 'dialogue-facilitation-part-1',
  title: 'Dialogue facilitation, part 1',
  type: 'WEBINAR',
  status: 'SCHEDULED',
  program: { slug: 'ltc-models-for-change', title: 'Libraries Transforming Communities' },
  series: { slug: 'dialogue-facilitation-large-urban', title: 'Dialogue facilitation' },
  position: 1,
  startsAt: '2027-03-04T18:00:00.000Z',
  endsAt: '2027-03-04T19:00:00.000Z',
  timeZone: 'America/Chicago',
  recording: { availableNow: false, url: null, availableFrom: null, availableUntil: null, minutes: null },
  creditHours: 1,
  capacity: null,
  free: true,
  priceCents: 0,
  location: null,
  joinUrl: null,
  libraryTypes: [],
  description: 'Practice, in pairs.',
  seatsLeft: null,
  waitlisted: 0,
} as unknown as SessionDetail;

function answer(body: unknown) {
  globalThis.fetch = (async () => ({ ok: true, status: 200, statusText: '', json: async () => body, text: async () => JSON.stringify(body) }) as Response) as typeof fetch;
}

const originalFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('SessionPage calendar links', () => {
  it('offers the session as an .ics download and the series and program as webcal subscriptions', async () => {
    answer(session);
    render(
      <AuthProvider>
        <SessionPage slug={session.slug} />
      </AuthProvider>,
    );
    const download = await screen.findByRole('link', { name: /Add to calendar/ });
    expect(download.getAttribute('href')).toBe(`/api/v1/sessions/${session.slug}/calendar.ics`);
    expect(download.hasAttribute('download')).toBe(true);
    const origin = window.location.origin.replace(/^https?:/, 'webcal:');
    expect(screen.getByRole('link', { name: 'this series' }).getAttribute('href')).toBe(`${origin}/api/v1/series/dialogue-facilitation-large-urban/calendar.ics`);
    expect(screen.getByRole('link', { name: 'the whole program' }).getAttribute('href')).toBe(`${origin}/api/v1/programs/ltc-models-for-change/calendar.ics`);
    // Signed out: no private feed to point at.
    expect(screen.queryByRole('link', { name: /private feed/ })).toBeNull();
  });

  it('offers no download for an on-demand session without a start time', async () => {
    answer({ ...session, startsAt: null, endsAt: null });
    render(
      <AuthProvider>
        <SessionPage slug={session.slug} />
      </AuthProvider>,
    );
    expect(await screen.findByText('On demand (recording)')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Add to calendar/ })).toBeNull();
  });
});
