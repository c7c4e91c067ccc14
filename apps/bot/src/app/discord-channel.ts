import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Answerer } from './answerer.js';

/** Discord mode: answers the `/ask` slash command. Commands and embeds arrive with the bot issue. */
export async function runDiscord(token: string, answerer: Answerer, log: (message: string) => void): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds] });
  client.once(Events.ClientReady, (ready) => log(`Discord bot connected as ${ready.user.tag}`));
  client.on(Events.InteractionCreate, async (interaction: Interaction) => {
    if (!interaction.isChatInputCommand() || interaction.commandName !== 'ask') return;
    await interaction.deferReply();
    const result = await answerer.answer(interaction.options.getString('question', true));
    await interaction.editReply(result.answer);
  });
  await client.login(token);
  return client;
}
