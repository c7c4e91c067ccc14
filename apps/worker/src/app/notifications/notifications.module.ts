import { Module } from '@nestjs/common';
import { BadgeNotices } from './badge-notices.js';
import { DecisionNotices } from './decision-notices.js';
import { CredentialExpirySweep } from './credential-expiry-sweep.js';
import { ChannelRegistry } from './channels/channel-registry.js';
import { NotificationDispatcher } from './notification-dispatcher.js';

/**
 * Messages to learners: the channels (e-mail, Discord DM, console), the dispatcher that sends
 * through the exactly-once delivery ledger, and the badge notices (issued; expiring, with their
 * daily sweep). Reminders, nudges and
 * digests import it to deliver what they compose.
 */
@Module({
  providers: [ChannelRegistry, NotificationDispatcher, BadgeNotices, DecisionNotices, CredentialExpirySweep],
  exports: [NotificationDispatcher, BadgeNotices],
})
export class NotificationsModule {}
