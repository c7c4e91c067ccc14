import { REST, Routes } from 'discord.js';
import type { AppConfig } from '@stacks/config';
import { commandDefinitions } from './commands/index.js';

/**
 * Uploads the bot's slash commands (`npm run bot:register-commands`). A bulk PUT replaces the
 * whole set, so running it again is harmless and a removed command disappears. With
 * DISCORD_GUILD_ID the commands are registered in that guild only and show up at once (for
 * testing); without it they are global, which Discord may take up to an hour to roll out.
 */
export async function registerCommands(config: AppConfig): Promise<{ scope: string; count: number }> {
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    throw new Error('DISCORD_TOKEN and DISCORD_APPLICATION_ID are both needed to register commands');
  }
  const rest = new REST({ api: config.DISCORD_API_BASE_URL }).setToken(config.DISCORD_TOKEN);
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  const registered = (await rest.put(route, { body: commandDefinitions() })) as unknown[];
  return { scope: config.DISCORD_GUILD_ID ? `guild ${config.DISCORD_GUILD_ID}` : 'global', count: registered.length };
}
