import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { WorkerMetrics } from '../metrics/worker-metrics.js';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { QueueWorkers } from './queue-workers.js';

/** Runs every declared job through its `@OnJob` handler; metrics for every feature. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [WorkerMetrics, JobHandlerRegistry, QueueWorkers],
  exports: [WorkerMetrics],
})
export class JobsModule {}
