// Webhook fan-out: 10 000 events to 5 local endpoints through Stacks' path (integration event →
// fan-out → signed delivery with the delivery log) beside a bare BullMQ + HTTP baseline doing the
// same fan-out and signed POSTs in the same run, and beside the same with a raw-SQL delivery log. The measuring code (webhooks/webhook-fanout-run.ts)
// runs as a child process against a throw-away database.
import { runChildBench } from './lib/child-bench.js';

export interface WebhookFanoutBenchResult {
  events: number;
  endpoints: number;
  concurrency: number;
  baseline: { seconds: number; deliveriesPerSecond: number; received: number };
  /** The same plus the delivery log in raw SQL: the durable work an at-least-once sender needs. */
  durableBaseline: { seconds: number; deliveriesPerSecond: number; received: number };
  stacks: { seconds: number; deliveriesPerSecond: number; received: number; delivered: number; failed: number };
  ratio: number;
  durableRatio: number;
}

export function benchWebhookFanout(): Promise<WebhookFanoutBenchResult> {
  return runChildBench<WebhookFanoutBenchResult>('tools/bench/webhooks/webhook-fanout-run.ts', 'webhook-fanout');
}
