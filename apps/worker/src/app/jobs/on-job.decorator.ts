import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayload } from '@stacks/queue-contracts';

/** Metadata key under which `@OnJob` records the job a method handles. */
export const JOB_HANDLER = Symbol('JOB_HANDLER');

/** What a handler may know about the BullMQ job besides its payload. */
export interface JobContext {
  /** 1 for the first run. */
  attempt: number;
  /** Whether a failure now will not be retried (a delivery then dead-letters). */
  finalAttempt: boolean;
}

/** A handler returns this to run the job again later without spending an attempt (quiet hours). */
export interface Deferral {
  deferUntil: Date;
}

export type JobHandler<Name extends JobName> = (payload: JobPayload<Name>, context: JobContext) => Promise<unknown>;

/**
 * Marks a provider's method as the one handler of a declared job (immich's @OnJob). The
 * method's parameter types are checked against the job table at compile time; that every job
 * has exactly one handler is checked at start-up (JobHandlerRegistry).
 */
export function OnJob<Name extends JobName>(name: Name) {
  return <Handler extends JobHandler<Name>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<Handler>): void => {
    SetMetadata(JOB_HANDLER, name)(target, key, descriptor);
  };
}
