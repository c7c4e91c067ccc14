import { cleanup, render, screen, within } from '@testing-library/react';
import type { SeriesProgress } from '../api/types';
import { ProgressView } from './ProgressView';

const session = (position: number, completedAt: string | null) => ({
  slug: `ltc-mfc-large-urban-part-${position}`,
  title: `Large and urban public libraries: webinar ${position} of 3`,
  position,
  completedAt,
  availableNow: true,
});

function progress(done: number): SeriesProgress {
  const sessions = [1, 2, 3].map((position) => session(position, position <= done ? `2026-11-0${position}T15:00:00.000Z` : null));
  const satisfied = done === 3;
  return {
    series: 'ltc-mfc-large-urban-public-libraries',
    title: 'Dialogue facilitation for large and urban public libraries',
    rule: 'ALL',
    totalSessions: 3,
    requiredSessions: 3,
    // The API floors: 2 of 3 is 66.
    percentage: Math.floor((done / 3) * 100),
    satisfied,
    done: sessions.slice(0, done),
    remaining: sessions.slice(done),
    neededCount: 3 - done,
    next: sessions[done] ?? null,
    requirement: satisfied ? 'Complete. Unlocked: Invitation to the workshop.' : `Complete ${3 - done} more of 3 sessions to unlock the invitation.`,
    unlock: {
      title: 'Invitation to the free pre-conference workshop',
      description: 'Everyone who has viewed all three webinars is invited.',
      unlockedAt: satisfied ? '2026-11-03T15:00:00.000Z' : null,
    },
  };
}

afterEach(cleanup);

describe('ProgressView', () => {
  it('shows a progress bar with its value (rounded, unlike the API’s floor) and a readable summary', () => {
    render(<ProgressView progress={[progress(2)]} />);
    const bar = screen.getByRole('progressbar', { name: /Dialogue facilitation/ });
    expect(bar.getAttribute('value')).toBe('67');
    expect(bar.getAttribute('max')).toBe('100');
    expect(screen.getByTestId('progress-summary').textContent).toBe('2 of 3 required sessions done (67%)');
    expect(screen.getByText('In progress')).toBeTruthy();
  });

  it('lists what is done with dates, what is left with links, and marks the next session', () => {
    render(<ProgressView progress={[progress(1)]} />);
    const done = screen.getByRole('region', { name: 'Done' });
    expect(within(done).getAllByRole('listitem')).toHaveLength(1);
    expect(done.textContent).toContain('webinar 1 of 3');
    expect(done.textContent).toContain('completed November 1, 2026');
    const left = screen.getByRole('region', { name: 'Left to do' });
    const links = within(left).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/sessions/ltc-mfc-large-urban-part-2', '/sessions/ltc-mfc-large-urban-part-3']);
    expect(within(left).getByText('(next)').closest('li')?.textContent).toContain('webinar 2 of 3');
  });

  it('says what completing unlocks and by when, from the deadline it is given', () => {
    const { rerender } = render(<ProgressView progress={[progress(1)]} deadlines={{ 'ltc-mfc-large-urban-public-libraries': '2026-12-31T23:59:00.000Z' }} />);
    expect(screen.getByRole('region', { name: 'Completing it unlocks' }).textContent).toContain('Invitation to the free pre-conference workshop');
    expect(screen.getByTestId('unlock-when').textContent).toBe('Finish the remaining 2 sessions by December 31, 2026, when a recording stops being available.');
    rerender(<ProgressView progress={[progress(2)]} />);
    expect(screen.getByTestId('unlock-when').textContent).toBe('No deadline: one more session and it is yours.');
  });

  it('shows a finished series as complete and unlocked, with nothing left', () => {
    render(<ProgressView progress={[progress(3)]} />);
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('100');
    expect(screen.getByText('Complete')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'You unlocked' })).toBeTruthy();
    expect(screen.getByTestId('unlock-when').textContent).toBe('Unlocked on November 3, 2026.');
    expect(screen.getByText('Nothing left: every session is done.')).toBeTruthy();
  });

  it('renders one labelled card per series and an invitation when there is none', () => {
    const other = { ...progress(0), series: 'another-series', title: 'Another series' };
    const { unmount } = render(<ProgressView progress={[progress(1), other]} />);
    expect(screen.getAllByRole('progressbar').map((bar) => bar.getAttribute('value'))).toEqual(['33', '0']);
    expect(screen.getByRole('article', { name: 'Another series' })).toBeTruthy();
    unmount();
    render(<ProgressView progress={[]} />);
    expect(screen.getByRole('link', { name: 'Browse the catalogue' }).getAttribute('href')).toBe('/');
  });
});
