import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of the worker (jobs and the notification pipeline), served by the health server at GET /metrics. */
@Injectable()
export class WorkerMetrics {
  readonly registry = new Registry();
  readonly jobs = new Counter({
    name: 'stacks_jobs_total',
    help: 'Job runs by queue, job and outcome (completed, deferred, failed = will retry, dead = retries exhausted)',
    labelNames: ['queue', 'job', 'outcome'],
    registers: [this.registry],
  });
  readonly jobDuration = new Histogram({
    name: 'stacks_job_duration_seconds',
    help: 'How long one run of a job took',
    labelNames: ['queue', 'job'],
    buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 60],
    registers: [this.registry],
  });
  readonly sent = new Counter({ name: 'stacks_notifications_sent_total', help: 'Messages accepted by a channel', labelNames: ['kind', 'channel'], registers: [this.registry] });
  readonly failed = new Counter({ name: 'stacks_notifications_failed_total', help: 'Delivery attempts that failed', labelNames: ['kind', 'channel'], registers: [this.registry] });
  readonly skipped = new Counter({ name: 'stacks_notifications_skipped_total', help: 'Messages not sent on purpose (cancelled, opted out, already sent…)', labelNames: ['kind', 'reason'], registers: [this.registry] });
  readonly late = new Counter({ name: 'stacks_notifications_late_total', help: 'Reminders dropped because they could only have been sent late', labelNames: ['kind'], registers: [this.registry] });
  readonly lateness = new Histogram({
    name: 'stacks_notification_lateness_seconds',
    help: 'Time between when a message was due and when the worker picked it up',
    labelNames: ['kind'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'stacks_worker_' });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
