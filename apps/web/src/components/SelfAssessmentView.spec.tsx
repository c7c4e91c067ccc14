import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CompetencyRecommendations, SelfAssessment } from '../api/types';
import { SelfAssessmentView } from './SelfAssessmentView';

const assessment: SelfAssessment = {
  private: true,
  competencies: [
    {
      competency: 'dialogue-facilitation',
      name: 'Dialogue facilitation',
      latest: 4,
      first: 2,
      change: 2,
      history: [
        { rating: 2, assessedAt: '2026-10-01T12:00:00.000Z', note: null },
        { rating: 4, assessedAt: '2026-11-01T12:00:00.000Z', note: null },
      ],
    },
    { competency: 'turning-outward', name: 'Turning outward', latest: null, first: null, change: 0, history: [] },
  ],
};

const recommendations: CompetencyRecommendations = {
  weakest: [{ competency: 'dialogue-facilitation', name: 'Dialogue facilitation', rating: 4 }],
  recommendations: [{ kind: 'pathway', slug: 'community-engagement-facilitation', title: 'Community engagement facilitation', builds: ['dialogue-facilitation'] }],
};

afterEach(cleanup);

describe('SelfAssessmentView', () => {
  it('shows growth over time and a labelled 1-5 scale per competency', () => {
    render(<SelfAssessmentView assessment={assessment} recommendations={recommendations} onRate={async () => undefined} />);
    expect(screen.getByTestId('growth-dialogue-facilitation').textContent).toBe('Now 4 of 5, first 2 (up 2 over 2 ratings)');
    expect(screen.getByTestId('growth-turning-outward').textContent).toBe('Not rated yet');
    const scale = screen.getByRole('radiogroup', { name: 'How I rate myself on Turning outward' });
    expect(within(scale).getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Save rating for Turning outward' }).hasAttribute('disabled')).toBe(true);
  });

  it('sends the chosen rating for that competency', async () => {
    const rated: [string, number][] = [];
    render(<SelfAssessmentView assessment={assessment} recommendations={recommendations} onRate={async (competency, rating) => void rated.push([competency, rating])} />);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'How I rate myself on Turning outward' })).getByLabelText('1 — beginning'));
    fireEvent.click(screen.getByRole('button', { name: 'Save rating for Turning outward' }));
    await waitFor(() => expect(rated).toEqual([['turning-outward', 1]]));
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('recommends what builds the weakest competencies, with links', () => {
    render(<SelfAssessmentView assessment={assessment} recommendations={recommendations} onRate={async () => undefined} />);
    const list = screen.getByRole('list', { name: 'Recommendations' });
    expect(within(list).getByRole('link', { name: 'Community engagement facilitation' }).getAttribute('href')).toBe('/me/pathways');
    expect(list.textContent).toContain('builds Dialogue facilitation');
  });
});
