import { cleanup, render, screen, within } from '@testing-library/react';
import type { MyPathway, PathwayNode } from '../api/types';
import { PathwayMap } from './PathwayMap';

const item = (slug: string, state: PathwayNode['state'], extra: Partial<PathwayNode> = {}): PathwayNode => ({
  kind: 'achievement',
  slug,
  title: `Badge ${slug}`,
  rule: null,
  required: null,
  ordered: null,
  startsAt: null,
  availableUntil: null,
  state,
  doneAt: state === 'done' ? '2026-11-02T15:00:00.000Z' : null,
  met: null,
  items: [],
  ...extra,
});

function pathway(status: MyPathway['status'], items: PathwayNode[], extra: Partial<MyPathway> = {}): MyPathway {
  return {
    slug: 'community-engagement-facilitation',
    title: 'Community engagement facilitation',
    description: 'Finish the series for your library type.',
    deadline: null,
    revocationPolicy: 'REVOKE',
    certificate: { slug: 'cef', name: 'Community engagement facilitation', achievementType: 'Certificate', description: 'x', criteriaNarrative: 'y', achievementUrl: 'http://localhost/a' },
    requirements: { ...item('root', 'open'), kind: 'group', slug: null, title: 'The series for your library type', rule: 'ONE_OF', required: 1, ordered: false, met: items.filter((entry) => entry.state === 'done').length, items },
    competencies: [],
    status,
    completedAt: status === 'completed' ? '2026-11-02T15:00:00.000Z' : null,
    next: items.filter((entry) => entry.state === 'next').map((entry) => ({ kind: entry.kind as 'achievement', slug: entry.slug as string, title: entry.title as string })),
    credential: null,
    ...extra,
  };
}

afterEach(cleanup);

describe('PathwayMap', () => {
  it('shows what is next, each requirement with its state, and by when for a session with a date', () => {
    const session = item('webinar-2', 'next', { kind: 'session', title: 'Webinar 2', availableUntil: '2027-01-31T00:00:00.000Z' });
    render(<PathwayMap pathways={[pathway('in-progress', [item('urban', 'done'), session, item('rural', 'open')], { deadline: '2027-06-30T00:00:00.000Z' })]} />);
    const section = screen.getByRole('region', { name: 'Community engagement facilitation' });
    expect(within(section).getByText('In progress')).toBeTruthy();
    expect(section.textContent).toContain('complete by June 30, 2027');
    const next = screen.getByRole('region', { name: 'Next for Community engagement facilitation' });
    expect(within(next).getByRole('link', { name: 'Webinar 2' }).getAttribute('href')).toBe('/sessions/webinar-2');
    const map = screen.getByRole('list', { name: 'The series for your library type: Any one of 3' });
    const states = within(map).getAllByRole('listitem').map((entry) => entry.getAttribute('data-state'));
    expect(states).toEqual(['done', 'next', 'open']);
    expect(map.textContent).toContain('recording until January 31, 2027');
  });

  it('links the issued certificate to its verification page and says when it was revoked and why', () => {
    const credential: MyPathway['credential'] = { credentialId: '7a1c0a36-3d0e-4c7a-9c55-5f7a0b7f0c11', status: 'revoked', issuedAt: '2026-11-02T15:00:00.000Z', revocationReason: 'A badge this certificate stacks was revoked' };
    render(<PathwayMap pathways={[pathway('not-started', [item('urban', 'next')], { credential })]} />);
    const line = screen.getByTestId('pathway-credential');
    expect(line.textContent).toContain('Your certificate is revoked');
    expect(line.textContent).toContain('A badge this certificate stacks was revoked');
    expect(within(line).getByRole('link').getAttribute('href')).toBe(`/verify/${credential?.credentialId}`);
  });

  it('says so when there are no pathways', () => {
    render(<PathwayMap pathways={[]} />);
    expect(screen.getByText('No pathways yet.')).toBeTruthy();
  });
});
