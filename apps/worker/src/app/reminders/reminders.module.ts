import { Module } from '@nestjs/common';
import { ChannelRegistry } from '../channels/channel-registry.js';
import { BadgeNotices } from '../notifications/badge-notices.js';
import { NotificationDispatcher } from '../notifications/notification-dispatcher.js';
import { NudgeSweeper } from './nudge-sweeper.js';
import { ReminderPlanner } from './reminder-planner.js';
import { ReminderReconciler } from './reminder-reconciler.js';
import { ReminderSender } from './reminder-sender.js';
import { WeeklyDigest } from './weekly-digest.js';

/** Reminders, nudges and badge notices: planning, the delivery ledger, channels. */
@Module({
  providers: [ChannelRegistry, NotificationDispatcher, ReminderPlanner, ReminderSender, NudgeSweeper, ReminderReconciler, WeeklyDigest, BadgeNotices],
  exports: [ReminderPlanner],
})
export class RemindersModule {}
