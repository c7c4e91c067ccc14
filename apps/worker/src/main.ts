import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@stacks/config';
import { Logger } from 'nestjs-pino';
import { startHealthServer } from './app/health/health-server.js';
import { NotificationMetrics } from './app/metrics/notification-metrics.js';
import { WorkerModule } from './app/worker.module.js';

const config = loadConfigOrExit();
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
const logger = app.get(Logger);
app.useLogger(logger);

let running = true;
const metrics = app.get(NotificationMetrics);
const healthServer = await startHealthServer(
  config.WORKER_HEALTH_PORT,
  { isRunning: () => running, metrics: () => metrics.text() },
  { metricsToken: config.WORKER_METRICS_TOKEN },
);
logger.log(`Worker started; health on :${config.WORKER_HEALTH_PORT}/health, metrics on /metrics`);

// Graceful shutdown: BullMQ workers stop taking jobs and finish in-flight ones when Nest
// destroys the module (Worker.close), then connections close and the process exits 0.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    running = false;
    logger.log(`${signal} received; draining`);
    await app.close();
    healthServer.close();
    process.exit(0);
  });
}
