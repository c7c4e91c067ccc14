import { api } from '../api/client';
import type { CompetencyRecommendations, SelfAssessment } from '../api/types';
import { usePageTitle } from '../app/router';
import { useApi } from '../app/use-api';
import { SelfAssessmentView } from '../components/SelfAssessmentView';
import { ErrorMessage, Loading, PageHeading } from '../components/ui';

export function CompetenciesPage() {
  usePageTitle('My competencies');
  const assessment = useApi<SelfAssessment>('/me/self-assessment');
  const recommendations = useApi<CompetencyRecommendations>('/me/competency-recommendations');
  const rate = async (competency: string, rating: number) => {
    await api.request<SelfAssessment>('/me/self-assessment', { method: 'POST', body: { competency, rating }, headers: { 'idempotency-key': crypto.randomUUID() } });
    await Promise.all([assessment.reload(), recommendations.reload()]);
  };
  return (
    <>
      <PageHeading>My competencies</PageHeading>
      <ErrorMessage error={assessment.error} title="Could not load your self-assessment" />
      {!assessment.data && !assessment.error && <Loading what="your self-assessment" />}
      {assessment.data && <SelfAssessmentView assessment={assessment.data} recommendations={recommendations.data} onRate={rate} />}
    </>
  );
}
