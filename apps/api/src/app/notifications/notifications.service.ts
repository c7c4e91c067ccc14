import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { DEFAULT_TIME_ZONE, enqueueOutboxEvent, type NotificationDeliveryStatus, PrismaService } from '@stacks/db';
import { storedJobItem } from '@stacks/queue-contracts';
import { OutboxPublisher } from '@stacks/queues';
import { notificationLinkSecret, verifyUnsubscribeToken } from '@stacks/notifications';
import { DomainError } from '../problem/domain-error.js';
import type { NotificationDeliveryDto } from './dto/notification-delivery.dto.js';
import type { NotificationPreferencesDto, NotificationPreferencesViewDto } from './dto/notification-preferences.dto.js';

const DELIVERY_FIELDS = {
  id: true,
  key: true,
  channel: true,
  kind: true,
  userId: true,
  status: true,
  attempts: true,
  lastError: true,
  dueAt: true,
  sentAt: true,
  updatedAt: true,
} as const;

@Injectable()
export class NotificationsService {
  private readonly linkSecret: string;

  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxPublisher,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.linkSecret = notificationLinkSecret(config.NOTIFICATION_LINK_SECRET, config.NODE_ENV);
  }

  async preferences(userId: string): Promise<NotificationPreferencesViewDto> {
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { profile: { select: { timeZone: true } }, discordLink: { select: { userId: true } }, notificationPreference: true },
    });
    const preference = user.notificationPreference;
    return {
      emailEnabled: preference?.emailEnabled ?? true,
      discordEnabled: preference?.discordEnabled ?? true,
      remindersEnabled: preference?.remindersEnabled ?? true,
      nudgesEnabled: preference?.nudgesEnabled ?? true,
      weeklyDigest: preference?.weeklyDigest ?? false,
      quietHoursStart: preference?.quietHoursStart ?? null,
      quietHoursEnd: preference?.quietHoursEnd ?? null,
      subscribed: !preference?.unsubscribedAt,
      unsubscribedAt: preference?.unsubscribedAt ?? null,
      timeZone: user.profile?.timeZone ?? DEFAULT_TIME_ZONE,
      discordLinked: user.discordLink !== null,
    };
  }

  /** Replaces my preferences. Idempotent: the same body twice leaves the same state. */
  async replacePreferences(userId: string, body: NotificationPreferencesDto): Promise<NotificationPreferencesViewDto> {
    const start = body.quietHoursStart ?? null;
    const end = body.quietHoursEnd ?? null;
    if ((start === null) !== (end === null)) {
      const field = start === null ? 'quietHoursStart' : 'quietHoursEnd';
      const message = 'quietHoursStart and quietHoursEnd must be given together (or both null)';
      throw new DomainError(400, 'validation', message, [{ field, rule: 'pairedWith', message }]);
    }
    const current = await this.prisma.notificationPreference.findUnique({ where: { userId }, select: { unsubscribedAt: true } });
    const unsubscribedAt = body.subscribed ? null : (current?.unsubscribedAt ?? new Date());
    const data = {
      emailEnabled: body.emailEnabled,
      discordEnabled: body.discordEnabled,
      remindersEnabled: body.remindersEnabled,
      nudgesEnabled: body.nudgesEnabled,
      weeklyDigest: body.weeklyDigest,
      quietHoursStart: start,
      quietHoursEnd: end,
      unsubscribedAt,
    };
    await this.prisma.notificationPreference.upsert({ where: { userId }, create: { userId, ...data }, update: data });
    return this.preferences(userId);
  }

  /** One-click unsubscribe from a signed link. Idempotent; an invalid or expired token changes nothing. */
  async unsubscribe(token: string | undefined): Promise<void> {
    const userId = token ? verifyUnsubscribeToken(token, this.linkSecret) : null;
    if (!userId || !/^[0-9a-f-]{36}$/i.test(userId)) {
      const message = 'token is missing, altered, expired or not an unsubscribe token';
      throw new DomainError(400, 'validation', message, [{ field: 'token', rule: 'signed', message }]);
    }
    // Keeps the first unsubscribe time when the link is followed twice.
    await this.prisma.$executeRaw`
      INSERT INTO "NotificationPreference" ("userId", "emailEnabled", "discordEnabled", "remindersEnabled", "nudgesEnabled", "weeklyDigest", "unsubscribedAt", "updatedAt")
      SELECT u.id, true, true, true, true, false, now(), now() FROM "User" u WHERE u.id = ${userId}::uuid
      ON CONFLICT ("userId") DO UPDATE SET "unsubscribedAt" = COALESCE("NotificationPreference"."unsubscribedAt", now()), "updatedAt" = now()`;
  }

  async deliveries(status: 'DEAD' | 'FAILED', limit: number): Promise<NotificationDeliveryDto[]> {
    return this.prisma.notificationDelivery.findMany({
      where: { status: status as NotificationDeliveryStatus },
      orderBy: { updatedAt: 'desc' },
      take: limit,
      select: DELIVERY_FIELDS,
    });
  }

  /**
   * Puts a dead or failed delivery back to pending and queues its job again (through the
   * outbox, in the same transaction). Channels already sent for that message are not repeated.
   */
  async replay(adminId: string, deliveryId: string): Promise<NotificationDeliveryDto> {
    const { delivery, outboxId } = await this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string; job: { queue: string; name: string; data: unknown } }[]>`
        UPDATE "NotificationDelivery" SET status = 'PENDING', attempts = 0, "lastError" = NULL, "leaseUntil" = NULL, "updatedAt" = now()
        WHERE id = ${deliveryId}::uuid AND status IN ('DEAD', 'FAILED')
        RETURNING id, job`;
      if (!row) {
        const exists = await tx.notificationDelivery.findUnique({ where: { id: deliveryId }, select: { status: true } });
        if (!exists) throw new DomainError(404, 'not-found', `delivery ${deliveryId} does not exist`);
        throw new DomainError(409, 'conflict', `delivery ${deliveryId} is ${exists.status.toLowerCase()}; only dead or failed deliveries can be replayed`);
      }
      const job = storedJobItem(row.job.name, row.job.data);
      if (!job) throw new DomainError(409, 'conflict', `delivery ${row.id} names no job this version knows (${row.job.name})`);
      const outboxId = await enqueueOutboxEvent(tx, job, { jobId: `replay.${row.id}.${randomUUID()}` });
      await tx.auditEntry.create({ data: { actorId: adminId, action: 'notification.replay', subjectType: 'NotificationDelivery', subjectId: row.id, details: {} } });
      return { delivery: await tx.notificationDelivery.findUniqueOrThrow({ where: { id: row.id }, select: DELIVERY_FIELDS }), outboxId };
    });
    await this.outbox.publish([outboxId]);
    return delivery;
  }
}
