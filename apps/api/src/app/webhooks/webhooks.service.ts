import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { enqueueOutboxEvent, type Prisma, PrismaService, type WebhookDeliveryStatus, type WebhookEndpoint } from '@stacks/db';
import { type DestinationPolicy, DestinationRefused, generateWebhookSecret, parseDestinationUrl, resolveAll, resolveDestination, webhookMessageId } from '@stacks/integrations';
import { IntegrationEventType, JobName, SUBSCRIBABLE_EVENT_TYPES } from '@stacks/queue-contracts';
import { OutboxPublisher } from '@stacks/queues';
import { SecretBox } from '@stacks/secret-box';
import { DomainError } from '../problem/domain-error.js';
import type {
  CreateWebhookEndpointDto,
  UpdateWebhookEndpointDto,
  WebhookDeliveryDto,
  WebhookDeliveryQueryDto,
  WebhookEndpointDto,
  WebhookEndpointWithSecretDto,
} from './dto/webhooks.dto.js';

const HOUR_MS = 3_600_000;

const DELIVERY_SELECT = {
  id: true,
  endpointId: true,
  eventId: true,
  status: true,
  attempts: true,
  lastStatusCode: true,
  lastLatencyMs: true,
  lastResponse: true,
  lastError: true,
  lastAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
  event: { select: { type: true } },
} satisfies Prisma.WebhookDeliverySelect;

type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ select: typeof DELIVERY_SELECT }>;

function toDeliveryDto({ event, ...row }: DeliveryRow): WebhookDeliveryDto {
  return { ...row, webhookId: webhookMessageId(row.id), eventType: event.type };
}

/** What an admin sees of an endpoint: everything but its secrets. */
function toEndpointDto(endpoint: WebhookEndpoint): WebhookEndpointDto {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes,
    enabled: endpoint.enabled,
    previousSecretExpiresAt: endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date() ? endpoint.previousSecretExpiresAt : null,
    createdAt: endpoint.createdAt,
    updatedAt: endpoint.updatedAt,
  };
}

/**
 * Admin side of outbound webhooks: endpoints (the URL checked against the SSRF rules, resolved
 * through DNS, at registration; the worker checks again before every send), secrets shown once,
 * stored sealed (SecretBox) and rotated with a grace period, the delivery log, the dead-letter list and its replay, and
 * the test event. Every change is audited.
 */
@Injectable()
export class WebhooksService {
  private readonly policy: DestinationPolicy;

  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxPublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly secrets: SecretBox,
  ) {
    this.policy = { allowHttp: config.NODE_ENV !== 'production', allowPrivateAddresses: config.WEBHOOK_ALLOW_PRIVATE_ADDRESSES };
  }

  eventTypes(): { eventTypes: string[] } {
    return { eventTypes: [...SUBSCRIBABLE_EVENT_TYPES] };
  }

  async list(): Promise<WebhookEndpointDto[]> {
    const endpoints = await this.prisma.webhookEndpoint.findMany({ orderBy: { createdAt: 'asc' }, take: 500 });
    return endpoints.map(toEndpointDto);
  }

  async get(id: string): Promise<WebhookEndpointDto> {
    return toEndpointDto(await this.find(id));
  }

  async create(adminId: string, body: CreateWebhookEndpointDto): Promise<WebhookEndpointWithSecretDto> {
    const url = await this.checkedUrl(body.url);
    const secret = generateWebhookSecret();
    const endpoint = await this.prisma.$transaction(async (tx) => {
      const created = await tx.webhookEndpoint.create({
        data: { url, eventTypes: body.eventTypes, description: body.description ?? '', enabled: body.enabled ?? true, secret: this.secrets.seal(secret), createdById: adminId },
      });
      await tx.auditEntry.create({ data: { actorId: adminId, action: 'webhook.create', subjectType: 'WebhookEndpoint', subjectId: created.id, details: { url, eventTypes: body.eventTypes } } });
      return created;
    });
    return { ...toEndpointDto(endpoint), secret };
  }

  async update(adminId: string, id: string, body: UpdateWebhookEndpointDto): Promise<WebhookEndpointDto> {
    await this.find(id);
    const url = body.url === undefined ? undefined : await this.checkedUrl(body.url);
    const endpoint = await this.prisma.$transaction(async (tx) => {
      const updated = await tx.webhookEndpoint.update({
        where: { id },
        data: { url, eventTypes: body.eventTypes, description: body.description, enabled: body.enabled },
      });
      await tx.auditEntry.create({
        data: { actorId: adminId, action: 'webhook.update', subjectType: 'WebhookEndpoint', subjectId: id, details: { url: url ?? null, eventTypes: body.eventTypes ?? null, enabled: body.enabled ?? null } },
      });
      return updated;
    });
    return toEndpointDto(endpoint);
  }

  async remove(adminId: string, id: string): Promise<void> {
    await this.find(id);
    await this.prisma.$transaction(async (tx) => {
      await tx.webhookEndpoint.delete({ where: { id } });
      await tx.auditEntry.create({ data: { actorId: adminId, action: 'webhook.delete', subjectType: 'WebhookEndpoint', subjectId: id, details: {} } });
    });
  }

  /**
   * A new secret; the old one keeps signing (beside the new) for WEBHOOK_SECRET_GRACE_HOURS. Both
   * are stored sealed (SecretBox); the caller sees the new one in plaintext, this once.
   */
  async rotateSecret(adminId: string, id: string): Promise<WebhookEndpointWithSecretDto> {
    const secret = generateWebhookSecret();
    const endpoint = await this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ secret: string }[]>`SELECT secret FROM "WebhookEndpoint" WHERE id = ${id}::uuid FOR UPDATE`;
      if (!row) throw new DomainError(404, 'not-found', `webhook endpoint ${id} does not exist`);
      const graceHours = this.config.WEBHOOK_SECRET_GRACE_HOURS;
      const updated = await tx.webhookEndpoint.update({
        where: { id },
        data: {
          secret: this.secrets.seal(secret),
          // Resealed with the current key: a rotation also moves the old secret off a retiring key
          // (and seals a legacy plaintext one).
          previousSecret: graceHours > 0 ? this.secrets.reseal(row.secret) : null,
          previousSecretExpiresAt: graceHours > 0 ? new Date(Date.now() + graceHours * HOUR_MS) : null,
        },
      });
      await tx.auditEntry.create({ data: { actorId: adminId, action: 'webhook.rotate-secret', subjectType: 'WebhookEndpoint', subjectId: id, details: { graceHours } } });
      return updated;
    });
    return { ...toEndpointDto(endpoint), secret };
  }

  /** Queues a `webhook.test` event to this endpoint only (enabled or not is its own check at send). */
  async sendTest(adminId: string, id: string): Promise<WebhookDeliveryDto> {
    const { delivery, outboxId } = await this.prisma.$transaction(async (tx) => {
      const endpoint = await tx.webhookEndpoint.findUnique({ where: { id }, select: { id: true, enabled: true } });
      if (!endpoint) throw new DomainError(404, 'not-found', `webhook endpoint ${id} does not exist`);
      if (!endpoint.enabled) throw new DomainError(409, 'endpoint-disabled', 'Enable the endpoint before sending it a test event');
      const event = await tx.integrationEvent.create({
        data: { id: randomUUID(), type: IntegrationEventType.WebhookTest, occurredAt: new Date(), data: { endpointId: id, message: 'A test event sent from the Stacks admin' } },
      });
      const created = await tx.webhookDelivery.create({ data: { endpointId: id, eventId: event.id }, select: DELIVERY_SELECT });
      const outboxId = await enqueueOutboxEvent(tx, { name: JobName.DeliverWebhook, data: { deliveryId: created.id } });
      await tx.auditEntry.create({ data: { actorId: adminId, action: 'webhook.test', subjectType: 'WebhookEndpoint', subjectId: id, details: { deliveryId: created.id } } });
      return { delivery: created, outboxId };
    });
    await this.outbox.publish([outboxId]);
    return toDeliveryDto(delivery);
  }

  async deliveries(id: string, query: WebhookDeliveryQueryDto): Promise<WebhookDeliveryDto[]> {
    await this.find(id);
    const rows = await this.prisma.webhookDelivery.findMany({
      where: { endpointId: id, status: query.status },
      orderBy: { createdAt: 'desc' },
      take: query.limit,
      skip: query.offset,
      select: DELIVERY_SELECT,
    });
    return rows.map(toDeliveryDto);
  }

  /** The dead-letter list (or the failing ones, retrying), across endpoints, newest first. */
  async deadLetters(query: WebhookDeliveryQueryDto & { status: WebhookDeliveryStatus }): Promise<WebhookDeliveryDto[]> {
    const rows = await this.prisma.webhookDelivery.findMany({ where: { status: query.status }, orderBy: { updatedAt: 'desc' }, take: query.limit, skip: query.offset, select: DELIVERY_SELECT });
    return rows.map(toDeliveryDto);
  }

  /**
   * Queues a dead or failed delivery again through the outbox (a fresh job id, so BullMQ does not
   * take it for the spent one). The webhook-id stays the same: receivers dedupe a repeat.
   */
  async replay(adminId: string, deliveryId: string): Promise<WebhookDeliveryDto> {
    const { delivery, outboxId } = await this.prisma.$transaction(async (tx) => {
      const updated = await tx.$executeRaw`
        UPDATE "WebhookDelivery" SET status = 'PENDING', "updatedAt" = now()
        WHERE id = ${deliveryId}::uuid AND status IN ('DEAD', 'FAILED')`;
      if (updated === 0) {
        const exists = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { status: true } });
        if (!exists) throw new DomainError(404, 'not-found', `webhook delivery ${deliveryId} does not exist`);
        throw new DomainError(409, 'conflict', `webhook delivery ${deliveryId} is ${exists.status.toLowerCase()}; only dead or failed deliveries can be replayed`);
      }
      const outboxId = await enqueueOutboxEvent(tx, { name: JobName.DeliverWebhook, data: { deliveryId } }, { jobId: `deliver-webhook.${deliveryId}.replay.${randomUUID()}` });
      await tx.auditEntry.create({ data: { actorId: adminId, action: 'webhook.replay', subjectType: 'WebhookDelivery', subjectId: deliveryId, details: {} } });
      return { delivery: await tx.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId }, select: DELIVERY_SELECT }), outboxId };
    });
    await this.outbox.publish([outboxId]);
    return toDeliveryDto(delivery);
  }

  private async find(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.prisma.webhookEndpoint.findUnique({ where: { id } });
    if (!endpoint) throw new DomainError(404, 'not-found', `webhook endpoint ${id} does not exist`);
    return endpoint;
  }

  /** The SSRF rules at registration: scheme, no credentials, and every address the name resolves to. */
  private async checkedUrl(raw: string): Promise<string> {
    try {
      const url = parseDestinationUrl(raw.trim(), this.policy);
      await resolveDestination(url, this.policy, resolveAll);
      return url.toString();
    } catch (error) {
      if (error instanceof DestinationRefused) {
        throw new DomainError(400, 'invalid-webhook-url', `url ${error.message}`, [{ field: 'url', rule: error.rule, message: error.message }]);
      }
      throw error;
    }
  }
}
