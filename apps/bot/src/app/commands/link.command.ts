import { SlashCommandBuilder } from 'discord.js';
import { describeLinkCodeRejection } from '@stacks/discord-link';
import { redeemLinkCode } from '../linking/link-redeemer.js';
import type { SlashCommand } from './command.js';

export const linkCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('link')
    .setDescription('Link this Discord account to your Stacks learner account with a one-time code')
    .addStringOption((option) =>
      option.setName('code').setDescription('The code Stacks gave you, like 7K3QD-M9XWA').setRequired(true).setMaxLength(32),
    ),
  // A code is a secret until it is used: never echo it, or the result, to the channel.
  ephemeral: true,
  async execute(input, deps) {
    const result = await redeemLinkCode(deps.prisma, input.discordUserId, input.option('code') ?? '', deps.now());
    if (!result.ok) return { content: describeLinkCodeRejection(result.reason) };
    const replaced = result.replaced ? ' It replaces the link that was there before.' : '';
    return {
      content: `Linked: this Discord account now belongs to ${result.displayName} on Stacks.${replaced} Try \`/progress\`, \`/badges\` or \`/remind on\`.`,
    };
  },
};
