import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, SlashCommandBuilder } from 'discord.js';
import { ENTRY_ID_PATTERN } from '@stacks/answering';
import { askedQuestionFrom, recordAskedQuestion } from '@stacks/db';
import type { Answer, SuggestedTopic } from '../answerer.js';
import { type BotDependencies, type CommandReply, DISCORD_LIMITS, STACKS_COLOUR, type SlashCommand, truncate } from './command.js';

export const QUESTION_MAX_LENGTH = 300;

/** custom_id of the rating buttons: `rate:<question id>:up|down`. */
export const RATING_BUTTON = /^rate:([0-9a-f-]{36}):(up|down)$/;

/** custom_id of a suggested topic's button: `topic:<knowledge entry id>` ("topic:faq:mfc-free", "topic:program:dia:dates"). */
export const TOPIC_BUTTON = new RegExp(`^topic:(${ENTRY_ID_PATTERN.source.slice(1, -1)})$`);

function ratingButtons(questionId: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`rate:${questionId}:up`).setEmoji('👍').setLabel('Helpful').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(`rate:${questionId}:down`).setEmoji('👎').setLabel('Not helpful').setStyle(ButtonStyle.Secondary),
  );
}

/**
 * An answer as the bot shows it: an embed (answer, sources, the close topics it is unsure between),
 * a button per close topic, so the member gets that answer with one press, and 👍/👎 once the
 * question is logged for staff.
 */
export async function answerReply(question: string, result: Answer, deps: BotDependencies): Promise<CommandReply> {
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
  const pressable = (topics: readonly SuggestedTopic[] | undefined) =>
    (topics ?? []).filter((topic) => ENTRY_ID_PATTERN.test(topic.entryId) && `topic:${topic.entryId}`.length <= DISCORD_LIMITS.customId).slice(0, DISCORD_LIMITS.buttonsPerRow);
  const suggested = pressable(result.suggestedTopics);
  // Under a confident answer, the topics it came close to, in case it is not what was meant.
  const related = pressable(result.relatedTopics);
  const components: ActionRowBuilder<ButtonBuilder>[] = [];
  const topicRow = (topics: SuggestedTopic[], style: ButtonStyle, prefix: string) =>
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      topics.map((topic) => new ButtonBuilder().setCustomId(`topic:${topic.entryId}`).setLabel(truncate(`${prefix}${topic.topic}`, DISCORD_LIMITS.buttonLabel)).setStyle(style)),
    );
  if (suggested.length > 0) {
    embed.addFields({ name: 'You could ask about', value: 'Press a topic below for its answer.' });
    components.push(topicRow(suggested, ButtonStyle.Primary, ''));
  } else if (related.length > 0) {
    components.push(topicRow(related, ButtonStyle.Secondary, 'Related: '));
  } else if (result.suggestedTopics && result.suggestedTopics.length > 0) {
    // Topics whose entry cannot be carried in a button id are still worth naming.
    embed.addFields({
      name: 'You could ask about',
      value: truncate(result.suggestedTopics.map(({ topic }) => `• ${topic}`).join('\n'), DISCORD_LIMITS.embedFieldValue),
    });
  }
  // Logged for staff's insights; an unreachable database must not cost the member the answer (only the rating buttons).
  const questionId = await recordAskedQuestion(deps.prisma, askedQuestionFrom(question, result, 'discord')).catch(() => null);
  if (questionId) components.push(ratingButtons(questionId));
  return { embeds: [embed], components };
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
    return answerReply(question, await deps.answerer.answer(question), deps);
  },
};
