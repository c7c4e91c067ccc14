import { useState } from 'react';
import { api } from '../api/client';
import type { CalendarFeedCreated, CalendarFeedStatus } from '../api/types';
import { useApi } from '../app/use-api';
import { formatDateTime } from './format';
import { ErrorMessage, Loading } from './ui';

/**
 * My private calendar feed: make a subscription URL (shown once: only its hash is kept), replace it
 * (the old one stops working), or revoke it.
 */
export function CalendarFeedSettings() {
  const feed = useApi<CalendarFeedStatus>('/me/calendar-feed');
  const [created, setCreated] = useState<CalendarFeedCreated>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const act = async (action: () => Promise<void>) => {
    setError(undefined);
    setBusy(true);
    try {
      await action();
      await feed.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const makeUrl = () => act(async () => setCreated(await api.request<CalendarFeedCreated>('/me/calendar-feed', { method: 'POST' })));
  const revoke = () =>
    act(async () => {
      await api.request('/me/calendar-feed', { method: 'DELETE' });
      setCreated(undefined);
    });

  return (
    <section aria-labelledby="calendar-heading" className="card">
      <h2 id="calendar-heading">Calendar subscription</h2>
      <p>Subscribe in your calendar app to see every session you are enrolled in, kept up to date when one moves or is cancelled, with your reminders.</p>
      <ErrorMessage error={error ?? feed.error} title="The calendar subscription could not be changed" />
      {!feed.data && !feed.error && <Loading what="your calendar subscription" />}
      {created && (
        <div role="status" className="link-code">
          <p>
            <label htmlFor="calendar-feed-url">Your private feed URL (shown only now; anyone with it can see your sessions):</label>
          </p>
          <input id="calendar-feed-url" type="text" readOnly value={created.url} onFocus={(event) => event.currentTarget.select()} />
          <p>
            <a href={created.webcalUrl}>Open in my calendar app</a>
          </p>
        </div>
      )}
      {feed.data?.subscribed && !created && <p>You have a feed URL, made {feed.data.createdAt ? formatDateTime(feed.data.createdAt) : ''}. If you lost it or shared it by mistake, make a new one: the old one stops working.</p>}
      {feed.data && (
        <div className="actions">
          <button type="button" onClick={makeUrl} disabled={busy}>
            {feed.data.subscribed ? 'Make a new feed URL' : 'Make my feed URL'}
          </button>
          {feed.data.subscribed && (
            <button type="button" className="secondary" onClick={revoke} disabled={busy}>
              Turn off the feed
            </button>
          )}
        </div>
      )}
    </section>
  );
}
