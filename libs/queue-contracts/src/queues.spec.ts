import { isJobName, JobName, jobIdFor, jobIdOf, Jobs, jobsOf, QueueName, queueOf } from './queues.js';

describe('queue contracts', () => {
  it('derives the same job id for the same fact, so a retried publish is deduplicated', () => {
    const fact = { userId: 'u1', seriesId: 's1' };
    expect(jobIdOf(JobName.SeriesUnlocked, fact)).toBe(jobIdOf(JobName.SeriesUnlocked, { ...fact }));
    expect(jobIdOf(JobName.SeriesUnlocked, fact)).not.toBe(jobIdOf(JobName.SeriesUnlocked, { ...fact, userId: 'u2' }));
  });

  it('gives every re-plan its own id (the planner reads current state, so each change must run)', () => {
    expect(jobIdOf(JobName.PlanSessionReminders, { sessionId: 's' })).not.toBe(jobIdOf(JobName.PlanSessionReminders, { sessionId: 's' }));
  });

  it('reads the id rule of a whole job item the same way as of its key', () => {
    const data = { userId: 'u', credentialId: 'c', achievementName: 'A', credentialUrl: 'https://x.example/c', awardedAt: '2026-01-01T00:00:00Z' };
    expect(jobIdFor({ name: JobName.BadgeAwarded, data })).toBe(jobIdOf(JobName.BadgeAwarded, { credentialId: 'c' }));
  });

  it('never puts a colon in a job id (BullMQ rejects custom ids containing one)', () => {
    const ids = [
      jobIdOf(JobName.SeriesUnlocked, { userId: 'a', seriesId: 'b' }),
      jobIdOf(JobName.SessionCompleted, { userId: 'a', sessionId: 'b' }),
      jobIdOf(JobName.SendSessionReminder, { sessionId: 'a', userId: 'b', offsetMinutes: 60 }),
      jobIdOf(JobName.SendNudge, { userId: 'a', seriesId: 'b', week: '2026-W01' }),
      jobIdOf(JobName.PlanSessionReminders, { sessionId: 'a' }),
      jobIdOf(JobName.PathwayChanged, { pathwayId: 'a', version: 1767225600000 }),
      jobIdOf(JobName.CohortBadgeChanged, { cohortId: 'a', version: 1767225600000 }),
    ];
    expect(ids.filter((id) => id.includes(':'))).toEqual([]);
  });

  it('names each queue and each job once, and puts every job on a queue', () => {
    const queues = Object.values(QueueName);
    expect(new Set(queues).size).toBe(queues.length);
    const names = Object.values(JobName);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(Jobs).sort()).toEqual([...names].sort());
    expect(queues.flatMap((queue) => jobsOf(queue)).sort()).toEqual([...names].sort());
  });

  it('routes a job to its declared queue and knows a name it never declared', () => {
    expect(queueOf(JobName.BadgeAwarded)).toBe(QueueName.Notifications);
    expect(queueOf(JobName.SendNudge)).toBe(QueueName.Reminders);
    expect(isJobName('send-nudge')).toBe(true);
    expect(isJobName('toString')).toBe(false);
    expect(isJobName('no-such-job')).toBe(false);
  });
});
