/** Offsets before a session's start at which a reminder goes out, in minutes. */
export const DEFAULT_REMINDER_OFFSETS_MINUTES = [24 * 60, 60] as const;

/** Parses `1440,60` into distinct positive offsets, largest first. Throws naming the bad part. */
export function parseReminderOffsets(value: string): number[] {
  const offsets = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      if (!/^\d+$/.test(part) || Number(part) < 1 || Number(part) > 60 * 24 * 30) {
        throw new Error(`reminder offset "${part}" must be a whole number of minutes between 1 and 43200`);
      }
      return Number(part);
    });
  if (offsets.length === 0) throw new Error('at least one reminder offset is required');
  return [...new Set(offsets)].sort((a, b) => b - a);
}

export interface PlannedReminder {
  offsetMinutes: number;
  /** When the reminder should arrive. */
  dueAt: Date;
}

export interface SkippedReminder {
  offsetMinutes: number;
  reason: 'past';
}

export interface ReminderPlan {
  send: PlannedReminder[];
  skipped: SkippedReminder[];
}

/**
 * Works out which reminders a learner should still get before `startsAt`. An offset whose
 * instant is already past is skipped, unless it passed less than `graceMs` ago and the
 * session has not started: then it is sent at once. A reminder is never sent late.
 */
export function planReminders(input: {
  startsAt: Date;
  offsetsMinutes: readonly number[];
  now: Date;
  graceMs: number;
}): ReminderPlan {
  const plan: ReminderPlan = { send: [], skipped: [] };
  const start = input.startsAt.getTime();
  const now = input.now.getTime();
  for (const offsetMinutes of input.offsetsMinutes) {
    const due = start - offsetMinutes * 60_000;
    if (due >= now) plan.send.push({ offsetMinutes, dueAt: new Date(due) });
    else if (now - due <= input.graceMs && now < start) plan.send.push({ offsetMinutes, dueAt: new Date(now) });
    else plan.skipped.push({ offsetMinutes, reason: 'past' });
  }
  return plan;
}

/** At send time: a reminder that became due more than `graceMs` ago, or after the start, is late. */
export function isTooLate(input: { dueAt: Date; startsAt: Date; now: Date; graceMs: number }): boolean {
  const now = input.now.getTime();
  return now >= input.startsAt.getTime() || now - input.dueAt.getTime() > input.graceMs;
}

/** Days before a credential's validUntil at which its holder is told, largest first. */
export const EXPIRY_NOTICE_DAYS = [30, 7] as const;

export interface ExpiryNoticeWindow {
  daysBefore: (typeof EXPIRY_NOTICE_DAYS)[number];
  /** Exclusive lower bound of validUntil. */
  after: Date;
  /** Inclusive upper bound of validUntil. */
  until: Date;
}

/**
 * Which credentials each threshold covers at `now`: validUntil in (now + next threshold,
 * now + threshold]. A credential inside 7 days hears only the 7-day notice, never a late
 * "30 days" one; a sweep that missed a day still finds what crossed meanwhile.
 */
export function expiryNoticeWindows(now: Date): ExpiryNoticeWindow[] {
  const day = 86_400_000;
  return EXPIRY_NOTICE_DAYS.map((daysBefore, index) => ({
    daysBefore,
    after: new Date(now.getTime() + (EXPIRY_NOTICE_DAYS[index + 1] ?? 0) * day),
    until: new Date(now.getTime() + daysBefore * day),
  }));
}
