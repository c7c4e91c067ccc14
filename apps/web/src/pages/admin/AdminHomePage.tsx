import { useState } from 'react';
import { api } from '../../api/client';
import { Link, usePageTitle } from '../../app/router';
import { ErrorMessage, PageHeading } from '../../components/ui';

export const ADMIN_SECTIONS = [
  { to: '/admin/catalogue', title: 'Programs and series', text: 'Create programs and the series inside them.' },
  { to: '/admin/sessions', title: 'Sessions', text: 'Create, reschedule (reminders follow) and cancel sessions.' },
  { to: '/admin/attendance', title: 'Attendance import', text: 'Upload a webinar platform’s attendance CSV: preview, then apply.' },
  { to: '/admin/badges', title: 'Badges', text: 'Award a badge with evidence, find awards, revoke or re-issue them.' },
  { to: '/admin/funnel', title: 'Series funnel', text: 'How many learners enrolled, started and finished each series.' },
  { to: '/admin/people', title: 'People', text: 'Find learners by name or address, see whether they verified it and signed in, erase on request.' },
  { to: '/admin/faq', title: 'Bot answers', text: 'Teach the bot: FAQ entries, and the questions members ask, leave unanswered or down-vote.' },
  { to: '/admin/registry', title: 'Registry review', text: 'Publish, send back or reject the programs libraries submit to the public registry.' },
  { to: '/admin/resources', title: 'Resources', text: 'Worksheets, conversation guides, booklists and recordings for programs and sessions: links or uploaded files.' },
  { to: '/admin/cohorts', title: 'Cohorts', text: 'Read library teams’ applications, select them up to the capacity, give them sessions and a badge, follow their progress.' },
  { to: '/admin/webhooks', title: 'Webhooks', text: 'Signed events to other systems: endpoints, delivery log, test events and dead letters.' },
] as const;

export function AdminHomePage() {
  usePageTitle('Administration');
  const [error, setError] = useState<unknown>();

  // Bull Board cannot read a bearer token: trade it for its short-lived HttpOnly cookie first.
  const openQueues = async () => {
    setError(undefined);
    try {
      const session = await api.request<{ url: string }>('/admin/queues-dashboard/session', { method: 'POST' });
      window.location.assign(session.url);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <PageHeading>Administration</PageHeading>
      <ul className="card-list admin-sections">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.to} className="card">
            <h2>
              <Link to={section.to}>{section.title}</Link>
            </h2>
            <p>{section.text}</p>
          </li>
        ))}
        <li className="card">
          <h2>Queue dashboard</h2>
          <p>Reminder, badge and notification jobs in Bull Board (opens for 15 minutes).</p>
          <button type="button" onClick={openQueues}>
            Open the queue dashboard
          </button>
          <ErrorMessage error={error} title="Could not open the dashboard" />
        </li>
      </ul>
    </>
  );
}

/** A breadcrumb back to the admin overview. */
export function AdminCrumb() {
  return (
    <p className="breadcrumb">
      <Link to="/admin">Administration</Link>
    </p>
  );
}
