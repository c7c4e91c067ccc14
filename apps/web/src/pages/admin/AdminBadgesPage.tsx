import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Achievement, AdminBadge, AdminBadgeIssuance, ExpiringCredential, LearnerSummary, Page } from '../../api/types';
import { Link, usePageTitle } from '../../app/router';
import { useApi } from '../../app/use-api';
import { ExpiringBadgesTable } from '../../components/ExpiringBadgesTable';
import { formatDate } from '../../components/format';
import { ErrorMessage, fieldError, Notice, PageHeading, SelectField, TextAreaField, TextField } from '../../components/ui';
import { AdminCrumb } from './AdminHomePage';
import { useSubmit } from '../../app/use-submit';

export function AdminBadgesPage({ issuancePollMs = ISSUANCE_POLL_MS }: { issuancePollMs?: number } = {}) {
  usePageTitle('Badges');
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = useCallback(() => setRefreshKey((key) => key + 1), []);
  return (
    <>
      <AdminCrumb />
      <PageHeading>Badges</PageHeading>
      <AwardForm onAwarded={refresh} />
      <PendingIssuances refreshKey={refreshKey} onIssued={refresh} pollMs={issuancePollMs} />
      <AwardSearch refreshKey={refreshKey} />
      <AchievementValidityForm />
      <ExpiringSoon />
    </>
  );
}

/** How long an achievement's credentials last and how holders renew them (applies to credentials issued from now on). */
function AchievementValidityForm() {
  const achievements = useApi<Achievement[]>('/achievements');
  const [form, setForm] = useState({ achievement: '', validForDays: '', renewalInstructions: '' });
  const submit = useSubmit();
  const chosen = achievements.data?.find((achievement) => achievement.slug === form.achievement);
  const choose = (slug: string) => {
    const achievement = achievements.data?.find((item) => item.slug === slug);
    setForm({ achievement: slug, validForDays: achievement?.validForDays ? String(achievement.validForDays) : '', renewalInstructions: '' });
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit.run(async () => {
      await api.request(`/admin/achievements/${form.achievement}`, {
        method: 'PATCH',
        body: {
          // Anything but digits goes as typed, so the API names the field instead of NaN turning into null.
          validForDays: form.validForDays.trim() === '' ? null : /^\d+$/.test(form.validForDays.trim()) ? Number(form.validForDays) : form.validForDays,
          ...(form.renewalInstructions.trim() ? { renewalInstructions: form.renewalInstructions } : {}),
        },
      });
      await achievements.reload();
      return `Saved. Credentials of “${chosen?.name ?? form.achievement}” issued from now on ${form.validForDays.trim() ? `expire after ${form.validForDays} days` : 'do not expire'}.`;
    });
  };
  return (
    <section className="card" aria-labelledby="validity-heading">
      <h2 id="validity-heading">Badge validity</h2>
      <form onSubmit={save}>
        <ErrorMessage error={submit.error} title="Not saved" />
        <SelectField label="Badge" value={form.achievement} onChange={(event) => choose(event.target.value)} required>
          <option value="">Choose a badge</option>
          {achievements.data?.map((achievement) => (
            <option key={achievement.id} value={achievement.slug}>
              {achievement.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Valid for (days)"
          hint="Empty: credentials do not expire. Credentials already issued keep their dates."
          inputMode="numeric"
          value={form.validForDays}
          onChange={(event) => setForm({ ...form, validForDays: event.target.value })}
          error={fieldError(submit.error, 'validForDays')}
        />
        <TextAreaField
          label="How to renew"
          hint="Shown to admins here and in expiry notices to holders."
          value={form.renewalInstructions}
          onChange={(event) => setForm({ ...form, renewalInstructions: event.target.value })}
          error={fieldError(submit.error, 'renewalInstructions')}
        />
        <button type="submit" disabled={submit.busy || !form.achievement}>
          Save validity
        </button>
        <Notice tone="success">{submit.message}</Notice>
      </form>
    </section>
  );
}

const EXPIRY_WINDOWS = [7, 30, 90, 365];

/** What expires when: credentials in force reaching their validUntil within the chosen window. */
function ExpiringSoon() {
  const [within, setWithin] = useState(30);
  const expiring = useApi<Page<ExpiringCredential>>(`/admin/badges/expiring?within=${within}&limit=100`);
  return (
    <section aria-labelledby="expiring-heading">
      <h2 id="expiring-heading">Expiring soon</h2>
      <SelectField label="Expiring within" value={String(within)} onChange={(event) => setWithin(Number(event.target.value))}>
        {EXPIRY_WINDOWS.map((days) => (
          <option key={days} value={days}>
            {days} days
          </option>
        ))}
      </SelectField>
      <ErrorMessage error={expiring.error} title="Could not load expiring badges" />
      {expiring.data && (
        <>
          <p className="muted">
            {expiring.data.page.total} {expiring.data.page.total === 1 ? 'badge expires' : 'badges expire'} in the next {within} days
            {expiring.data.page.total > expiring.data.items.length ? ` (the first ${expiring.data.items.length} are shown)` : ''}.
          </p>
          <ExpiringBadgesTable items={expiring.data.items} withinDays={within} />
        </>
      )}
    </section>
  );
}

function AwardForm({ onAwarded }: { onAwarded: () => void }) {
  const achievements = useApi<Achievement[]>('/achievements');
  const [learnerQuery, setLearnerQuery] = useState('');
  const [learners, setLearners] = useState<LearnerSummary[]>();
  const [form, setForm] = useState({ learnerId: '', achievement: '', evidenceUrl: '', evidenceNarrative: '' });
  const submit = useSubmit();
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });

  const findLearners = async () => {
    const page = await api.request<Page<LearnerSummary>>(`/admin/learners?limit=20&q=${encodeURIComponent(learnerQuery)}`);
    setLearners(page.items);
    setForm((current) => ({ ...current, learnerId: page.items[0]?.id ?? '' }));
  };
  const award = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run(async () => {
      const issuance = await api.request<AdminBadgeIssuance>('/admin/badge-awards', {
        method: 'POST',
        body: { learnerId: form.learnerId, achievement: form.achievement, evidenceUrl: form.evidenceUrl || undefined, evidenceNarrative: form.evidenceNarrative || undefined },
      });
      return issuance.status === 'ISSUED'
        ? `Awarded “${issuance.achievement.name}” to ${issuance.learner.displayName}.`
        : `Awarded “${issuance.achievement.name}” to ${issuance.learner.displayName}; its credential is being signed (see “Being signed” below).`;
    })) onAwarded();
  };
  const error = submit.error;

  return (
    <section className="card" aria-labelledby="award-heading">
      <h2 id="award-heading">Award a badge</h2>
      <form onSubmit={award}>
        <ErrorMessage error={error} title="Badge not awarded" />
        <div className="inline-form">
          <TextField label="Find the learner (e-mail or name)" type="search" value={learnerQuery} onChange={(event) => setLearnerQuery(event.target.value)} />
          <button type="button" className="secondary" onClick={() => void findLearners()}>
            Find learners
          </button>
        </div>
        {learners && (
          <SelectField label="Learner" required value={form.learnerId} onChange={set('learnerId')} error={fieldError(error, 'learnerId')}>
            {learners.length === 0 && <option value="">No learner matches</option>}
            {learners.map((learner) => (
              <option key={learner.id} value={learner.id}>
                {learner.displayName} ({learner.email})
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label="Badge" required value={form.achievement} onChange={set('achievement')} error={fieldError(error, 'achievement')}>
          <option value="">Choose a badge</option>
          {achievements.data?.map((achievement) => (
            <option key={achievement.slug} value={achievement.slug}>
              {achievement.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Evidence link" type="url" value={form.evidenceUrl} onChange={set('evidenceUrl')} error={fieldError(error, 'evidenceUrl')} hint="An https:// address showing the work" />
        <TextAreaField label="Evidence in words" value={form.evidenceNarrative} onChange={set('evidenceNarrative')} error={fieldError(error, 'evidenceNarrative')} hint="Give a link, a description, or both" />
        <button type="submit" disabled={submit.busy || !form.learnerId || !form.achievement}>
          Award the badge
        </button>
        <Notice tone="success">{submit.message}</Notice>
      </form>
    </section>
  );
}

/** How often the page asks again about credentials the worker is still signing. */
export const ISSUANCE_POLL_MS = 1500;

/**
 * Manual awards and re-issues the worker has still to sign (or could not): each shows “Being
 * signed” until the worker is done, then moves to “Issued badges” below.
 */
function PendingIssuances({ refreshKey, onIssued, pollMs }: { refreshKey: number; onIssued: () => void; pollMs: number }) {
  const issuances = useApi<{ items: AdminBadgeIssuance[] }>('/admin/badge-issuances');
  // What this page watches: each request is asked about by its id until it is ISSUED or FAILED,
  // so one signed between two looks is still announced (the list no longer shows it).
  const [watched, setWatched] = useState<AdminBadgeIssuance[]>([]);
  const [done, setDone] = useState<AdminBadgeIssuance[]>([]);
  const { reload, data } = issuances;
  useEffect(() => {
    if (refreshKey > 0) void reload();
  }, [refreshKey, reload]);
  useEffect(() => {
    if (!data) return;
    setWatched((current) => [...current.filter((item) => !data.items.some((listed) => listed.id === item.id)), ...data.items]);
  }, [data]);
  useEffect(() => {
    const waiting = watched.filter((item) => item.status === 'PENDING');
    if (waiting.length === 0) return;
    const timer = setTimeout(() => {
      void Promise.all(waiting.map((item) => api.request<AdminBadgeIssuance>(`/admin/badge-issuances/${item.id}`))).then((now) => {
        const issued = now.filter((item) => item.status === 'ISSUED');
        setWatched((current) => current.flatMap((item) => {
          const fresh = now.find((candidate) => candidate.id === item.id) ?? item;
          return fresh.status === 'ISSUED' ? [] : [fresh];
        }));
        if (issued.length > 0) {
          setDone((previous) => [...issued, ...previous].slice(0, 10));
          onIssued();
        }
      }, () => undefined);
    }, pollMs);
    return () => clearTimeout(timer);
  }, [watched, onIssued, pollMs]);
  const items = watched;
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">Being signed</h2>
      <ErrorMessage error={issuances.error} title="Could not load the badges being signed" />
      <p role="status" className="muted">
        {items.length === 0 ? 'No badge is waiting to be signed.' : `${items.length} waiting or failed`}
        {done.length > 0 ? ` · just issued: ${done.map((item) => `“${item.achievement.name}” for ${item.learner.displayName}`).join(', ')}` : ''}
      </p>
      {items.length > 0 && (
        <ul className="card-list">
          {items.map((item) => (
            <li key={item.id}>
              <span className={`status-pill status-${item.status === 'FAILED' ? 'revoked' : 'pending'}`}>{item.status === 'FAILED' ? 'Failed' : 'Pending'}</span> {item.achievement.name} —{' '}
              {item.learner.displayName}
              {item.replaces ? ' (re-issue)' : ''} · asked {formatDate(item.requestedAt)}
              {item.failure ? ` · ${item.failure}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AwardSearch({ refreshKey }: { refreshKey: number }) {
  const [draft, setDraft] = useState({ q: '', status: '' });
  const [query, setQuery] = useState({ q: '', status: '' });
  const params = new URLSearchParams({ limit: '50' });
  if (query.q) params.set('q', query.q);
  if (query.status) params.set('status', query.status);
  const awards = useApi<Page<AdminBadge>>(`/admin/badge-awards?${params}`);
  const { reload } = awards;
  // A new award elsewhere on the page: search again.
  useEffect(() => {
    if (refreshKey > 0) void reload();
  }, [refreshKey, reload]);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(draft);
  };
  return (
    <section aria-labelledby="awards-heading">
      <h2 id="awards-heading">Issued badges</h2>
      <form className="inline-form" onSubmit={search} role="search" aria-label="Issued badges">
        <TextField label="Learner e-mail or name" type="search" value={draft.q} onChange={(event) => setDraft({ ...draft, q: event.target.value })} />
        <SelectField label="Status" value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value })}>
          <option value="">Any status</option>
          <option value="valid">Valid</option>
          <option value="expired">Expired</option>
          <option value="revoked">Revoked</option>
        </SelectField>
        <button type="submit">Search badges</button>
      </form>
      <ErrorMessage error={awards.error} title="Could not search badges" />
      <p role="status" className="muted">
        {awards.data ? `${awards.data.page.total} found` : 'Searching…'}
      </p>
      <ul className="card-list">
        {awards.data?.items.map((badge) => (
          <li key={badge.credentialId}>
            <AwardRow badge={badge} onChanged={() => void awards.reload()} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function AwardRow({ badge, onChanged }: { badge: AdminBadge; onChanged: () => void }) {
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const headingId = `award-${badge.credentialId}`;
  const revoke = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run(async () => {
      await api.request(`/admin/credentials/${badge.credentialId}/revoke`, { method: 'POST', body: { reason } });
      return 'Revoked. Its public page and every verifier now see it as revoked.';
    })) onChanged();
  };
  const reissue = async () => {
    if (await submit.run(async () => {
      const fresh = await api.request<AdminBadgeIssuance>(`/admin/credentials/${badge.credentialId}/reissue`, { method: 'POST', body: {} });
      return fresh.status === 'ISSUED'
        ? `Re-issued as a new credential (${fresh.credentialId}); the old one is marked superseded.`
        : 'Re-issue requested: the new credential is being signed; this one stays in force until then.';
    })) onChanged();
  };
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {badge.achievement.name} — {badge.learner.displayName}
      </h3>
      <p>
        <span className={`status-pill status-${badge.status}`}>{badge.status === 'valid' ? 'Valid' : badge.status === 'revoked' ? 'Revoked' : 'Expired'}</span> {badge.learner.email} · issued {formatDate(badge.issuedAt)}
        {badge.manual ? ' · awarded by hand' : ''}
        {badge.revocationReason ? ` · reason: ${badge.revocationReason}` : ''}
      </p>
      <p>
        <Link to={`/verify/${badge.credentialId}`}>
          Verification page<span className="visually-hidden"> of {badge.achievement.name} for {badge.learner.displayName}</span>
        </Link>
      </p>
      {badge.status !== 'revoked' && (
        <form className="inline-form" onSubmit={revoke}>
          <TextField label="Reason for revoking" required value={reason} onChange={(event) => setReason(event.target.value)} error={fieldError(submit.error, 'reason')} hint="Shown on the public verification page" />
          <button type="submit" className="danger" disabled={submit.busy || !reason.trim()}>
            Revoke<span className="visually-hidden"> {badge.achievement.name} for {badge.learner.displayName}</span>
          </button>
        </form>
      )}
      <button type="button" className="secondary" onClick={() => void reissue()} disabled={submit.busy}>
        Re-issue<span className="visually-hidden"> {badge.achievement.name} for {badge.learner.displayName}</span>
      </button>
      <ErrorMessage error={submit.error} title="Not done" />
      <Notice tone="success">{submit.message}</Notice>
    </article>
  );
}
