import type { REST } from '@discordjs/rest';
import { discordNonce } from '@stacks/notifications';
import type { ChannelSender, OutgoingMessage, Recipient } from './channel.js';
import type { RateLimiter } from './rate-limiter.js';

/**
 * Discord direct messages through the REST API: open (or reuse) the DM channel, then post.
 * The nonce comes from the delivery key and `enforce_nonce` makes Discord answer a repeat
 * within its dedupe window with the message it already created instead of a second one.
 */
export class DiscordChannel implements ChannelSender {
  readonly channel = 'discord' as const;
  private readonly dmChannels = new Map<string, string>();

  constructor(
    private readonly rest: REST,
    private readonly limiter: RateLimiter,
  ) {}

  acquire(): Promise<void> {
    return this.limiter.take();
  }

  async send(recipient: Recipient, outgoing: OutgoingMessage): Promise<void> {
    if (!recipient.discordUserId) throw new Error('learner has no linked Discord account');
    const channelId = await this.dmChannelFor(recipient.discordUserId);
    await this.rest.post(`/channels/${channelId}/messages`, {
      body: {
        content: `${outgoing.message.chat}\n\n-# Stop these messages: ${outgoing.unsubscribeUrl}`.slice(0, 2000),
        nonce: discordNonce(outgoing.deliveryKey),
        enforce_nonce: true,
        allowed_mentions: { parse: [] },
      },
    });
  }

  private async dmChannelFor(discordUserId: string): Promise<string> {
    const cached = this.dmChannels.get(discordUserId);
    if (cached) return cached;
    const channel = (await this.rest.post('/users/@me/channels', { body: { recipient_id: discordUserId } })) as { id: string };
    this.dmChannels.set(discordUserId, channel.id);
    return channel.id;
  }
}
