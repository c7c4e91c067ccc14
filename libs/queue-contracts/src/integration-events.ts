import { v5 as uuidV5 } from 'uuid';

/**
 * The facts Stacks tells other systems about (outbound webhooks, xAPI). Each is written to the
 * outbox as one `IntegrationEvent` job in the transaction of the fact itself; the worker fans it
 * out to the webhook endpoints that chose its type and, for learning facts, to the LRS.
 */
export const IntegrationEventType = {
  EnrolmentCreated: 'enrolment.created',
  EnrolmentCancelled: 'enrolment.cancelled',
  SessionCompleted: 'session.completed',
  SeriesUnlocked: 'series.unlocked',
  BadgeAwarded: 'badge.awarded',
  BadgeRevoked: 'badge.revoked',
  BadgeExpiring: 'badge.expiring',
  AttendanceImported: 'attendance.imported',
  /** Sent to one endpoint by an admin's "send test event"; never fanned out. */
  WebhookTest: 'webhook.test',
} as const;
export type IntegrationEventType = (typeof IntegrationEventType)[keyof typeof IntegrationEventType];

/** The types an endpoint may subscribe to. */
export const SUBSCRIBABLE_EVENT_TYPES: readonly IntegrationEventType[] = Object.values(IntegrationEventType).filter(
  (type) => type !== IntegrationEventType.WebhookTest,
);

export function isSubscribableEventType(type: string): type is IntegrationEventType {
  return (SUBSCRIBABLE_EVENT_TYPES as readonly string[]).includes(type);
}

/** One fact as it travels to the worker and, as the webhook body, to receivers. */
export interface IntegrationEventPayload {
  /** Stable UUID of the fact: the same fact always gets the same id. */
  eventId: string;
  type: IntegrationEventType;
  occurredAt: string;
  data: Record<string, string | number | boolean | null>;
}

/** Namespace of event ids (a v4 UUID chosen once for Stacks; never change it). */
export const INTEGRATION_EVENT_NAMESPACE = '6f1d7c2e-3b8a-4c55-9a0e-2f4b9d6c8e11';

/** The stable id of a fact: `key` names the fact uniquely within its type (e.g. the credential id). */
export function integrationEventId(type: IntegrationEventType, key: string): string {
  return uuidV5(`${type}:${key}`, INTEGRATION_EVENT_NAMESPACE);
}

export function integrationEventPayload(
  type: IntegrationEventType,
  key: string,
  occurredAt: Date | string,
  data: IntegrationEventPayload['data'],
): IntegrationEventPayload {
  return { eventId: integrationEventId(type, key), type, occurredAt: typeof occurredAt === 'string' ? occurredAt : occurredAt.toISOString(), data };
}
