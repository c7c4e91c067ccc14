import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { type JobName, Jobs } from '@stacks/queue-contracts';
import { JOB_HANDLER, type JobContext } from './on-job.decorator.js';

export type BoundJobHandler = (payload: unknown, context: JobContext) => Promise<unknown>;

export class JobHandlersMismatch extends Error {
  override readonly name = 'JobHandlersMismatch';
}

interface FoundHandler {
  job: JobName;
  /** `Class.method`, for the error message. */
  where: string;
  run: BoundJobHandler;
}

/**
 * Pairs every declared job with its one handler, or throws naming each job without a handler
 * and each job with more than one — so a worker missing a handler never starts.
 */
export function pairJobHandlers(found: readonly FoundHandler[], declared: readonly JobName[]): Map<JobName, BoundJobHandler> {
  const byJob = new Map<JobName, FoundHandler[]>();
  for (const handler of found) byJob.set(handler.job, [...(byJob.get(handler.job) ?? []), handler]);
  const problems: string[] = [];
  for (const job of declared) {
    const handlers = byJob.get(job) ?? [];
    if (handlers.length === 0) problems.push(`job ${job} has no @OnJob handler`);
    if (handlers.length > 1) problems.push(`job ${job} has ${handlers.length} handlers (${handlers.map((handler) => handler.where).join(', ')})`);
  }
  for (const job of byJob.keys()) if (!declared.includes(job)) problems.push(`@OnJob(${job}) names no declared job`);
  if (problems.length > 0) throw new JobHandlersMismatch(`job handlers do not match the job table: ${problems.join('; ')}`);
  return new Map([...byJob].map(([job, [handler]]) => [job, handler.run]));
}

/** The `@OnJob` methods of every provider in the application, found once at start-up. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private handlers = new Map<JobName, BoundJobHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  /** Every job in the table is declared; a test may narrow it. */
  protected declaredJobs(): readonly JobName[] {
    return Object.keys(Jobs) as JobName[];
  }

  onModuleInit(): void {
    const found: FoundHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = (instance as Record<string, unknown>)[method];
        if (typeof fn !== 'function') continue;
        const job = this.reflector.get<JobName | undefined>(JOB_HANDLER, fn);
        if (job) found.push({ job, where: `${instance.constructor.name}.${method}`, run: fn.bind(instance) as BoundJobHandler });
      }
    }
    this.handlers = pairJobHandlers(found, this.declaredJobs());
  }

  handlerFor(job: JobName): BoundJobHandler {
    const handler = this.handlers.get(job);
    if (!handler) throw new Error(`no handler for job ${job}`);
    return handler;
  }
}
