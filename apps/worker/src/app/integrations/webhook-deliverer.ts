import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { Prisma, PrismaService } from '@stacks/db';
import {
  type DestinationPolicy,
  DestinationRefused,
  OutboundAgents,
  parseDestinationUrl,
  type Resolver,
  resolveAll,
  resolveDestination,
  sendOutbound,
  signWebhook,
  webhookMessageId,
} from '@stacks/integrations';
import { type DeliverWebhookPayload, JobName } from '@stacks/queue-contracts';
import { SecretBox } from '@stacks/secret-box';
import type { JobContext } from '../jobs/on-job.decorator.js';
import { OnJob } from '../jobs/on-job.decorator.js';
import { KEPT_RESPONSE_BYTES, logMessage, MAX_RESPONSE_BYTES } from './integration-options.js';

/** Injection token of the resolver the SSRF check uses (node's DNS unless a test provides one). */
export const DESTINATION_RESOLVER = Symbol('DESTINATION_RESOLVER');

interface DeliveryRow {
  id: string;
  status: string;
  url: string;
  enabled: boolean;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  type: string;
  occurredAt: Date;
  eventId: string;
  data: Record<string, unknown>;
}

/** Outcome of one attempt, as written to the delivery log. */
interface Attempt {
  status: 'DELIVERED' | 'FAILED' | 'DEAD';
  statusCode: number | null;
  latencyMs: number | null;
  response: string | null;
  error: string | null;
}

/** The webhook body (Standard Webhooks' recommended shape): type, timestamp, data. */
export function webhookBody(row: Pick<DeliveryRow, 'type' | 'occurredAt' | 'eventId' | 'data'>): string {
  return JSON.stringify({ type: row.type, timestamp: row.occurredAt.toISOString(), data: { eventId: row.eventId, ...row.data } });
}

/**
 * Sends one delivery: checks the endpoint's address again (after DNS, and connects to the
 * address it checked), signs with the current secret and, during a rotation's grace period, the
 * previous one (both opened from their sealed form, SecretBox), and logs the attempt. A non-2xx answer or a network error throws, so the worker
 * base retries with backoff; the last failure marks the delivery dead (the dead-letter list).
 */
@Injectable()
export class WebhookDeliverer {
  private readonly logger = new Logger(WebhookDeliverer.name);
  private readonly policy: DestinationPolicy;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OutboundAgents) private readonly agents: OutboundAgents,
    /** Opens the endpoint's secrets, stored sealed (or legacy plaintext). */
    private readonly secrets: SecretBox,
    /** DNS, replaceable in tests (a name that resolves to loopback). */
    @Optional() @Inject(DESTINATION_RESOLVER) private readonly resolve: Resolver = resolveAll,
  ) {
    this.policy = { allowHttp: config.NODE_ENV !== 'production', allowPrivateAddresses: config.WEBHOOK_ALLOW_PRIVATE_ADDRESSES };
  }

  @OnJob(JobName.DeliverWebhook)
  async deliver(payload: DeliverWebhookPayload, context: JobContext): Promise<{ status: string }> {
    // The hot path: through the driver pool as prepared statements (PrismaService.sql).
    const [row] = await this.prisma.sql<DeliveryRow>(Prisma.sql`
      SELECT d.id, d.status::text AS status, e.url, e.enabled, e.secret, e."previousSecret", e."previousSecretExpiresAt",
             ev.type, ev."occurredAt", ev.id AS "eventId", ev.data
      FROM "WebhookDelivery" d
      JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
      JOIN "IntegrationEvent" ev ON ev.id = d."eventId"
      WHERE d.id = ${payload.deliveryId}::uuid`);
    if (!row) return { status: 'gone' }; // endpoint deleted since
    if (row.status === 'DELIVERED') return { status: 'already-delivered' };
    if (!row.enabled) {
      await this.record(row.id, { status: 'DEAD', statusCode: null, latencyMs: null, response: null, error: 'the endpoint was disabled when the delivery was due' });
      return { status: 'endpoint-disabled' };
    }
    const attempt = await this.attempt(row, context.finalAttempt);
    await this.record(row.id, attempt);
    if (attempt.status === 'FAILED') throw new Error(attempt.error ?? `HTTP ${attempt.statusCode}`);
    if (attempt.status === 'DEAD') this.logger.warn({ deliveryId: row.id, error: attempt.error }, 'webhook delivery dead-lettered');
    return { status: attempt.status };
  }

  private async attempt(row: DeliveryRow, finalAttempt: boolean): Promise<Attempt> {
    const failed = (error: string, statusCode: number | null = null, latencyMs: number | null = null, response: string | null = null): Attempt => ({
      status: finalAttempt ? 'DEAD' : 'FAILED',
      statusCode,
      latencyMs,
      response,
      error,
    });
    let url: URL;
    let pinned;
    try {
      url = parseDestinationUrl(row.url, this.policy);
      pinned = await resolveDestination(url, this.policy, this.resolve);
    } catch (error) {
      // A refused address does not get better by retrying (a name that does not resolve may).
      if (error instanceof DestinationRefused && error.rule !== 'resolvable') {
        return { status: 'DEAD', statusCode: null, latencyMs: null, response: null, error: `refused: ${error.message}` };
      }
      return failed(logMessage(error));
    }
    const now = new Date();
    let secrets: string[];
    try {
      const stored = row.previousSecret && row.previousSecretExpiresAt && row.previousSecretExpiresAt > now ? [row.secret, row.previousSecret] : [row.secret];
      secrets = stored.map((secret) => this.secrets.open(secret));
    } catch (error) {
      // Sealed with a key no longer in SECRETS_ENCRYPTION_KEYS (or altered): retrying cannot help
      // until the key is restored, so the delivery is dead-lettered (replayable) with the reason.
      return { status: 'DEAD', statusCode: null, latencyMs: null, response: null, error: `cannot sign: ${logMessage(error)}` };
    }
    const body = webhookBody(row);
    try {
      const response = await sendOutbound(
        {
          url,
          pinned,
          method: 'POST',
          headers: { ...signWebhook(secrets, webhookMessageId(row.id), now, body), 'user-agent': 'Stacks-Webhooks/1' },
          body,
          timeoutMs: this.config.WEBHOOK_TIMEOUT_MS,
          maxResponseBytes: MAX_RESPONSE_BYTES,
          keepBytes: KEPT_RESPONSE_BYTES,
        },
        this.agents,
      );
      if (response.status >= 200 && response.status < 300) {
        return { status: 'DELIVERED', statusCode: response.status, latencyMs: response.latencyMs, response: response.body, error: null };
      }
      // Redirects are not followed: the receiver must give its final URL.
      return failed(`HTTP ${response.status}`, response.status, response.latencyMs, response.body);
    } catch (error) {
      return failed(logMessage(error));
    }
  }

  private async record(deliveryId: string, attempt: Attempt): Promise<void> {
    await this.prisma.sql(Prisma.sql`
      UPDATE "WebhookDelivery" SET
        status = ${attempt.status}::"WebhookDeliveryStatus", attempts = attempts + 1,
        "lastStatusCode" = ${attempt.statusCode}, "lastLatencyMs" = ${attempt.latencyMs}, "lastResponse" = ${attempt.response?.replaceAll('\u0000', '') ?? null},
        "lastError" = ${attempt.error}, "lastAttemptAt" = now(),
        "deliveredAt" = CASE WHEN ${attempt.status} = 'DELIVERED' THEN now() ELSE "deliveredAt" END, "updatedAt" = now()
      WHERE id = ${deliveryId}::uuid AND status <> 'DELIVERED'`);
  }
}
