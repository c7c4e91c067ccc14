import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { NudgeSweeper } from './nudge-sweeper.js';
import { ReminderPlanner } from './reminder-planner.js';
import { ReminderReconciler } from './reminder-reconciler.js';
import { ReminderSender } from './reminder-sender.js';
import { WeeklyDigest } from './weekly-digest.js';

/** Session reminders, series nudges and the weekly digest: planning, sweeps and sends. */
@Module({
  imports: [NotificationsModule],
  providers: [ReminderPlanner, ReminderSender, NudgeSweeper, ReminderReconciler, WeeklyDigest],
  exports: [ReminderPlanner],
})
export class RemindersModule {}
