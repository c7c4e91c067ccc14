import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Badge } from '../api/types';
import { BadgesView } from './BadgesView';

const BASE = 'http://localhost:3000/api/v1';
const ID = '5b0c7a52-2f7e-4d4a-9a53-0d3c9b6a1e01';

function badge(overrides: Partial<Badge> = {}): Badge {
  return {
    credentialId: ID,
    awardId: '7c2d1f00-1111-4222-8333-444455556666',
    status: 'valid',
    achievement: {
      id: 'a1',
      slug: 'ltc-mfc-large-urban-dialogue-facilitation',
      name: 'Dialogue Facilitation for Large and Urban Public Libraries',
      description: 'Finished the three-part webinar series.',
      criteriaNarrative: 'Complete every webinar.',
      image: `${BASE}/achievements/a1/image.svg`,
      achievementUrl: `${BASE}/achievements/a1`,
      program: 'ltc-models-for-change',
      series: 'ltc-mfc-large-urban-public-libraries',
      rule: 'SERIES_COMPLETED',
      tags: [],
      validForDays: null,
      creditsAvailable: null,
      issuer: { name: 'Public Programs Office', did: 'did:web:stacks.example.org:issuers:ppo', url: 'https://example.org/ppo' },
    },
    issuedAt: '2026-11-03T15:00:00.000Z',
    validUntil: null,
    revokedAt: null,
    revocationReason: null,
    manual: false,
    creditsEarned: null,
    subjectDid: null,
    addToLinkedIn: 'https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME',
    links: {
      page: `${BASE}/credentials/${ID}/page`,
      json: `${BASE}/credentials/${ID}`,
      jws: `${BASE}/credentials/${ID}/jws`,
      bakedSvg: `${BASE}/credentials/${ID}/badge.svg`,
      bakedPng: `${BASE}/credentials/${ID}/badge.png`,
    },
    ...overrides,
  };
}

afterEach(cleanup);

describe('BadgesView', () => {
  it('shows the badge image, name, issuer, dates and status', () => {
    render(<BadgesView badges={[badge()]} origin="https://stacks.example.org" />);
    const card = screen.getByRole('article', { name: /Dialogue Facilitation/ });
    const image = within(card).getByRole('img');
    expect(image.getAttribute('alt')).toBe('Badge: Dialogue Facilitation for Large and Urban Public Libraries');
    // Same-origin path, whatever PUBLIC_BASE_URL the API was started with.
    expect(image.getAttribute('src')).toBe(`/api/v1/credentials/${ID}/badge.svg`);
    expect(within(card).getByText('Valid')).toBeTruthy();
    expect(card.textContent).toContain('Public Programs Office');
    expect(card.textContent).toContain('November 3, 2026');
    expect(card.textContent).toContain('Does not expire');
  });

  it('gives a share link to the public verification page, and copies it', async () => {
    const clipboard: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void clipboard.push(text) }, configurable: true });
    const copied: string[] = [];
    render(<BadgesView badges={[badge()]} origin="https://stacks.example.org" onCopied={(id) => copied.push(id)} />);
    const share = screen.getByLabelText(/Share link/) as HTMLInputElement;
    expect(share.value).toBe(`https://stacks.example.org/verify/${ID}`);
    expect(screen.getByRole('link', { name: /Open the verification page/ }).getAttribute('href')).toBe(`https://stacks.example.org/verify/${ID}`);
    await userEvent.click(screen.getByRole('button', { name: /Copy the share link/ }));
    expect(clipboard).toEqual([`https://stacks.example.org/verify/${ID}`]);
    expect(copied).toEqual([ID]);
  });

  it('offers JSON, signed and baked-image downloads with file names', () => {
    render(<BadgesView badges={[badge()]} origin="https://stacks.example.org" />);
    const downloads = [
      ['Credential JSON', `/api/v1/credentials/${ID}`, '.json'],
      ['Signed credential (JWS)', `/api/v1/credentials/${ID}/jws`, '.jws'],
      ['Baked PNG image', `/api/v1/credentials/${ID}/badge.png`, '.png'],
      ['Baked SVG image', `/api/v1/credentials/${ID}/badge.svg`, '.svg'],
    ];
    for (const [name, href, extension] of downloads) {
      const link = screen.getByRole('link', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });
      expect(link.getAttribute('href')).toBe(href);
      expect(link.getAttribute('download')).toBe(`ltc-mfc-large-urban-dialogue-facilitation${extension}`);
    }
  });

  it('shows a revoked badge as revoked, with the date and the reason', () => {
    render(<BadgesView badges={[badge({ status: 'revoked', revokedAt: '2026-11-20T10:00:00.000Z', revocationReason: 'Awarded to the wrong learner' })]} origin="https://x.example" />);
    const card = screen.getByRole('article');
    expect(card.className).toContain('badge-revoked');
    expect(within(card).getByText('Revoked', { selector: '.status-pill' })).toBeTruthy();
    expect(card.textContent).toContain('November 20, 2026: Awarded to the wrong learner');
  });

  it('shows the hours earned and a prefilled LinkedIn “Add to profile” link, opened in a new tab', () => {
    const linkedIn = `https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Dialogue&certId=${ID}`;
    render(<BadgesView badges={[badge({ creditsEarned: 3.5, addToLinkedIn: linkedIn })]} origin="https://x.example" />);
    const card = screen.getByRole('article');
    expect(card.textContent).toContain('Continuing-education hours3.5 hours');
    const link = within(card).getByRole('link', { name: /Add to my LinkedIn profile/ });
    expect(link.getAttribute('href')).toBe(linkedIn);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('offers no LinkedIn link for a revoked badge, and leaves hours out when the badge states none', () => {
    render(<BadgesView badges={[badge({ status: 'revoked', addToLinkedIn: 'https://www.linkedin.com/profile/add', creditsEarned: null })]} origin="https://x.example" />);
    expect(screen.queryByRole('link', { name: /LinkedIn/ })).toBeNull();
    expect(screen.getByRole('article').textContent).not.toContain('hours');
  });

  it('renders the actions it is given for each badge', () => {
    render(<BadgesView badges={[badge()]} origin="https://x.example" actions={(item) => <button type="button">Act on {item.credentialId}</button>} />);
    expect(screen.getByRole('button', { name: `Act on ${ID}` })).toBeTruthy();
  });

  it('explains the empty state', () => {
    render(<BadgesView badges={[]} origin="https://x.example" />);
    expect(screen.getByText(/No badges yet/).textContent).toContain('Finish a series');
  });
});
