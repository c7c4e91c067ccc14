import { Injectable } from '@nestjs/common';
import { type DecisionNoticePayload, JobName } from '@stacks/queue-contracts';
import { composeDecisionNotice, decisionNoticeKey } from '@stacks/notifications';
import { OnJob, type JobContext } from '../jobs/on-job.decorator.js';
import { NotificationDispatcher } from './notification-dispatcher.js';

/**
 * Tells a learner what staff decided on their registry submission or cohort application. The job
 * id and the ledger key both carry the decision's number, so each decision is told once per
 * channel however often the job is retried or the request repeated.
 */
@Injectable()
export class DecisionNotices {
  constructor(private readonly dispatcher: NotificationDispatcher) {}

  @OnJob(JobName.DecisionNotice)
  send(payload: DecisionNoticePayload, { finalAttempt }: Pick<JobContext, 'finalAttempt'>, now = new Date()): Promise<unknown> {
    return this.dispatcher.deliverToLearner(payload.userId, 'decision-notice', now, (audience) => ({
      key: decisionNoticeKey(payload),
      kind: 'decision-notice',
      dueAt: new Date(payload.decidedAt),
      finalAttempt,
      job: { name: JobName.DecisionNotice, data: payload },
      compose: (links) => composeDecisionNotice({ learnerName: audience.recipient.displayName, ...payload, links }),
    }));
  }
}
