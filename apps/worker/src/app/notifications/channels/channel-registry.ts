import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import type { DeliveryChannel } from '@stacks/notifications';
import type { ChannelSender } from './channel.js';
import { ConsoleChannel } from './console-channel.js';
import { DiscordChannel } from './discord-channel.js';
import { createDiscordRest, outboundTimeoutMs } from './discord-rest.js';
import { EmailChannel } from './email-channel.js';
import { RateLimiter } from './rate-limiter.js';

/**
 * The channels this worker can send on, from configuration: e-mail when SMTP_URL is set
 * (the console channel otherwise), Discord DMs when DISCORD_TOKEN is set.
 */
@Injectable()
export class ChannelRegistry implements OnApplicationShutdown {
  readonly senders = new Map<DeliveryChannel, ChannelSender>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const timeoutMs = outboundTimeoutMs(config);
    if (config.SMTP_URL) {
      this.senders.set('email', new EmailChannel(config.SMTP_URL, config.MAIL_FROM, new RateLimiter(config.EMAIL_RATE_PER_SECOND), timeoutMs));
    } else {
      this.senders.set('console', new ConsoleChannel());
    }
    if (config.DISCORD_TOKEN) {
      this.senders.set(
        'discord',
        new DiscordChannel(createDiscordRest(config.DISCORD_TOKEN, config), new RateLimiter(config.DISCORD_RATE_PER_SECOND)),
      );
    }
  }

  /** Swaps the configured channels for others (benchmarks use a no-op channel). */
  replaceWith(senders: ChannelSender[]): this {
    this.senders.clear();
    for (const sender of senders) this.senders.set(sender.channel, sender);
    return this;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.senders.values()].map((sender) => sender.close?.()));
  }
}
