import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import type { WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret, WebhookEventTypes } from '../../api/types';
import { usePageTitle } from '../../app/router';
import { useApi } from '../../app/use-api';
import { useSubmit } from '../../app/use-submit';
import { CheckboxField, ErrorMessage, fieldError, Loading, Notice, PageHeading, TextField } from '../../components/ui';
import { AdminCrumb } from './AdminHomePage';

/** Webhook endpoints: register (secret shown once), rotate the secret, send a test event, read the delivery log, replay dead letters. */
export function AdminWebhooksPage() {
  usePageTitle('Webhooks');
  const endpoints = useApi<WebhookEndpoint[]>('/admin/webhooks');
  const [secret, setSecret] = useState<{ url: string; secret: string }>();
  const shown = (endpoint: WebhookEndpointWithSecret) => setSecret({ url: endpoint.url, secret: endpoint.secret });

  return (
    <>
      <AdminCrumb />
      <PageHeading>Webhooks</PageHeading>
      <p className="lede">Signed events (Standard Webhooks) to your other systems. Deliveries are retried with backoff; those that never arrive land in the dead-letter list.</p>
      {secret && (
        <section aria-labelledby="secret-heading" className="notice">
          <h2 id="secret-heading">Signing secret for {secret.url}</h2>
          <p>Copy it now: it is not shown again.</p>
          <code aria-label="Signing secret">{secret.secret}</code>{' '}
          <button type="button" className="link-button" onClick={() => setSecret(undefined)}>
            I have copied it
          </button>
        </section>
      )}
      <NewEndpointForm
        onCreated={(endpoint) => {
          shown(endpoint);
          void endpoints.reload();
        }}
      />
      <section aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading">Endpoints</h2>
        {endpoints.loading && !endpoints.data && <Loading what="the endpoints" />}
        <ErrorMessage error={endpoints.error} title="Could not load the endpoints" />
        {endpoints.data?.length === 0 && <p className="empty">No endpoints yet.</p>}
        <ul className="card-list">
          {endpoints.data?.map((endpoint) => (
            <li key={endpoint.id}>
              <EndpointCard endpoint={endpoint} onRotated={shown} onChanged={() => void endpoints.reload()} />
            </li>
          ))}
        </ul>
      </section>
      <DeadLetters />
    </>
  );
}

function NewEndpointForm({ onCreated }: { onCreated: (endpoint: WebhookEndpointWithSecret) => void }) {
  const types = useApi<WebhookEventTypes>('/admin/webhooks/event-types');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const submit = useSubmit();
  const create = async (event: FormEvent) => {
    event.preventDefault();
    let created: WebhookEndpointWithSecret | undefined;
    const ok = await submit.run(async () => {
      created = await api.request<WebhookEndpointWithSecret>('/admin/webhooks', { method: 'POST', body: { url, description, eventTypes: chosen } });
      return `Registered ${created.url}.`;
    });
    if (ok && created) {
      setUrl('');
      setDescription('');
      setChosen([]);
      onCreated(created);
    }
  };
  const toggle = (type: string, on: boolean) => setChosen((current) => (on ? [...current, type] : current.filter((each) => each !== type)));
  return (
    <section aria-labelledby="webhook-new-heading">
      <h2 id="webhook-new-heading">New endpoint</h2>
      <form className="stacked" onSubmit={create}>
        <TextField label="URL" type="url" value={url} required hint="https; never a private or loopback address" onChange={(event) => setUrl(event.target.value)} error={fieldError(submit.error, 'url')} />
        <TextField label="Description" value={description} onChange={(event) => setDescription(event.target.value)} error={fieldError(submit.error, 'description')} />
        <fieldset>
          <legend>Events</legend>
          {types.data?.eventTypes.map((type) => (
            <CheckboxField key={type} label={type} checked={chosen.includes(type)} onChange={(event) => toggle(type, event.target.checked)} />
          ))}
          {fieldError(submit.error, 'eventTypes') && <p className="field-error">{fieldError(submit.error, 'eventTypes')}</p>}
        </fieldset>
        <button type="submit" disabled={submit.busy}>
          Register the endpoint
        </button>
      </form>
      <ErrorMessage error={submit.error} title="Could not register the endpoint" />
      <Notice tone="success">{submit.message}</Notice>
    </section>
  );
}

function EndpointCard({ endpoint, onRotated, onChanged }: { endpoint: WebhookEndpoint; onRotated: (endpoint: WebhookEndpointWithSecret) => void; onChanged: () => void }) {
  const deliveries = useApi<WebhookDelivery[]>(`/admin/webhooks/${endpoint.id}/deliveries?limit=20`);
  const submit = useSubmit();
  const sendTest = async () => {
    if (await submit.run(async () => (await api.request<WebhookDelivery>(`/admin/webhooks/${endpoint.id}/test`, { method: 'POST' }), 'Test event queued; it appears in the log below.'))) {
      window.setTimeout(() => void deliveries.reload(), 1500);
      void deliveries.reload();
    }
  };
  const rotate = async () => {
    let rotated: WebhookEndpointWithSecret | undefined;
    if (await submit.run(async () => ((rotated = await api.request<WebhookEndpointWithSecret>(`/admin/webhooks/${endpoint.id}/rotate-secret`, { method: 'POST' })), 'New secret made; the old one also signs during the grace period.'))) {
      if (rotated) onRotated(rotated);
      onChanged();
    }
  };
  const setEnabled = async (enabled: boolean) => {
    if (await submit.run(async () => (await api.request<WebhookEndpoint>(`/admin/webhooks/${endpoint.id}`, { method: 'PATCH', body: { enabled } }), enabled ? 'Enabled.' : 'Disabled.'))) onChanged();
  };
  return (
    <article className="card" aria-label={endpoint.url}>
      <h3>{endpoint.url}</h3>
      {endpoint.description && <p>{endpoint.description}</p>}
      <p className="muted">
        {endpoint.enabled ? 'Enabled' : 'Disabled'} · {endpoint.eventTypes.join(', ')}
        {endpoint.previousSecretExpiresAt && ` · old secret also signs until ${new Date(endpoint.previousSecretExpiresAt).toLocaleString()}`}
      </p>
      <div className="actions">
        <button type="button" onClick={() => void sendTest()} disabled={submit.busy || !endpoint.enabled}>
          Send test event
        </button>{' '}
        <button type="button" onClick={() => void rotate()} disabled={submit.busy}>
          Rotate secret
        </button>{' '}
        <button type="button" onClick={() => void setEnabled(!endpoint.enabled)} disabled={submit.busy}>
          {endpoint.enabled ? 'Disable' : 'Enable'}
        </button>
      </div>
      <ErrorMessage error={submit.error} title="That did not work" />
      <Notice tone="success">{submit.message}</Notice>
      <DeliveryTable title={`Delivery log for ${endpoint.url}`} deliveries={deliveries.data} loading={deliveries.loading} error={deliveries.error} />
    </article>
  );
}

function DeliveryTable({ title, deliveries, loading, error, onReplay }: { title: string; deliveries?: WebhookDelivery[]; loading: boolean; error: unknown; onReplay?: (delivery: WebhookDelivery) => void }) {
  if (loading && !deliveries) return <Loading what="the deliveries" />;
  if (error) return <ErrorMessage error={error} title="Could not load the deliveries" />;
  if (!deliveries || deliveries.length === 0) return <p className="empty">No deliveries.</p>;
  return (
    <table aria-label={title}>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Status</th>
          <th scope="col">Attempts</th>
          <th scope="col">Response</th>
          <th scope="col">Latency</th>
          <th scope="col">Last attempt</th>
          {onReplay && <th scope="col">Replay</th>}
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <td>
              {delivery.eventType} <span className="muted">{delivery.webhookId}</span>
            </td>
            <td>{delivery.status}</td>
            <td>{delivery.attempts}</td>
            <td title={delivery.lastResponse ?? undefined}>{delivery.lastStatusCode ?? delivery.lastError ?? '—'}</td>
            <td>{delivery.lastLatencyMs === null ? '—' : `${delivery.lastLatencyMs} ms`}</td>
            <td>{delivery.lastAttemptAt ? new Date(delivery.lastAttemptAt).toLocaleString() : '—'}</td>
            {onReplay && (
              <td>
                <button type="button" onClick={() => onReplay(delivery)} aria-label={`Replay ${delivery.eventType} delivery ${delivery.webhookId}`}>
                  Replay
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DeadLetters() {
  const dead = useApi<WebhookDelivery[]>('/admin/webhook-deliveries?status=DEAD');
  const submit = useSubmit();
  const replay = async (delivery: WebhookDelivery) => {
    if (await submit.run(async () => (await api.request<WebhookDelivery>(`/admin/webhook-deliveries/${delivery.id}/replay`, { method: 'POST' }), `Queued ${delivery.webhookId} again.`))) void dead.reload();
  };
  return (
    <section aria-labelledby="dead-heading">
      <h2 id="dead-heading">Dead letters</h2>
      <p className="muted">Deliveries whose attempts are all spent. A replay keeps the same webhook-id, so receivers can tell a repeat.</p>
      <ErrorMessage error={submit.error} title="Could not replay" />
      <Notice tone="success">{submit.message}</Notice>
      <DeliveryTable title="Dead letters" deliveries={dead.data} loading={dead.loading} error={dead.error} onReplay={(delivery) => void replay(delivery)} />
    </section>
  );
}
