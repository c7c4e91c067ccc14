import { Inject, Injectable } from '@nestjs/common';
import { BadgeUrls } from '@stacks/badge-issuance';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { Prisma, PrismaService } from '@stacks/db';
import {
  attendedStatement,
  completedStatement,
  earnedStatement,
  sessionActivityId,
  type StatementFacts,
  type XapiStatement,
} from '@stacks/integrations';
import { type IntegrationEventPayload, IntegrationEventType, JobName } from '@stacks/queue-contracts';
import { JobQueues } from '@stacks/queues';
import { OnJob } from '../jobs/on-job.decorator.js';
import { integrationJobOptions } from '../jobs/job-options.js';

/**
 * Consumes one integration event from the outbox: stores it, creates one delivery per enabled
 * endpoint that chose its type and, with an LRS configured, the learner's xAPI statements, then
 * queues a job for each. Every step is idempotent (unique rows, job ids from the row ids), so a
 * retried fan-out adds nothing twice.
 */
@Injectable()
export class IntegrationFanout {
  private readonly badgeUrls: BadgeUrls;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueues,
  ) {
    this.badgeUrls = new BadgeUrls(config.PUBLIC_BASE_URL);
  }

  @OnJob(JobName.IntegrationEvent)
  async fanOut(event: IntegrationEventPayload): Promise<{ deliveries: number; statements: number }> {
    const deliveries = await this.storeWithDeliveries(event);
    const statements = this.config.LRS_URL ? await this.createStatements(event) : [];
    const options = integrationJobOptions(this.config);
    await this.jobs.addBulk([
      ...deliveries.map((deliveryId) => ({ job: { name: JobName.DeliverWebhook, data: { deliveryId } } as const, options })),
      ...statements.map((statementId) => ({ job: { name: JobName.SendXapiStatement, data: { statementId } } as const, options })),
    ]);
    return { deliveries: deliveries.length, statements: statements.length };
  }

  /**
   * Stores the event and creates its deliveries in one statement (the foreign keys are checked at
   * its end); returns the deliveries still to make, also those a previous run created.
   */
  private async storeWithDeliveries(event: IntegrationEventPayload): Promise<string[]> {
    // A test event goes to one endpoint, chosen by the admin; it is never fanned out.
    const fanOut = event.type !== IntegrationEventType.WebhookTest;
    const rows = await this.prisma.sql<{ id: string }>(Prisma.sql`
      WITH stored AS (
        INSERT INTO "IntegrationEvent" (id, type, "occurredAt", data, "createdAt")
        VALUES (${event.eventId}::uuid, ${event.type}, ${new Date(event.occurredAt)}, ${JSON.stringify(event.data)}::jsonb, now())
        ON CONFLICT (id) DO NOTHING
      ),
      created AS (
        INSERT INTO "WebhookDelivery" (id, "endpointId", "eventId", "createdAt", "updatedAt")
        SELECT gen_random_uuid(), e.id, ${event.eventId}::uuid, now(), now()
        FROM "WebhookEndpoint" e
        WHERE ${fanOut} AND e.enabled AND ${event.type} = ANY (e."eventTypes")
        ON CONFLICT ("eventId", "endpointId") DO NOTHING
        RETURNING id
      )
      SELECT id FROM created
      UNION
      SELECT id FROM "WebhookDelivery" WHERE ${fanOut} AND "eventId" = ${event.eventId}::uuid AND status IN ('PENDING', 'FAILED')`);
    return rows.map((row) => row.id);
  }

  /** The statements this event gives (completion, attendance, badge), stored for GET /me/xapi. */
  private async createStatements(event: IntegrationEventPayload): Promise<string[]> {
    const statements = await this.statementsFor(event);
    if (statements.length === 0) return [];
    const rows = await this.prisma.$queryRaw<{ id: string; status: string }[]>`
      INSERT INTO "XapiStatement" (id, "userId", "eventId", verb, statement, "createdAt", "updatedAt")
      SELECT (s->>'id')::uuid, (s->'actor'->'account'->>'name')::uuid, ${event.eventId}::uuid, s->'verb'->'display'->>'en-US', s, now(), now()
      FROM jsonb_array_elements(${JSON.stringify(statements)}::jsonb) AS s
      ON CONFLICT (id) DO UPDATE SET "updatedAt" = "XapiStatement"."updatedAt"
      RETURNING id, status`;
    return rows.filter((row) => row.status !== 'SENT').map((row) => row.id);
  }

  private async statementsFor(event: IntegrationEventPayload): Promise<XapiStatement[]> {
    const facts = (userId: string): StatementFacts => ({ eventId: event.eventId, publicBaseUrl: this.config.PUBLIC_BASE_URL, userId, occurredAt: event.occurredAt });
    const { data } = event;
    switch (event.type) {
      case IntegrationEventType.SessionCompleted: {
        const session = await this.prisma.session.findUnique({ where: { id: String(data.sessionId) }, select: { id: true, title: true } });
        if (!session) return [];
        return [completedStatement(facts(String(data.userId)), { id: sessionActivityId(this.config.PUBLIC_BASE_URL, session.id), name: session.title })];
      }
      case IntegrationEventType.AttendanceImported: {
        // The learners whose attendance this import recorded first (a re-import records nothing new).
        const attended = await this.prisma.$queryRaw<{ userId: string; minutesAttended: number | null; occurredAt: Date; sessionId: string; title: string }[]>(Prisma.sql`
          SELECT ce."userId", ce."minutesAttended", ce."occurredAt", s.id AS "sessionId", s.title
          FROM "CompletionEvent" ce JOIN "Session" s ON s.id = ce."sessionId"
          WHERE ce."importId" = ${String(data.importId)}::uuid`);
        return attended.map((row) =>
          attendedStatement(
            { ...facts(row.userId), occurredAt: row.occurredAt.toISOString() },
            { id: sessionActivityId(this.config.PUBLIC_BASE_URL, row.sessionId), name: row.title },
            row.minutesAttended ?? 0,
          ),
        );
      }
      case IntegrationEventType.BadgeAwarded:
        return [earnedStatement(facts(String(data.userId)), { id: this.badgeUrls.achievement(String(data.achievementId)), name: String(data.achievementName) })];
      default:
        return [];
    }
  }
}
