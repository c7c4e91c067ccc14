import { parseConfig } from '@stacks/config';
import { DiscordStandIn } from '@stacks/test-processes/discord-stand-in';
import { registerCommands } from './register-commands.js';

describe('slash command registration (bot:register-commands)', () => {
  let standIn: DiscordStandIn;
  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
  });
  afterAll(() => standIn.close());

  const config = (extra: Record<string, string> = {}) =>
    parseConfig({ DISCORD_TOKEN: standIn.token, DISCORD_APPLICATION_ID: standIn.applicationId, DISCORD_API_BASE_URL: standIn.restUrl, ...extra });

  it('uploads every command globally with one bulk PUT, and again harmlessly', async () => {
    expect(await registerCommands(config())).toEqual({ scope: 'global', count: 7 });
    expect(await registerCommands(config())).toEqual({ scope: 'global', count: 7 });
    const puts = standIn.requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.path)).toEqual([`/applications/${standIn.applicationId}/commands`, `/applications/${standIn.applicationId}/commands`]);
    expect(puts[0].authorization).toBe(`Bot ${standIn.token}`);
    expect((standIn.registeredCommands.get('global') as { name: string }[]).map((command) => command.name).sort()).toEqual(
      ['ask', 'badges', 'link', 'programs', 'progress', 'remind', 'upcoming'],
    );
  });

  it('registers in one guild when DISCORD_GUILD_ID is set', async () => {
    expect(await registerCommands(config({ DISCORD_GUILD_ID: standIn.guildId }))).toEqual({ scope: `guild ${standIn.guildId}`, count: 7 });
    expect(standIn.registeredCommands.get(standIn.guildId)).toHaveLength(7);
  });

  it('explains what is missing instead of calling Discord without credentials', async () => {
    await expect(registerCommands(parseConfig({ DISCORD_API_BASE_URL: standIn.restUrl }))).rejects.toThrow('DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  });

  it('surfaces Discord refusing the token', async () => {
    await expect(registerCommands(config({ DISCORD_TOKEN: 'wrong-token' }))).rejects.toThrow(/401|Unauthorized/);
  });
});
