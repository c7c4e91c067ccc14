import { type ConnectionOptions, type Job, Worker } from 'bullmq';

export interface DrainOptions {
  connection: ConnectionOptions;
  prefix: string;
  concurrency: number;
}

/** Runs `count` waiting jobs of a queue through `processor` on one bare BullMQ worker; jobs per second from the first pick-up. */
export async function drain<Payload>(queueName: string, count: number, options: DrainOptions, processor: (payload: Payload, job: Job<Payload>) => Promise<unknown>): Promise<number> {
  let done = 0;
  let started = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker<Payload>(
    queueName,
    async (job) => {
      if (started === 0) started = performance.now();
      await processor(job.data, job);
    },
    { ...options, autorun: false },
  );
  worker.on('completed', () => {
    done += 1;
    if (done === count) finish();
  });
  worker.on('failed', (_job, error) => {
    throw error;
  });
  void worker.run();
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  return count / seconds;
}
