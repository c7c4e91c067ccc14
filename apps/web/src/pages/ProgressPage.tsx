import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { SeriesDetail, SeriesProgress } from '../api/types';
import { usePageTitle } from '../app/router';
import { useApi } from '../app/use-api';
import { ProgressView } from '../components/ProgressView';
import { ErrorMessage, Loading, PageHeading } from '../components/ui';

/** The earliest date a remaining session's recording closes: after it the series cannot be finished that way. */
export function seriesDeadline(progress: SeriesProgress, detail: SeriesDetail): string | null {
  const remaining = new Set(progress.remaining.map((session) => session.slug));
  const closing = detail.sessions
    .filter((session) => remaining.has(session.slug) && session.recording.availableUntil)
    .map((session) => session.recording.availableUntil as string)
    .sort();
  return closing[0] ?? null;
}

export function ProgressPage() {
  usePageTitle('My progress');
  const progress = useApi<SeriesProgress[]>('/me/progress');
  const [deadlines, setDeadlines] = useState<Record<string, string | null>>({});

  useEffect(() => {
    const open = (progress.data ?? []).filter((series) => !series.satisfied);
    void Promise.all(
      open.map(async (series) => [series.series, seriesDeadline(series, await api.request<SeriesDetail>(`/series/${series.series}`))] as const),
    ).then((entries) => setDeadlines(Object.fromEntries(entries)), () => undefined);
  }, [progress.data]);

  return (
    <>
      <PageHeading>My progress</PageHeading>
      <p className="lede">Every series you have enrolled in or started, and what finishing it unlocks.</p>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => void progress.reload()}>
          Refresh
        </button>
      </div>
      <ErrorMessage error={progress.error} title="Could not load your progress" />
      {progress.data ? <ProgressView progress={progress.data} deadlines={deadlines} /> : !progress.error && <Loading what="your progress" />}
    </>
  );
}
