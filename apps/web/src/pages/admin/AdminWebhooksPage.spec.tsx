import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WebhookDelivery, WebhookEndpoint } from '../../api/types';
import { AdminWebhooksPage } from './AdminWebhooksPage';
import { type RecordedCall, scriptFetch } from '../../testing/scripted-fetch';

const endpoint: WebhookEndpoint = {
  id: '5b0f2c1e-9a7d-4e3b-8c61-2d4f6a8b0c11',
  url: 'https://crm.example.org/hooks/stacks',
  description: 'Membership database',
  eventTypes: ['badge.awarded'],
  enabled: true,
  previousSecretExpiresAt: null,
  createdAt: '2026-12-02T08:00:00.000Z',
  updatedAt: '2026-12-02T08:00:00.000Z',
};
const dead: WebhookDelivery = {
  id: '7c2e4a10-3b5d-4f6e-9a81-0c2d4e6f8a22',
  webhookId: 'msg_7c2e4a103b5d4f6e9a810c2d4e6f8a22',
  endpointId: endpoint.id,
  eventId: '9d3f5b21-4c6e-4a7f-8b92-1d3e5f7a9b33',
  eventType: 'badge.awarded',
  status: 'DEAD',
  attempts: 10,
  lastStatusCode: 503,
  lastLatencyMs: 41,
  lastResponse: 'try later',
  lastError: 'HTTP 503',
  lastAttemptAt: '2026-12-02T09:00:00.000Z',
  deliveredAt: null,
  createdAt: '2026-12-02T08:30:00.000Z',
};
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwAAAAAAAAAAA=';
const calls: RecordedCall[] = [];
const originalFetch = globalThis.fetch;

beforeEach(() => {
  calls.length = 0;
  scriptFetch(calls, ({ url, method, body: sent }) => {
    const body = sent as Record<string, unknown> | undefined;
    const reply = (status: number, json?: unknown) => ({ status, body: json });
    if (url === '/api/v1/admin/webhooks/event-types') return reply(200, { eventTypes: ['badge.awarded', 'session.completed'] });
    if (url === '/api/v1/admin/webhooks' && method === 'POST') {
      if (String(body?.url).includes('127.0.0.1')) {
        return reply(400, { title: 'Bad Request', status: 400, errors: [{ field: 'url', rule: 'public-address', message: 'must not point at a loopback, private, link-local or multicast address (127.0.0.1)' }] });
      }
      return reply(201, { ...endpoint, ...body, id: 'new', secret: SECRET });
    }
    if (url === '/api/v1/admin/webhooks') return reply(200, [endpoint]);
    if (url.startsWith(`/api/v1/admin/webhooks/${endpoint.id}/deliveries`)) return reply(200, [dead]);
    if (url === `/api/v1/admin/webhooks/${endpoint.id}/test`) return reply(202, { ...dead, status: 'PENDING', eventType: 'webhook.test' });
    if (url.startsWith('/api/v1/admin/webhook-deliveries?')) return reply(200, [dead]);
    if (url === `/api/v1/admin/webhook-deliveries/${dead.id}/replay`) return reply(200, { ...dead, status: 'PENDING' });
    return reply(404, { title: 'Not Found', status: 404 });
  });
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('AdminWebhooksPage', () => {
  it('registers an endpoint with chosen events and shows its secret once', async () => {
    const user = userEvent.setup();
    render(<AdminWebhooksPage />);
    const form = screen.getByRole('heading', { name: 'New endpoint' }).closest('section') as HTMLElement;
    await user.type(within(form).getByLabelText(/^URL/), 'https://lms.example.org/hooks');
    await user.click(await within(form).findByLabelText('session.completed'));
    await user.click(within(form).getByRole('button', { name: 'Register the endpoint' }));
    expect((await screen.findByLabelText('Signing secret')).textContent).toBe(SECRET);
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({ url: '/api/v1/admin/webhooks', body: { url: 'https://lms.example.org/hooks', eventTypes: ['session.completed'] } });
    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByLabelText('Signing secret')).toBeNull();
  });

  it('shows the API’s reason next to the URL when an address is refused', async () => {
    const user = userEvent.setup();
    render(<AdminWebhooksPage />);
    const form = screen.getByRole('heading', { name: 'New endpoint' }).closest('section') as HTMLElement;
    await user.type(within(form).getByLabelText(/^URL/), 'https://127.0.0.1/hook');
    await user.click(await within(form).findByLabelText('badge.awarded'));
    await user.click(within(form).getByRole('button', { name: 'Register the endpoint' }));
    expect((await within(form).findAllByText(/loopback, private/)).length).toBeGreaterThan(0);
  });

  it('sends a test event from an endpoint, shows its delivery log, and replays a dead letter', async () => {
    const user = userEvent.setup();
    render(<AdminWebhooksPage />);
    const card = await screen.findByRole('article', { name: endpoint.url });
    await user.click(within(card).getByRole('button', { name: 'Send test event' }));
    expect(await within(card).findByText(/Test event queued/)).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST' && call.url === `/api/v1/admin/webhooks/${endpoint.id}/test`)).toBe(true);
    const log = await within(card).findByRole('table', { name: `Delivery log for ${endpoint.url}` });
    expect(within(log).getByText('503')).toBeTruthy();
    expect(within(log).getByText('41 ms')).toBeTruthy();

    const deadTable = await screen.findByRole('table', { name: 'Dead letters' });
    await user.click(within(deadTable).getByRole('button', { name: `Replay badge.awarded delivery ${dead.webhookId}` }));
    expect(await screen.findByText(`Queued ${dead.webhookId} again.`)).toBeTruthy();
  });
});
