import { REST } from '@discordjs/rest';
import type { AppConfig } from '@stacks/config';

/**
 * A call to an outside service must give up well inside the job's lock, so that a retry never
 * runs beside a call still in flight: a third of the lock, at least a second.
 */
export function outboundTimeoutMs(config: Pick<AppConfig, 'NOTIFICATION_LOCK_SECONDS'>): number {
  return Math.max(1000, Math.floor((config.NOTIFICATION_LOCK_SECONDS * 1000) / 3));
}

/** The worker's Discord REST client (DMs, scheduled events), bounded by `outboundTimeoutMs`. */
export function createDiscordRest(token: string, config: Pick<AppConfig, 'DISCORD_API_BASE_URL' | 'NOTIFICATION_LOCK_SECONDS'>): REST {
  return new REST({ version: '10', api: config.DISCORD_API_BASE_URL, timeout: outboundTimeoutMs(config), retries: 1 }).setToken(token);
}
