import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type GuildScheduledEvent,
  type Interaction,
  MessageFlags,
  Partials,
  type PartialGuildScheduledEvent,
  type PartialUser,
  type User,
} from 'discord.js';
import { rateAskedQuestion } from '@stacks/db';
import { answerReply, RATING_BUTTON, TOPIC_BUTTON } from './commands/ask.command.js';
import { type BotDependencies, type CommandInput, type CommandReply, SLASH_COMMANDS, type SlashCommand } from './commands/index.js';
import { notLinkedReply } from './commands/personal.js';
import { RSVP_BUTTON } from './commands/upcoming.command.js';
import { interestAdded, interestRemoved, rsvpReply, rsvpToSession } from './enrolment/session-rsvp.js';
import { COMMAND_RATE_LIMIT, TokenBucketLimiter } from './rate-limit/token-bucket.js';

export interface DiscordBotOptions {
  token: string;
  deps: BotDependencies;
  log: (message: string) => void;
  commands?: readonly SlashCommand[];
  limiter?: TokenBucketLimiter;
  /** Extra client options; tests point `rest.api` at a local Discord stand-in. */
  clientOptions?: Partial<ClientOptions>;
}

const SOMETHING_WENT_WRONG = 'Sorry, something went wrong on my side. Please try again in a minute.';

/**
 * Discord mode: connects to the gateway and answers the slash commands in ./commands.
 * Every command is acknowledged (deferred) before any database or engine work, so Discord's
 * 3-second window is met however long the answer takes; the answer then replaces the
 * "thinking…" placeholder. Personal commands defer ephemerally, so only the asker sees them.
 */
export async function runDiscord(options: DiscordBotOptions): Promise<Client> {
  // Scheduled events and their members arrive as partials: "Interested" on an event the bot never
  // cached (published by the worker over REST) still reaches the handler, which needs only the ids.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildScheduledEvents],
    partials: [Partials.GuildScheduledEvent, Partials.User],
    ...options.clientOptions,
  });
  const router = new InteractionRouter(options.commands ?? SLASH_COMMANDS, options.deps, options.limiter ?? new TokenBucketLimiter(COMMAND_RATE_LIMIT), options.log);
  client.once(Events.ClientReady, (ready) => options.log(`Discord bot connected as ${ready.user.tag}`));
  client.on(Events.ShardDisconnect, (event, shardId) => options.log(`Discord shard ${shardId} disconnected (code ${event.code}); reconnecting`));
  client.on(Events.ShardResume, (shardId) => options.log(`Discord shard ${shardId} resumed`));
  client.on(Events.Error, (error) => options.log(`Discord client error: ${error.message}`));
  client.on(Events.InteractionCreate, (interaction) => {
    router.route(interaction).catch((error: unknown) => options.log(`Could not answer an interaction: ${(error as Error).message}`));
  });
  const interest = (added: boolean) => (event: GuildScheduledEvent | PartialGuildScheduledEvent, user: User | PartialUser) => {
    const { prisma, now } = options.deps;
    (added ? interestAdded(prisma, event.id, user.id, now()) : interestRemoved(prisma, event.id, user.id)).then(
      (outcome) => options.log(`Scheduled event ${event.id}: ${added ? 'interest' : 'interest removed'} by ${user.id}: ${outcome}`),
      (error: unknown) => options.log(`Could not handle interest in scheduled event ${event.id}: ${(error as Error).message}`),
    );
  };
  client.on(Events.GuildScheduledEventUserAdd, interest(true));
  client.on(Events.GuildScheduledEventUserRemove, interest(false));
  await client.login(options.token);
  return client;
}

export class InteractionRouter {
  private readonly byName: Map<string, SlashCommand>;

  constructor(
    commands: readonly SlashCommand[],
    private readonly deps: BotDependencies,
    private readonly limiter: TokenBucketLimiter,
    private readonly log: (message: string) => void,
  ) {
    this.byName = new Map(commands.map((command) => [command.definition.name, command]));
  }

  async route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return this.autocomplete(interaction);
    if (interaction.isChatInputCommand()) return this.command(interaction);
    if (interaction.isButton()) return this.button(interaction);
  }

  /** 👍/👎 under an answer: stored with the question; only the member who pressed sees the thanks. */
  private async button(interaction: ButtonInteraction): Promise<void> {
    const rsvp = RSVP_BUTTON.exec(interaction.customId);
    if (rsvp) return this.rsvp(interaction, rsvp[1]);
    const topic = TOPIC_BUTTON.exec(interaction.customId);
    if (topic) return this.topic(interaction, topic[1]);
    const rating = RATING_BUTTON.exec(interaction.customId);
    if (!rating) {
      await interaction.reply({ content: 'That button is no longer in use.', flags: MessageFlags.Ephemeral });
      return;
    }
    let content: string;
    try {
      const found = await rateAskedQuestion(this.deps.prisma, rating[1], rating[2] as 'up' | 'down');
      content = found ? `Thanks for the ${rating[2] === 'up' ? '👍' : '👎'}: it helps the team improve the answers.` : 'I could not find that answer any more.';
    } catch (error) {
      this.log(`Could not store a rating: ${(error as Error).message}`);
      content = SOMETHING_WENT_WRONG;
    }
    await interaction.reply({ content, flags: MessageFlags.Ephemeral });
  }

  /**
   * A close topic under an unsure answer: its answer, shown only to the presser (others may press the
   * same topic), with its own 👍/👎.
   */
  private async topic(interaction: ButtonInteraction, entryId: string): Promise<void> {
    // Each press costs an answer, like /ask.
    if (!(await this.acknowledgePress(interaction))) return;
    let reply: CommandReply;
    try {
      // The question under which the topic was offered (the answer's title) words the topic's answer.
      const asked = interaction.message.embeds[0]?.title ?? undefined;
      const result = await this.deps.answerer.answerTopic(entryId, asked);
      reply = result ? await answerReply(result.question, result, this.deps) : { content: 'That topic is no longer in the catalogue. Try `/ask` again.' };
    } catch (error) {
      this.log(`Could not answer a suggested topic: ${(error as Error).message}`);
      reply = { content: SOMETHING_WENT_WRONG };
    }
    await interaction.editReply({ content: reply.content ?? '', embeds: reply.embeds ?? [], components: reply.components ?? [] });
  }

  /**
   * A press that does work shares the commands' per-member budget: refused privately when it is
   * spent, else acknowledged (deferred, only the presser sees the answer) as slash commands are.
   */
  private async acknowledgePress(interaction: ButtonInteraction): Promise<boolean> {
    const allowance = this.limiter.take(interaction.user.id, Date.now());
    if (!allowance.allowed) {
      await interaction.reply({ content: `That is a lot at once. Try again in ${Math.max(1, Math.ceil(allowance.retryAfterMs / 1000))} s.`, flags: MessageFlags.Ephemeral });
      return false;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    return true;
  }

  /** RSVP under /upcoming: enrols the presser's linked account; only they see the answer. */
  private async rsvp(interaction: ButtonInteraction, sessionId: string): Promise<void> {
    // Each press is a write; enrolment takes a transaction.
    if (!(await this.acknowledgePress(interaction))) return;
    let content: string;
    try {
      const outcome = await rsvpToSession(this.deps.prisma, interaction.user.id, sessionId, this.deps.now());
      content = outcome.kind === 'not-linked' ? (notLinkedReply(this.deps.publicBaseUrl).content ?? '') : rsvpReply(outcome);
    } catch (error) {
      this.log(`Could not RSVP: ${(error as Error).message}`);
      content = SOMETHING_WENT_WRONG;
    }
    await interaction.editReply({ content });
  }

  private async command(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = this.byName.get(interaction.commandName);
    if (!command) {
      await interaction.reply({ content: 'I do not know that command (yet). Try `/ask`.', flags: MessageFlags.Ephemeral });
      return;
    }
    const allowance = this.limiter.take(interaction.user.id, Date.now());
    if (!allowance.allowed) {
      const seconds = Math.max(1, Math.ceil(allowance.retryAfterMs / 1000));
      await interaction.reply({ content: `That is a lot of commands at once. Try again in ${seconds} s.`, flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.deferReply(command.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    let reply: CommandReply;
    try {
      reply = await command.execute(toCommandInput(interaction), this.deps);
    } catch (error) {
      this.log(`/${interaction.commandName} failed: ${(error as Error).message}`);
      reply = { content: SOMETHING_WENT_WRONG };
    }
    const embeds = reply.embeds ?? [];
    // Discord refuses an empty message; a handler that found nothing to say still answers.
    const content = reply.content ?? (embeds.length === 0 ? 'I have nothing to show for that.' : '');
    await interaction.editReply({ content, embeds, components: reply.components ?? [] });
  }

  /** Suggestions as the user types: no rate limit (Discord throttles these itself), never an error. */
  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = this.byName.get(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    let choices: { name: string; value: string }[] = [];
    if (command?.autocomplete) {
      try {
        choices = await command.autocomplete({ name: focused.name, value: String(focused.value) }, this.deps);
      } catch (error) {
        this.log(`/${interaction.commandName} autocomplete failed: ${(error as Error).message}`);
      }
    }
    await interaction.respond(choices);
  }
}

function toCommandInput(interaction: ChatInputCommandInteraction): CommandInput {
  return {
    discordUserId: interaction.user.id,
    subcommand: interaction.options.getSubcommand(false),
    option: (name) => interaction.options.getString(name),
  };
}
