import type { MyPathway } from '../api/types';
import { usePageTitle } from '../app/router';
import { useApi } from '../app/use-api';
import { PathwayMap } from '../components/PathwayMap';
import { ErrorMessage, Loading, PageHeading } from '../components/ui';

export function PathwaysPage() {
  usePageTitle('My pathways');
  const pathways = useApi<MyPathway[]>('/me/pathways');
  return (
    <>
      <PageHeading>My pathways</PageHeading>
      <p className="lede">Pathways stack badges, series and sessions into a certificate, issued automatically when the map is complete.</p>
      <ErrorMessage error={pathways.error} title="Could not load your pathways" />
      {!pathways.data && !pathways.error && <Loading what="your pathways" />}
      {pathways.data && <PathwayMap pathways={pathways.data} />}
    </>
  );
}
