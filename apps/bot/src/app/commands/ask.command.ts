import { EmbedBuilder, SlashCommandBuilder } from 'discord.js';
import { DISCORD_LIMITS, STACKS_COLOUR, type SlashCommand, truncate } from './command.js';

export const QUESTION_MAX_LENGTH = 300;

export const askCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about programs, series, sessions, dates, partners and badges')
    .addStringOption((option) =>
      option.setName('question').setDescription('Your question, e.g. "When is the next NDORH webinar?"').setRequired(true).setMaxLength(QUESTION_MAX_LENGTH),
    ),
  // Catalogue answers are the same for everyone, so the whole channel may read them.
  ephemeral: false,
  async execute(input, deps) {
    const question = (input.option('question') ?? '').trim();
    if (!question) return { content: 'Ask me something, for example `/ask question:When is the next webinar?`' };
    const result = await deps.answerer.answer(question);
    const embed = new EmbedBuilder()
      .setColor(STACKS_COLOUR)
      .setTitle(truncate(question, DISCORD_LIMITS.embedTitle))
      .setDescription(truncate(result.answer, DISCORD_LIMITS.embedDescription))
      .setFooter({ text: `Confidence ${Math.round(result.confidence * 100)}%` });
    if (result.sources.length > 0) {
      embed.addFields({
        name: 'Sources',
        value: truncate(result.sources.map((source) => `• [${source.title}](${source.url})`).join('\n'), DISCORD_LIMITS.embedFieldValue),
      });
    }
    if (result.suggestions && result.suggestions.length > 0) {
      embed.addFields({
        name: 'You could ask about',
        value: truncate(result.suggestions.map((topic) => `• ${topic}`).join('\n'), DISCORD_LIMITS.embedFieldValue),
      });
    }
    return { embeds: [embed] };
  },
};
