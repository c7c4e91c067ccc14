import 'reflect-metadata';
import { loadConfigOrExit, requireServicesOrExit } from '@stacks/config';

// The worker signs badges and status lists: in production it needs BADGE_SIGNING_KEYS (the API does
// not); it opens the sealed webhook secrets, so it needs SECRETS_ENCRYPTION_KEYS too (as the API does).
const config = loadConfigOrExit({ signsBadges: true, opensStoredSecrets: true });
// Before the application's modules load (seconds of compiling and importing on a busy machine),
// so a missing PostgreSQL or Redis is reported at once.
await requireServicesOrExit(config, ['postgres', 'redis']);
const [{ NestFactory }, { Logger }, { startHealthServer }, { WorkerMetrics }, { WorkerModule }] = await Promise.all([
  import('@nestjs/core'),
  import('nestjs-pino'),
  import('./app/health/health-server.js'),
  import('./app/metrics/worker-metrics.js'),
  import('./app/worker.module.js'),
]);
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
const logger = app.get(Logger);
app.useLogger(logger);

let running = true;
const metrics = app.get(WorkerMetrics);
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
