// Reminder benchmarks: planning 100 000 reminders beside a bare addBulk of as many jobs; send
// throughput with a no-op channel against a raw baseline doing the same durable work (bare BullMQ
// worker + pg: ledger claim and mark-sent) and against no-op BullMQ jobs (the ceiling), same run,
// same concurrency; delayed-job lateness. The measuring code (reminders/reminders-run.ts) runs as
// a child process against a throw-away database.
import { runChildBench } from './lib/child-bench.js';

export interface RemindersBenchResult {
  scheduling: { reminders: number; seconds: number; perSecond: number; delayedInRedis: number; replanSeconds: number; replanKept: number; rawAddBulkSeconds: number; ratioToAddBulk: number };
  throughput: { jobs: number; concurrency: number; rawPerSecond: number; rawDurablePerSecond: number; stacksPerSecond: number; ratio: number; ceilingRatio: number; sent: number };
  lateness: { jobs: number; p50Ms: number; p99Ms: number; maxMs: number; earliestMs: number };
}

export function benchReminders(): Promise<RemindersBenchResult> {
  return runChildBench<RemindersBenchResult>('tools/bench/reminders/reminders-run.ts', 'reminders');
}
