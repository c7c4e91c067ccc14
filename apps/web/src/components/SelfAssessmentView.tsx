import { type FormEvent, useState } from 'react';
import type { CompetencyRecommendations, SelfAssessment } from '../api/types';
import { Link } from '../app/router';
import { useSubmit } from '../app/use-submit';
import { formatDate } from './format';
import { ErrorMessage, Notice } from './ui';

const SCALE = [1, 2, 3, 4, 5] as const;
const SCALE_LABEL: Record<number, string> = { 1: '1 — beginning', 2: '2', 3: '3 — practising', 4: '4', 5: '5 — confident' };

function growthText(entry: SelfAssessment['competencies'][number]): string {
  if (entry.latest === null) return 'Not rated yet';
  if (entry.history.length < 2) return `Rated ${entry.latest} of 5 on ${formatDate(entry.history[0].assessedAt)}`;
  const change = entry.change > 0 ? `up ${entry.change}` : entry.change < 0 ? `down ${-entry.change}` : 'no change';
  return `Now ${entry.latest} of 5, first ${entry.first} (${change} over ${entry.history.length} ratings)`;
}

/** One competency: rate it 1-5 (a radio group) and see how my ratings moved. */
function CompetencyRating({ entry, onRate }: { entry: SelfAssessment['competencies'][number]; onRate(competency: string, rating: number): Promise<void> }) {
  const [rating, setRating] = useState<number | null>(entry.latest);
  const submit = useSubmit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (rating === null) return;
    void submit.run(async () => {
      await onRate(entry.competency, rating);
      return 'Saved.';
    });
  };
  return (
    <form onSubmit={onSubmit} className="card">
      <fieldset>
        <legend>{entry.name}</legend>
        <p className="muted" data-testid={`growth-${entry.competency}`}>
          {growthText(entry)}
        </p>
        <div role="radiogroup" aria-label={`How I rate myself on ${entry.name}`} className="rating-scale">
          {SCALE.map((value) => (
            <label key={value}>
              <input type="radio" name={`rating-${entry.competency}`} value={value} checked={rating === value} onChange={() => setRating(value)} /> {SCALE_LABEL[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={submit.busy || rating === null}>
        Save rating for {entry.name}
      </button>
      <ErrorMessage error={submit.error} title="Could not save the rating" />
      {submit.message && <Notice tone="success">{submit.message}</Notice>}
    </form>
  );
}

/** My private self-assessment, with what builds my weakest competencies. */
export function SelfAssessmentView({
  assessment,
  recommendations,
  onRate,
}: {
  assessment: SelfAssessment;
  recommendations: CompetencyRecommendations | undefined;
  onRate(competency: string, rating: number): Promise<void>;
}) {
  return (
    <>
      <p className="lede">Rate yourself from 1 to 5 on each competency. Only you see these ratings; each one is kept, so you can see how you grow.</p>
      <section aria-labelledby="recommendations-heading">
        <h2 id="recommendations-heading">Recommended for you</h2>
        {!recommendations || recommendations.recommendations.length === 0 ? (
          <p className="empty">Rate yourself below to get sessions and pathways that build your weakest competencies.</p>
        ) : (
          <>
            <p>Your weakest: {recommendations.weakest.map((entry) => `${entry.name} (${entry.rating})`).join(', ')}.</p>
            <ul aria-label="Recommendations">
              {recommendations.recommendations.map((entry) => (
                <li key={`${entry.kind}:${entry.slug}`}>
                  {entry.kind === 'pathway' ? 'Pathway: ' : 'Session: '}
                  <Link to={entry.kind === 'pathway' ? '/me/pathways' : `/sessions/${entry.slug}`}>{entry.title}</Link>
                  <span className="muted"> — builds {entry.builds.map((slug) => recommendations.weakest.find((weak) => weak.competency === slug)?.name ?? slug).join(', ')}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="assessment-heading">
        <h2 id="assessment-heading">My self-assessment</h2>
        {assessment.competencies.map((entry) => (
          <CompetencyRating key={`${entry.competency}:${entry.history.length}`} entry={entry} onRate={onRate} />
        ))}
      </section>
    </>
  );
}
