import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ChannelRegistry } from '../channels/channel-registry.js';
import { NotificationMetrics } from '../metrics/notification-metrics.js';
import { BadgeNoticesWorker } from '../notifications/badge-notices.worker.js';
import { NotificationDispatcher } from '../notifications/notification-dispatcher.js';
import { QueueName } from '@stacks/queue-contracts';
import { NudgeSweeper } from './nudge-sweeper.js';
import { RemindersCompletionHandler } from './reminders-completion.handler.js';
import { ReminderPlanner } from './reminder-planner.js';
import { ReminderReconciler } from './reminder-reconciler.js';
import { ReminderSender } from './reminder-sender.js';
import { RemindersWorker } from './reminders.worker.js';
import { WeeklyDigest } from './weekly-digest.js';

/** Reminders, nudges and badge notices: planning, the delivery ledger, channels, metrics. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Reminders }, { name: QueueName.Notifications })],
  providers: [
    ChannelRegistry,
    NotificationMetrics,
    NotificationDispatcher,
    ReminderPlanner,
    ReminderSender,
    NudgeSweeper,
    ReminderReconciler,
    WeeklyDigest,
    RemindersWorker,
    BadgeNoticesWorker,
    RemindersCompletionHandler,
  ],
  exports: [RemindersCompletionHandler, NotificationMetrics],
})
export class RemindersModule {}
