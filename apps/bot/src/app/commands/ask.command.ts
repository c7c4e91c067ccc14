import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, SlashCommandBuilder } from 'discord.js';
import { askedQuestionFrom, recordAskedQuestion } from '@stacks/db';
import { DISCORD_LIMITS, STACKS_COLOUR, type SlashCommand, truncate } from './command.js';

export const QUESTION_MAX_LENGTH = 300;

/** custom_id of the rating buttons: `rate:<question id>:up|down`. */
export const RATING_BUTTON = /^rate:([0-9a-f-]{36}):(up|down)$/;

function ratingButtons(questionId: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`rate:${questionId}:up`).setEmoji('👍').setLabel('Helpful').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(`rate:${questionId}:down`).setEmoji('👎').setLabel('Not helpful').setStyle(ButtonStyle.Secondary),
  );
}

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
    // Logged for staff's insights; an unreachable database must not cost the member the answer (only the buttons).
    const questionId = await recordAskedQuestion(deps.prisma, askedQuestionFrom(question, result, 'discord')).catch(() => null);
    return { embeds: [embed], components: questionId ? [ratingButtons(questionId)] : [] };
  },
};
