import { randomUUID } from 'node:crypto';
import type { IntegrationEventPayload } from './integration-events.js';

/**
 * Every BullMQ queue and every job Stacks uses. The API and the worker import these; no queue
 * or job name is spelled anywhere else. A new job is one entry in `JobName`, its payload type
 * and one line in `Jobs` (queue and job-id rule), plus one `@OnJob` handler in the worker.
 */
export const QueueName = {
  /** Facts from the learning API (completions, unlocks, pathway changes) for badges and notifications, the credentials admins and holders asked the worker to sign, and the status lists to re-sign after a revocation. */
  LearningEvents: 'learning-events',
  /** Periodic housekeeping owned by the worker (outbox relay, status list refresh). */
  Maintenance: 'maintenance',
  /** Messages to learners (badge notices, badge expiry notices and their daily sweep). */
  Notifications: 'notifications',
  /** Session reminders and series nudges: planning, delayed sends, the weekly sweeps. */
  Reminders: 'reminders',
  /** Facts for other systems: the fan-out, signed webhook deliveries, xAPI statements to the LRS and the Discord guild's scheduled events. */
  Integrations: 'integrations',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  SessionCompleted: 'session-completed',
  SeriesUnlocked: 'series-unlocked',
  BadgeAwarded: 'badge-awarded',
  /** Sign the credential of one BadgeIssuanceRequest (manual award, re-issue): the API never signs. */
  IssueBadgeCredential: 'issue-badge-credential',
  /** Issue what the rules earned while a learner's e-mail was unverified, now that it is verified. */
  ReleaseHeldBadges: 'release-held-badges',
  /** Sign one revocation status list from its current bits (after a revocation, or when it is new). */
  SignStatusList: 'sign-status-list',
  /** Periodic: re-sign every status list that is unsigned, stale or near its validUntil. */
  RefreshStatusLists: 'refresh-status-lists',
  RelayOutbox: 'relay-outbox',
  /** Periodic: delete single-sign-on rows nobody can use any more (purgeExpiredSignIns). */
  PurgeExpiredSignIns: 'purge-expired-sign-ins',
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
  /** Daily: queue an expiry notice for each credential crossing its 30- or 7-day threshold. */
  CredentialExpirySweep: 'credential-expiry-sweep',
  /** Tell one holder their badge expires soon and how to renew it. */
  CredentialExpiring: 'credential-expiring',
  /** Tell a submitter or applicant what staff decided (registry submission, cohort application). */
  DecisionNotice: 'decision-notice',
  /** An admin created or changed a pathway: issue its certificate to learners who already meet it. */
  PathwayChanged: 'pathway-changed',
  /** An admin linked or changed a cohort's badge: issue it to selected teams' members who already completed the cohort. */
  CohortBadgeChanged: 'cohort-badge-changed',
  /** A fact for other systems: fanned out to matching webhook endpoints and to the LRS. */
  IntegrationEvent: 'integration-event',
  /** POST one event to one webhook endpoint, signed (Standard Webhooks). */
  DeliverWebhook: 'deliver-webhook',
  /** PUT one stored xAPI statement to the LRS. */
  SendXapiStatement: 'send-xapi-statement',
  /** Create, edit or cancel the Discord guild scheduled event of one session, from its current state. */
  SyncDiscordEvent: 'sync-discord-event',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

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

/** A credential was issued to a learner; the worker tells them how to view and share it. */
export interface BadgeAwardedPayload {
  userId: string;
  credentialId: string;
  achievementName: string;
  /** Public page of the credential, the link a learner shares. */
  credentialUrl: string;
  awardedAt: string;
}

/** A BadgeIssuanceRequest the API recorded; the worker signs its credential once. */
export interface IssueBadgeCredentialPayload {
  requestId: string;
}

/** A learner whose e-mail was just verified; the worker signs the badges held until then. */
export interface ReleaseHeldBadgesPayload {
  userId: string;
  /** The verification it follows (ISO): a later re-verification (changed address) is a new job. */
  verifiedAt: string;
}

/** A status list whose bits changed (or that was just opened); `revision` is the list's revision after the change. */
export interface SignStatusListPayload {
  listId: string;
  revision: number;
}

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

/** Days before validUntil at which a holder hears that a badge expires. */
export type ExpiryNoticeDays = 30 | 7;

/** A credential in force reached one of its expiry thresholds; the worker tells its holder how to renew. */
export interface CredentialExpiringPayload {
  credentialId: string;
  userId: string;
  daysBefore: ExpiryNoticeDays;
  /** The validUntil the sweep saw; a credential whose dates changed since is not noticed. */
  validUntil: string;
  achievementName: string;
  /** The achievement's renewal instructions (or who to ask). */
  renewal: string;
  /** Public page of the credential. */
  credentialUrl: string;
}

/** Staff decided on something a learner sent in; the worker tells them, once per decision. */
export interface DecisionNoticePayload {
  userId: string;
  subject: 'registry-submission' | 'cohort-application';
  /** The submission's or application's id. */
  subjectId: string;
  /** Which decision on that subject this is (1, 2, …): each one is told once. */
  decisionNumber: number;
  /** published, changes-requested, rejected, selected or declined. */
  decision: string;
  /** What was decided on, e.g. the submitted program's title or the cohort's. */
  title: string;
  /** Staff's note (reason for a rejection, the changes asked for); null when none. */
  note: string | null;
  /** Where the learner sees it in the web app. */
  url: string;
  decidedAt: string;
}

/** A pathway was created or changed (PUT /admin/pathways/{slug}). */
export interface PathwayChangedPayload {
  pathwayId: string;
  pathwaySlug: string;
  /** The pathway's updatedAt in epoch milliseconds: each change gets its own job, a retried publish none. */
  version: number;
}

/** A cohort's badge was linked or changed (PUT /admin/cohorts/{cohort}/badge). */
export interface CohortBadgeChangedPayload {
  cohortId: string;
  cohortSlug: string;
  achievementId: string;
  /** The achievement's updatedAt in epoch milliseconds: each change gets its own job, a retried publish none. */
  version: number;
}

/** One row of WebhookDelivery (endpoint × event); the body is read from PostgreSQL when sent. */
export interface DeliverWebhookPayload {
  deliveryId: string;
}

/** One row of XapiStatement. */
export interface SendXapiStatementPayload {
  statementId: string;
}

/** A session was created or changed; the worker makes its Discord scheduled event match it. */
export interface SyncDiscordEventPayload {
  sessionId: string;
  /** The session's updatedAt in epoch milliseconds: each change gets its own job, a retried publish none. */
  version: number;
}

/** Sweeps and other scheduled jobs carry nothing. */
export type NoPayload = Record<string, never>;

/**
 * What the table says about one job. `jobId` is the job's id rule: deterministic so that a
 * retried add is a no-op in BullMQ (a job id that already exists is not added again); for a
 * scheduled job it is the key of its job scheduler, which every worker replica upserts.
 * BullMQ forbids ':' in custom ids, hence '.'.
 */
export interface JobDeclaration<Payload, Key> {
  readonly queue: QueueName;
  readonly jobId: (key: Key) => string;
  /** Type only: carries the payload type; never set. */
  readonly payloadType?: Payload;
}

/** `Key` is what the id rule reads: some of the payload's fields (so a full payload always fits). */
function job<Payload>() {
  return <Key extends Partial<Payload> | void = Payload>(declaration: { queue: QueueName; jobId: (key: Key) => string }) => declaration as JobDeclaration<Payload, Key>;
}

/** The one job table: name → payload type → queue → job-id rule. */
export const Jobs = {
  [JobName.SessionCompleted]: job<SessionCompletedPayload>()({
    queue: QueueName.LearningEvents,
    jobId: (p: Pick<SessionCompletedPayload, 'userId' | 'sessionId'>) => `session-completed.${p.userId}.${p.sessionId}`,
  }),
  [JobName.SeriesUnlocked]: job<SeriesUnlockedPayload>()({
    queue: QueueName.LearningEvents,
    jobId: (p: Pick<SeriesUnlockedPayload, 'userId' | 'seriesId'>) => `series-unlocked.${p.userId}.${p.seriesId}`,
  }),
  [JobName.BadgeAwarded]: job<BadgeAwardedPayload>()({
    queue: QueueName.Notifications,
    jobId: (p: Pick<BadgeAwardedPayload, 'credentialId'>) => `badge-awarded.${p.credentialId}`,
  }),
  // One job per request; the handler locks the row and signs only while it is PENDING.
  [JobName.IssueBadgeCredential]: job<IssueBadgeCredentialPayload>()({
    queue: QueueName.LearningEvents,
    jobId: (p: IssueBadgeCredentialPayload) => `issue-badge-credential.${p.requestId}`,
  }),
  // One per verification; the handler's awards are exactly-once, so a retry repeats nothing.
  [JobName.ReleaseHeldBadges]: job<ReleaseHeldBadgesPayload>()({
    queue: QueueName.LearningEvents,
    jobId: (p: ReleaseHeldBadgesPayload) => `release-held-badges.${p.userId}.${Date.parse(p.verifiedAt)}`,
  }),
  // One job per change of a list: the handler signs the list's current state, so a late job of an older revision signs nothing stale.
  [JobName.SignStatusList]: job<SignStatusListPayload>()({
    queue: QueueName.LearningEvents,
    jobId: (p: SignStatusListPayload) => `sign-status-list.${p.listId}.${p.revision}`,
  }),
  [JobName.RefreshStatusLists]: job<NoPayload>()({ queue: QueueName.Maintenance, jobId: () => 'refresh-status-lists' }),
  [JobName.RelayOutbox]: job<NoPayload>()({ queue: QueueName.Maintenance, jobId: () => 'relay-outbox' }),
  [JobName.PurgeExpiredSignIns]: job<NoPayload>()({ queue: QueueName.Maintenance, jobId: () => 'purge-expired-sign-ins' }),
  // Each change gets its own plan job (the planner reads current state, so repeats are harmless).
  [JobName.PlanSessionReminders]: job<PlanSessionRemindersPayload>()({
    queue: QueueName.Reminders,
    jobId: (p: Pick<PlanSessionRemindersPayload, 'sessionId'>) => `plan-session-reminders.${p.sessionId}.${randomUUID()}`,
  }),
  // One delayed send per learner, session and offset. The start time is in the payload, not the
  // id, so a reschedule finds and replaces the job planned for the old time.
  [JobName.SendSessionReminder]: job<SendSessionReminderPayload>()({
    queue: QueueName.Reminders,
    jobId: (p: Pick<SendSessionReminderPayload, 'sessionId' | 'userId' | 'offsetMinutes'>) => `send-session-reminder.${p.sessionId}.${p.userId}.${p.offsetMinutes}`,
  }),
  [JobName.NudgeSweep]: job<NoPayload>()({ queue: QueueName.Reminders, jobId: () => 'nudge-sweep' }),
  [JobName.SendNudge]: job<SendNudgePayload>()({
    queue: QueueName.Reminders,
    jobId: (p: Pick<SendNudgePayload, 'userId' | 'seriesId' | 'week'>) => `send-nudge.${p.userId}.${p.seriesId}.${p.week}`,
  }),
  [JobName.DigestSweep]: job<NoPayload>()({ queue: QueueName.Reminders, jobId: () => 'weekly-digest-sweep' }),
  [JobName.SendDigest]: job<SendDigestPayload>()({
    queue: QueueName.Reminders,
    jobId: (p: SendDigestPayload) => `send-weekly-digest.${p.userId}.${p.week}`,
  }),
  [JobName.CredentialExpirySweep]: job<NoPayload>()({ queue: QueueName.Notifications, jobId: () => 'credential-expiry-sweep' }),
  // One notice per credential and threshold: a re-issue is a new credential, so its notices start over.
  [JobName.CredentialExpiring]: job<CredentialExpiringPayload>()({
    queue: QueueName.Notifications,
    jobId: (p: Pick<CredentialExpiringPayload, 'credentialId' | 'daysBefore'>) => `credential-expiring.${p.credentialId}.${p.daysBefore}`,
  }),
  [JobName.DecisionNotice]: job<DecisionNoticePayload>()({
    queue: QueueName.Notifications,
    jobId: (p: Pick<DecisionNoticePayload, 'subject' | 'subjectId' | 'decisionNumber'>) => `decision-notice.${p.subject}.${p.subjectId}.${p.decisionNumber}`,
  }),
  [JobName.PathwayChanged]: job<PathwayChangedPayload>()({
    queue: QueueName.LearningEvents,
    jobId: (p: Pick<PathwayChangedPayload, 'pathwayId' | 'version'>) => `pathway-changed.${p.pathwayId}.${p.version}`,
  }),
  [JobName.CohortBadgeChanged]: job<CohortBadgeChangedPayload>()({
    queue: QueueName.LearningEvents,
    jobId: (p: Pick<CohortBadgeChangedPayload, 'cohortId' | 'version'>) => `cohort-badge-changed.${p.cohortId}.${p.version}`,
  }),
  [JobName.IntegrationEvent]: job<IntegrationEventPayload>()({
    queue: QueueName.Integrations,
    jobId: (p: Pick<IntegrationEventPayload, 'eventId'>) => `integration-event.${p.eventId}`,
  }),
  // One job per delivery; an admin's replay overrides the id (enqueueOutboxEvent's jobId option).
  [JobName.DeliverWebhook]: job<DeliverWebhookPayload>()({
    queue: QueueName.Integrations,
    jobId: (p: DeliverWebhookPayload) => `deliver-webhook.${p.deliveryId}`,
  }),
  [JobName.SendXapiStatement]: job<SendXapiStatementPayload>()({
    queue: QueueName.Integrations,
    jobId: (p: SendXapiStatementPayload) => `send-xapi-statement.${p.statementId}`,
  }),
  // The handler reads the session's current state, so jobs of older versions running late are harmless.
  [JobName.SyncDiscordEvent]: job<SyncDiscordEventPayload>()({
    queue: QueueName.Integrations,
    jobId: (p: SyncDiscordEventPayload) => `sync-discord-event.${p.sessionId}.${p.version}`,
  }),
} as const satisfies { [Name in JobName]: JobDeclaration<unknown, never> };

export type JobPayload<Name extends JobName> = NonNullable<(typeof Jobs)[Name]['payloadType']>;
/** What a job's id rule reads (nothing for a scheduled job: `jobIdOf(JobName.NudgeSweep)`). */
export type JobKey<Name extends JobName> = Parameters<(typeof Jobs)[Name]['jobId']> extends [infer Key, ...unknown[]] ? Key : void;

/** One job as it travels: its name and its payload, typed together (immich's JobItem). */
export type JobItem<Name extends JobName = JobName> = { [N in Name]: { name: N; data: JobPayload<N> } }[Name];

export function jobIdOf<Name extends JobName>(name: Name, ...key: JobKey<Name> extends void ? [] : [JobKey<Name>]): string {
  return (Jobs[name].jobId as (key?: JobKey<Name>) => string)(key[0]);
}

/** The id a job gets from its table rule. */
export function jobIdFor(item: JobItem): string {
  return (Jobs[item.name].jobId as (key: unknown) => string)(item.data);
}

export function queueOf(name: JobName): QueueName {
  return Jobs[name].queue;
}

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(Jobs, name);
}

/**
 * A job read back from storage (an outbox row, a delivery's ledger entry), or null when its
 * name is not a declared job. The payload is trusted: only `JobItem`s of that name are stored.
 */
export function storedJobItem(name: string, data: unknown): JobItem | null {
  return isJobName(name) ? ({ name, data } as JobItem) : null;
}

/** The jobs of one queue, in declaration order. */
export function jobsOf(queue: QueueName): JobName[] {
  return (Object.keys(Jobs) as JobName[]).filter((name) => Jobs[name].queue === queue);
}

/** Default retry policy for event jobs: exponential backoff, then the failed set (dead letters). */
export const defaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: false,
} as const;
