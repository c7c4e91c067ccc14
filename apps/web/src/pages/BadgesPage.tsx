import { useEffect, useState } from 'react';
import type { Badge } from '../api/types';
import { usePageTitle } from '../app/router';
import { useApi } from '../app/use-api';
import { AddToWallet } from '../components/AddToWallet';
import { BadgesView } from '../components/BadgesView';
import { ErrorMessage, Loading, Notice, PageHeading } from '../components/ui';

/** Badges are issued by the worker a moment after a series is finished: an empty list is checked again for a while. */
const POLL_MS = 3000;
const POLL_TIMES = 20;

export function BadgesPage() {
  usePageTitle('My badges');
  const badges = useApi<Badge[]>('/me/badges');
  const [polls, setPolls] = useState(0);
  const [copied, setCopied] = useState<string>();
  const waiting = badges.data !== undefined && badges.data.length === 0 && polls < POLL_TIMES;
  const { reload } = badges;

  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => {
      setPolls((count) => count + 1);
      void reload();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [waiting, polls, reload]);

  return (
    <>
      <PageHeading>My badges</PageHeading>
      <p className="lede">Open Badges 3.0 credentials, signed by the association. Share the link: anyone can check that a badge is genuine and still valid.</p>
      <ErrorMessage error={badges.error} title="Could not load your badges" />
      {badges.data ? (
        <BadgesView
          badges={badges.data}
          origin={window.location.origin}
          onCopied={setCopied}
          actions={(badge) => <AddToWallet badge={badge} onReissued={() => void reload()} />}
        />
      ) : (
        !badges.error && <Loading what="your badges" />
      )}
      {waiting && <p className="muted">Checking for newly issued badges every few seconds…</p>}
      <Notice tone="success">{copied ? 'Share link copied.' : null}</Notice>
    </>
  );
}
