/**
 * Every BullMQ queue Stacks uses, with its job names and payloads. The API and the worker
 * import these; no queue name is spelled anywhere else.
 */
export const QueueName = {
  /** Facts from the learning API (completions, unlocks) for badges and notifications. */
  LearningEvents: 'learning-events',
  /** Periodic housekeeping owned by the worker (outbox relay). */
  Maintenance: 'maintenance',
  /** Messages to learners (badge notices, and the reminder worker's own jobs). */
  Notifications: 'notifications',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const LearningEventJob = {
  SessionCompleted: 'session-completed',
  SeriesUnlocked: 'series-unlocked',
} as const;
export type LearningEventJob = (typeof LearningEventJob)[keyof typeof LearningEventJob];

export interface SessionCompletedPayload {
  userId: string;
  sessionId: string;
  seriesId: string | null;
  completedAt: string;
}

export interface SeriesUnlockedPayload {
  userId: string;
  seriesId: string;
  seriesSlug: string;
  unlockTitle: string | null;
  unlockedAt: string;
}

export interface LearningEventPayloads {
  [LearningEventJob.SessionCompleted]: SessionCompletedPayload;
  [LearningEventJob.SeriesUnlocked]: SeriesUnlockedPayload;
}

export const NotificationJob = {
  BadgeAwarded: 'badge-awarded',
} as const;
export type NotificationJob = (typeof NotificationJob)[keyof typeof NotificationJob];

/** A credential was issued to a learner; the worker tells them how to view and share it. */
export interface BadgeAwardedPayload {
  userId: string;
  credentialId: string;
  achievementName: string;
  /** Public page of the credential, the link a learner shares. */
  credentialUrl: string;
  awardedAt: string;
}

export interface NotificationPayloads {
  [NotificationJob.BadgeAwarded]: BadgeAwardedPayload;
}

/** Queues that outbox rows may name; the outbox relays of the API and worker publish to each. */
export const OUTBOX_QUEUES = [QueueName.LearningEvents, QueueName.Notifications] as const;

export const MaintenanceJob = {
  RelayOutbox: 'relay-outbox',
} as const;
export type MaintenanceJob = (typeof MaintenanceJob)[keyof typeof MaintenanceJob];

/**
 * Job ids are deterministic so that a retried publish is a no-op in BullMQ (a job id that
 * already exists is not added again). BullMQ forbids ':' in custom ids, hence '.'.
 */
export const learningEventJobId = {
  sessionCompleted: (payload: Pick<SessionCompletedPayload, 'userId' | 'sessionId'>) =>
    `session-completed.${payload.userId}.${payload.sessionId}`,
  seriesUnlocked: (payload: Pick<SeriesUnlockedPayload, 'userId' | 'seriesId'>) =>
    `series-unlocked.${payload.userId}.${payload.seriesId}`,
};

export const notificationJobId = {
  badgeAwarded: (payload: Pick<BadgeAwardedPayload, 'credentialId'>) => `badge-awarded.${payload.credentialId}`,
};

/** Default retry policy for event jobs: exponential backoff, then the failed set (dead letters). */
export const defaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: false,
} as const;
