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
  /** Session reminders and series nudges: planning, delayed sends, the weekly nudge sweep. */
  Reminders: 'reminders',
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
export const OUTBOX_QUEUES = [QueueName.LearningEvents, QueueName.Notifications, QueueName.Reminders] as const;

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

// --- Reminders (issue 5) ---------------------------------------------------------------------

export const ReminderJob = {
  /** Re-read a session (and optionally one learner) from PostgreSQL and (re)plan its delayed sends. */
  PlanSessionReminders: 'plan-session-reminders',
  /** Deliver one reminder to one learner on every channel they allow. */
  SendSessionReminder: 'send-session-reminder',
  /** Periodic sweep for learners with an unfinished series. */
  NudgeSweep: 'nudge-sweep',
  /** Deliver one nudge found by the sweep. */
  SendNudge: 'send-nudge',
  /** Weekly: queue a digest for every learner who asked for one. */
  DigestSweep: 'weekly-digest-sweep',
  /** Deliver one learner's weekly digest of upcoming sessions. */
  SendDigest: 'send-weekly-digest',
} as const;
export type ReminderJob = (typeof ReminderJob)[keyof typeof ReminderJob];

export interface PlanSessionRemindersPayload {
  sessionId: string;
  /** Only this learner's reminders; all enrolled learners when absent. */
  userId?: string;
  /** What prompted the plan (enrolled, enrolment-cancelled, rescheduled, session-cancelled). */
  reason: string;
}

export interface SendSessionReminderPayload {
  sessionId: string;
  userId: string;
  /** The start time the reminder was planned for; a different start at send time means skip. */
  startsAt: string;
  offsetMinutes: number;
  dueAt: string;
}

export interface SendNudgePayload {
  userId: string;
  seriesId: string;
  sessionId: string;
  /** ISO week the nudge belongs to (at most one per learner, series and week). */
  week: string;
}

export interface SendDigestPayload {
  userId: string;
  /** ISO week of the digest (one per learner per week). */
  week: string;
}

export interface ReminderPayloads {
  [ReminderJob.PlanSessionReminders]: PlanSessionRemindersPayload;
  [ReminderJob.SendSessionReminder]: SendSessionReminderPayload;
  [ReminderJob.NudgeSweep]: Record<string, never>;
  [ReminderJob.SendNudge]: SendNudgePayload;
  [ReminderJob.DigestSweep]: Record<string, never>;
  [ReminderJob.SendDigest]: SendDigestPayload;
}

export const reminderJobId = {
  /** Each change gets its own plan job (the planner reads current state, so repeats are harmless). */
  plan: (sessionId: string, changeId: string) => `plan-session-reminders.${sessionId}.${changeId}`,
  /**
   * One delayed send per learner, session and offset. The start time is in the payload, not the
   * id, so a reschedule finds and replaces the job planned for the old time.
   */
  send: (payload: Pick<SendSessionReminderPayload, 'sessionId' | 'userId' | 'offsetMinutes'>) =>
    `send-session-reminder.${payload.sessionId}.${payload.userId}.${payload.offsetMinutes}`,
  nudge: (payload: Pick<SendNudgePayload, 'userId' | 'seriesId' | 'week'>) => `send-nudge.${payload.userId}.${payload.seriesId}.${payload.week}`,
  /** The key of the single nudge-sweep job scheduler every worker replica upserts. */
  nudgeScheduler: 'nudge-sweep',
  digest: (payload: SendDigestPayload) => `send-weekly-digest.${payload.userId}.${payload.week}`,
  digestScheduler: 'weekly-digest-sweep',
};
