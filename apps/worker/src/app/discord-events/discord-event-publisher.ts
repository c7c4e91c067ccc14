import { DiscordAPIError, type REST } from '@discordjs/rest';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { type Prisma, PrismaService } from '@stacks/db';
import { JobName, type SyncDiscordEventPayload } from '@stacks/queue-contracts';
import { JobQueues } from '@stacks/queues';
import { type APIGuildScheduledEvent, GuildScheduledEventStatus, Routes } from 'discord.js';
import { OnJob } from '../jobs/on-job.decorator.js';
import { createDiscordRest } from '../notifications/channels/discord-rest.js';
import { scheduledEventBody, sessionMarker } from './scheduled-event-body.js';

export type SyncOutcome = 'disabled' | 'created' | 'adopted' | 'updated' | 'cancelled' | 'unchanged';

/** Discord's error code for a scheduled event that no longer exists (deleted by a moderator). */
const UNKNOWN_SCHEDULED_EVENT = 10070;
const SCHEDULED = 'SCHEDULED';
const CANCELED = 'CANCELED';

/**
 * Keeps one Discord guild scheduled event per live session (DISCORD_EVENTS_GUILD_ID): created
 * when the session is scheduled, edited when it changes, cancelled with it. Like the reminder
 * planner it never trusts the job: it re-reads the session and converges.
 *
 * A per-session advisory lock serialises jobs of the same session, so two quick changes cannot
 * both create. The event id is recorded in the same transaction; should the commit fail after
 * Discord created the event, the retry finds that event by the marker in its description
 * instead of creating a second one.
 */
@Injectable()
export class DiscordEventPublisher implements OnModuleInit {
  private readonly logger = new Logger(DiscordEventPublisher.name);
  private readonly rest: REST | null;
  private readonly guildId: string | undefined;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueues,
  ) {
    this.guildId = config.DISCORD_EVENTS_GUILD_ID;
    this.rest = config.DISCORD_TOKEN && this.guildId ? createDiscordRest(config.DISCORD_TOKEN, config) : null;
  }

  /**
   * Sessions scheduled before publishing was switched on (or for another guild) get their event
   * too: one sync job each, with the same id a change would give it, so every replica starting
   * at once adds each job once.
   */
  async onModuleInit(): Promise<void> {
    if (!this.rest || !this.guildId) return;
    const unpublished = await this.prisma.session.findMany({
      where: { status: 'SCHEDULED', startsAt: { gt: new Date() }, NOT: { discordEvent: { guildId: this.guildId, status: SCHEDULED } } },
      select: { id: true, updatedAt: true },
      take: 1000,
    });
    for (const session of unpublished) {
      await this.jobs.add({ name: JobName.SyncDiscordEvent, data: { sessionId: session.id, version: session.updatedAt.getTime() } });
    }
    if (unpublished.length > 0) this.logger.log({ sessions: unpublished.length }, 'unpublished sessions queued for Discord');
  }

  @OnJob(JobName.SyncDiscordEvent)
  sync(payload: SyncDiscordEventPayload): Promise<{ outcome: SyncOutcome }> {
    return this.syncSession(payload.sessionId).then((outcome) => ({ outcome }));
  }

  async syncSession(sessionId: string, now = new Date()): Promise<SyncOutcome> {
    const rest = this.rest;
    const guildId = this.guildId;
    if (!rest || !guildId) return 'disabled';
    const outcome = await this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('discord-event:' || ${sessionId}))`;
        const session = await tx.session.findUnique({
          where: { id: sessionId },
          select: { id: true, slug: true, title: true, description: true, status: true, startsAt: true, endsAt: true, discordEvent: true },
        });
        if (!session) return 'unchanged';
        const mapped = session.discordEvent?.guildId === guildId && session.discordEvent.status === SCHEDULED ? session.discordEvent : null;
        const live = session.status === 'SCHEDULED' && session.startsAt !== null;

        if (!live) {
          if (!mapped) return 'unchanged';
          await this.ignoreUnknown(() => rest.patch(Routes.guildScheduledEvent(guildId, mapped.discordEventId), { body: { status: GuildScheduledEventStatus.Canceled } }));
          await this.record(tx, session.id, guildId, mapped.discordEventId, CANCELED, now);
          return 'cancelled';
        }
        // Discord starts (and ends) an event on its own; an event under way or over is left alone.
        if (session.startsAt === null || session.startsAt <= now) return 'unchanged';
        const body = scheduledEventBody({ ...session, startsAt: session.startsAt }, this.config.PUBLIC_BASE_URL);
        if (mapped) {
          const edited = await this.ignoreUnknown(() => rest.patch(Routes.guildScheduledEvent(guildId, mapped.discordEventId), { body }));
          if (edited) {
            await this.record(tx, session.id, guildId, mapped.discordEventId, SCHEDULED, now);
            return 'updated';
          }
        }
        const earlier = await this.findByMarker(rest, guildId, session.id);
        if (earlier) {
          await rest.patch(Routes.guildScheduledEvent(guildId, earlier.id), { body });
          await this.record(tx, session.id, guildId, earlier.id, SCHEDULED, now);
          return 'adopted';
        }
        const created = (await rest.post(Routes.guildScheduledEvents(guildId), { body })) as APIGuildScheduledEvent;
        await this.record(tx, session.id, guildId, created.id, SCHEDULED, now);
        return 'created';
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
    if (outcome !== 'unchanged') this.logger.log({ sessionId, outcome }, 'discord scheduled event synced');
    return outcome;
  }

  private async findByMarker(rest: REST, guildId: string, sessionId: string): Promise<APIGuildScheduledEvent | undefined> {
    const events = (await rest.get(Routes.guildScheduledEvents(guildId))) as APIGuildScheduledEvent[];
    const marker = sessionMarker(sessionId);
    return events.find((event) => event.status === GuildScheduledEventStatus.Scheduled && (event.description ?? '').endsWith(marker));
  }

  /** The REST call's result, or null when the event is gone from Discord. */
  private async ignoreUnknown<T>(call: () => Promise<T>): Promise<T | null> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof DiscordAPIError && (error.code === UNKNOWN_SCHEDULED_EVENT || error.status === 404)) return null;
      throw error;
    }
  }

  private async record(tx: Prisma.TransactionClient, sessionId: string, guildId: string, discordEventId: string, status: string, now: Date): Promise<void> {
    const data = { guildId, discordEventId, status, syncedAt: now };
    await tx.discordScheduledEvent.upsert({ where: { sessionId }, create: { sessionId, ...data }, update: data });
  }
}
