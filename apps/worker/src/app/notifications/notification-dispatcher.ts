import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { Prisma, PrismaService } from '@stacks/db';
import { type JobItem, queueOf } from '@stacks/queue-contracts';
import { type ComposedMessage, deferPastQuietHours, isQuietAt, type MessageLinks, notificationLinkSecret, preferencesUrl, signUnsubscribeToken, unsubscribeUrl } from '@stacks/notifications';
import { type Audience, AUDIENCE_COLUMNS, AUDIENCE_JOINS, type AudienceRow, toAudience } from './audience.js';
import { type ChannelSender, describeError } from './channels/channel.js';
import { ChannelRegistry } from './channels/channel-registry.js';
import type { Deferral } from '../jobs/on-job.decorator.js';
import { WorkerMetrics } from '../metrics/worker-metrics.js';
import { DeliveryLedger } from './delivery-ledger.js';
import { batchLoader } from './batch-loader.js';

export interface Dispatch {
  key: string;
  kind: string;
  dueAt: Date;
  /** The job that sends it, stored in the ledger so an admin can replay the delivery. */
  job: JobItem;
  /** Whether this is the BullMQ job's last attempt (a failure then dead-letters the delivery). */
  finalAttempt: boolean;
  compose(links: MessageLinks): ComposedMessage;
}

export class DeliveryIncomplete extends Error {
  override readonly name = 'DeliveryIncomplete';
}

/**
 * Sends one message to one learner on each channel they allow, through the ledger so that
 * every (message, channel) pair is delivered once. Throws DeliveryIncomplete when some channel
 * still needs a retry; channels already sent are not repeated by the retry.
 */
@Injectable()
export class NotificationDispatcher {
  private readonly logger = new Logger(NotificationDispatcher.name);
  readonly ledger: DeliveryLedger;
  private readonly linkSecret: string;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly channels: ChannelRegistry,
    private readonly metrics: WorkerMetrics,
  ) {
    this.ledger = new DeliveryLedger(prisma.sql, notificationLeaseMs(config), config.NOTIFICATION_MAX_ATTEMPTS);
    this.linkSecret = notificationLinkSecret(config.NOTIFICATION_LINK_SECRET, config.NODE_ENV);
  }

  private readonly audiences = batchLoader<string, AudienceRow | undefined>(async (userIds) => {
    // One round trip for every message being prepared at this moment.
    const rows = await this.prisma.sql<AudienceRow>(Prisma.sql`
      SELECT ${AUDIENCE_COLUMNS}
      FROM "User" u
      ${AUDIENCE_JOINS}
      WHERE u.id = ANY(${[...new Set(userIds)]}::uuid[])`);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return userIds.map((userId) => byId.get(userId));
  });

  async audience(userId: string): Promise<Audience | null> {
    const row = await this.audiences.load(userId);
    return row ? toAudience(row) : null;
  }

  /** The channels this learner can be reached on right now, in the order they are tried. */
  channelsFor(audience: Audience): ChannelSender[] {
    if (audience.unsubscribed) return [];
    const channels: ChannelSender[] = [];
    const mail = this.channels.senders.get('email') ?? this.channels.senders.get('console');
    if (audience.emailEnabled && mail) channels.push(mail);
    const discord = this.channels.senders.get('discord');
    if (audience.discordEnabled && audience.recipient.discordUserId && discord) channels.push(discord);
    return channels;
  }

  /**
   * A message about the learner's own affairs (a badge, a decision): their preferences first
   * (unsubscribed: skip; quiet hours: later), then the ledger.
   */
  async deliverToLearner(userId: string, kind: string, now: Date, dispatch: (audience: Audience) => Dispatch): Promise<unknown> {
    const audience = await this.audience(userId);
    if (!audience || audience.unsubscribed) {
      this.metrics.skipped.inc({ kind, reason: audience ? 'opted-out' : 'no-learner' });
      return { skipped: audience ? 'opted-out' : 'no-learner' };
    }
    if (isQuietAt(now, audience.timeZone, audience.quietHours)) {
      return { deferUntil: deferPastQuietHours(now, audience.timeZone, audience.quietHours) } satisfies Deferral;
    }
    return this.deliver(audience, dispatch(audience));
  }

  async deliver(audience: Audience, dispatch: Dispatch): Promise<{ sent: number; settled: number }> {
    const unsubscribe = unsubscribeUrl(this.config.PUBLIC_BASE_URL, signUnsubscribeToken(audience.recipient.userId, this.linkSecret, new Date(Date.now() + this.config.UNSUBSCRIBE_LINK_TTL_DAYS * 86_400_000)));
    const message = dispatch.compose({ preferencesUrl: preferencesUrl(this.config.PUBLIC_BASE_URL), unsubscribeUrl: unsubscribe });
    const channels = this.channelsFor(audience);
    if (channels.length === 0) this.metrics.skipped.inc({ kind: dispatch.kind, reason: 'no-channel' });
    let sent = 0;
    let settled = 0;
    const pending: string[] = [];
    for (const sender of channels) {
      await sender.acquire?.();
      const claim = await this.ledger.claim({
        key: dispatch.key,
        channel: sender.channel,
        kind: dispatch.kind,
        userId: audience.recipient.userId,
        dueAt: dispatch.dueAt,
        job: { queue: queueOf(dispatch.job.name), name: dispatch.job.name, data: dispatch.job.data },
      });
      if (claim.outcome === 'settled') {
        settled += 1;
        this.metrics.skipped.inc({ kind: dispatch.kind, reason: 'already-settled' });
        continue;
      }
      if (claim.outcome === 'busy') {
        pending.push(`${sender.channel}: another worker is sending it`);
        continue;
      }
      try {
        await sender.send(audience.recipient, { deliveryKey: dispatch.key, message, unsubscribeUrl: unsubscribe });
        await this.ledger.markSent(claim.id);
        this.metrics.sent.inc({ kind: dispatch.kind, channel: sender.channel });
        sent += 1;
      } catch (error) {
        const reason = describeError(error);
        const status = await this.ledger.markFailed(claim.id, reason, dispatch.finalAttempt);
        this.metrics.failed.inc({ kind: dispatch.kind, channel: sender.channel });
        this.logger.warn({ key: dispatch.key, channel: sender.channel, attempt: claim.attempts, status, reason }, 'delivery failed');
        if (status === 'FAILED') pending.push(`${sender.channel}: ${reason}`);
      }
    }
    if (pending.length > 0) throw new DeliveryIncomplete(pending.join('; '));
    return { sent, settled };
  }
}

/** How long a claimed delivery belongs to the worker that claimed it (the BullMQ job lock, the same span). */
export function notificationLeaseMs(config: AppConfig): number {
  return config.NOTIFICATION_LOCK_SECONDS * 1000;
}
